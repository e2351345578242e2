//! The registration and edit form of a commitment, as posted: field names fixed by the spec.

use serde::Deserialize;

use crate::domain::{CommitmentInput, ContactInput, DeliverableInput, PartnerInput, ResourceInput};

/// Which repeated section an "add another" button asks for one more row of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Partner,
    Deliverable,
    Resource,
}

impl RowKind {
    fn from_button(value: &str) -> Option<Self> {
        match value {
            "partner" => Some(RowKind::Partner),
            "deliverable" => Some(RowKind::Deliverable),
            "resource" => Some(RowKind::Resource),
            _ => None,
        }
    }
}

/// The posted form. Lists arrive as repeated keys; rows as parallel repeated keys.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommitmentForm {
    pub title: String,
    pub category: String,
    pub objective: String,
    pub stakeholders: String,
    pub implementation: String,
    pub results: String,
    pub enabling_factors: String,
    pub sustainability: String,
    pub other_sources: String,
    pub sdgs: Vec<String>,
    pub targets: Vec<String>,
    pub methods: Vec<String>,
    /// One text, names separated by commas.
    pub other_methods: String,
    pub start_date: String,
    pub completion_date: String,
    pub ongoing: Option<String>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub geographical_coverage: String,
    pub lead_entity: String,
    pub entity_type: String,
    pub contact_name: String,
    pub contact_position: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_public: Option<String>,
    pub partner_name: Vec<String>,
    pub partner_entity_type: Vec<String>,
    pub deliverable_title: Vec<String>,
    pub deliverable_due_date: Vec<String>,
    pub deliverable_status: Vec<String>,
    pub resource_kind: Vec<String>,
    pub resource_description: Vec<String>,
    pub resource_amount: Vec<String>,
    pub resource_currency: Vec<String>,
    /// Set by an "add another" button: the section that wants one more empty row.
    pub add_row: Option<String>,
    /// The version the editor started from (edit form only).
    pub version: Option<String>,
}

impl CommitmentForm {
    /// The row section an "add another" button asked for, if the form was posted by one.
    pub fn added_row(&self) -> Option<RowKind> {
        self.add_row.as_deref().and_then(RowKind::from_button)
    }

    /// The submission as input for the shared parse; rows padded to the longest field list.
    pub fn to_input(&self) -> CommitmentInput {
        CommitmentInput {
            title: self.title.clone(),
            category: self.category.clone(),
            objective: self.objective.clone(),
            stakeholders: self.stakeholders.clone(),
            implementation: self.implementation.clone(),
            results: self.results.clone(),
            enabling_factors: self.enabling_factors.clone(),
            sustainability: self.sustainability.clone(),
            other_sources: self.other_sources.clone(),
            sdgs: self.sdgs.clone(),
            targets: self.targets.clone(),
            methods: self.methods.clone(),
            other_methods: self
                .other_methods
                .split(',')
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty())
                .collect(),
            start_date: self.start_date.clone(),
            completion_date: self.completion_date.clone(),
            ongoing: Some(self.ongoing.is_some()),
            regions: self.regions.clone(),
            countries: self.countries.clone(),
            geographical_coverage: self.geographical_coverage.clone(),
            lead_entity: self.lead_entity.clone(),
            entity_type: self.entity_type.clone(),
            contact: ContactInput {
                name: self.contact_name.clone(),
                position: self.contact_position.clone(),
                email: self.contact_email.clone(),
                phone: self.contact_phone.clone(),
                public: self.contact_public.is_some(),
            },
            partners: self.partners(),
            deliverables: self.deliverables(),
            resources: self.resources(),
        }
    }

    fn partners(&self) -> Vec<PartnerInput> {
        let rows = longest(&[&self.partner_name, &self.partner_entity_type]);
        (0..rows)
            .map(|i| PartnerInput {
                name: cell(&self.partner_name, i),
                entity_type: cell(&self.partner_entity_type, i),
            })
            .collect()
    }

    fn deliverables(&self) -> Vec<DeliverableInput> {
        let rows = longest(&[
            &self.deliverable_title,
            &self.deliverable_due_date,
            &self.deliverable_status,
        ]);
        (0..rows)
            .map(|i| DeliverableInput {
                title: cell(&self.deliverable_title, i),
                due_date: cell(&self.deliverable_due_date, i),
                status: cell(&self.deliverable_status, i),
            })
            .collect()
    }

    fn resources(&self) -> Vec<ResourceInput> {
        let lists = [
            &self.resource_kind,
            &self.resource_description,
            &self.resource_amount,
            &self.resource_currency,
        ];
        (0..longest(&lists))
            .map(|i| ResourceInput {
                kind: cell(&self.resource_kind, i),
                description: cell(&self.resource_description, i),
                amount: cell(&self.resource_amount, i),
                currency: cell(&self.resource_currency, i),
            })
            .collect()
    }
}

fn longest(lists: &[&Vec<String>]) -> usize {
    lists.iter().map(|l| l.len()).max().unwrap_or(0)
}

fn cell(list: &[String], row: usize) -> String {
    list.get(row).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(body: &str) -> CommitmentForm {
        serde_html_form::from_str(body).unwrap()
    }

    #[test]
    fn repeated_keys_become_lists_and_rows() {
        let f = form("sdgs=6&sdgs=13&partner_name=UNICEF&partner_entity_type=un-entity&partner_name=WaterAid&partner_entity_type=ngo");
        let input = f.to_input();
        assert_eq!(input.sdgs, ["6", "13"]);
        assert_eq!(input.partners.len(), 2);
        assert_eq!(input.partners[1].name, "WaterAid");
        assert_eq!(input.partners[1].entity_type, "ngo");
    }

    #[test]
    fn checkboxes_and_comma_separated_methods_are_read() {
        let f =
            form("ongoing=on&contact_public=on&other_methods=Radio%2C+South-South+cooperation%2C+");
        let input = f.to_input();
        assert_eq!(input.ongoing, Some(true));
        assert!(input.contact.public);
        assert_eq!(input.other_methods, ["Radio", "South-South cooperation"]);
        assert_eq!(form("").to_input().ongoing, Some(false));
    }

    #[test]
    fn uneven_rows_are_padded_so_nothing_is_lost() {
        let f = form("resource_kind=financing&resource_amount=100&resource_amount=200");
        let resources = f.to_input().resources;
        assert_eq!(resources.len(), 2);
        assert_eq!(resources[1].amount, "200");
        assert_eq!(resources[1].kind, "");
    }

    #[test]
    fn an_add_another_button_names_its_section() {
        assert_eq!(
            form("add_row=deliverable").added_row(),
            Some(RowKind::Deliverable)
        );
        assert_eq!(form("add_row=bogus").added_row(), None);
    }
}
