//! Turns a valid commitment back into input strings, to re-show it in a form or write it out.

use super::input::{CommitmentInput, ContactInput, DeliverableInput, PartnerInput, ResourceInput};
use super::NewCommitment;

/// The input that parses back into `c`.
pub fn commitment_to_input(c: &NewCommitment) -> CommitmentInput {
    CommitmentInput {
        title: c.title.clone(),
        category: c.category.slug().to_string(),
        objective: c.objective.clone(),
        stakeholders: c.stakeholders.clone(),
        implementation: c.implementation.clone(),
        results: c.results.clone(),
        enabling_factors: c.enabling_factors.clone(),
        sustainability: c.sustainability.clone(),
        other_sources: c.other_sources.clone(),
        sdgs: c.sdgs.iter().map(ToString::to_string).collect(),
        targets: c.targets.iter().map(ToString::to_string).collect(),
        methods: c.methods.iter().map(|m| m.slug().to_string()).collect(),
        other_methods: c.other_methods.clone(),
        start_date: c.start_date.to_string(),
        completion_date: c.completion_date.map(|d| d.to_string()).unwrap_or_default(),
        ongoing: Some(c.completion_date.is_none()),
        regions: c.regions.iter().map(|r| r.slug().to_string()).collect(),
        countries: c.countries.iter().map(|k| k.code().to_string()).collect(),
        geographical_coverage: c.geographical_coverage.clone(),
        lead_entity: c.lead_entity.clone(),
        entity_type: c.entity_type.slug().to_string(),
        contact: ContactInput {
            name: c.contact.name.clone(),
            position: c.contact.position.clone(),
            email: c.contact.email.clone(),
            phone: c.contact.phone.clone(),
            public: c.contact.public,
        },
        partners: c
            .partners
            .iter()
            .map(|p| PartnerInput {
                name: p.name.clone(),
                entity_type: p.entity_type.slug().to_string(),
            })
            .collect(),
        deliverables: c
            .deliverables
            .iter()
            .map(|d| DeliverableInput {
                title: d.title.clone(),
                due_date: d.due_date.to_string(),
                status: d.status.slug().to_string(),
            })
            .collect(),
        resources: c
            .resources
            .iter()
            .map(|r| ResourceInput {
                kind: r.kind.slug().to_string(),
                description: r.description.clone(),
                amount: r.amount.to_string(),
                currency: r.currency.clone(),
            })
            .collect(),
    }
}
