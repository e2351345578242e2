//! Records in and out: a JSON line to a commitment ready to store, and a stored one to its record.

use chrono::NaiveDate;

use super::{format_date, format_timestamp, timestamp_field, CommitmentRecord};
use super::{ReportInput, ResourceInput};
use crate::domain::commitment::input::{ContactInput, DeliverableInput, PartnerInput};
use crate::domain::commitment::stored::Commitment;
use crate::domain::commitment::{Contact, Deliverable, NewCommitment, Partner, Resource};
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::message::Message;
use crate::domain::report::NewProgressReport;
use crate::domain::text::EARLIEST_DATE;
use crate::domain::vocab::Workflow;

/// A record that passed every rule, ready to insert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCommitment {
    /// The id from the file, kept only with `--keep-ids`.
    pub id: Option<i64>,
    pub content: NewCommitment,
    pub workflow: Option<Workflow>,
    pub created_at: Option<chrono::NaiveDateTime>,
    pub updated_at: Option<chrono::NaiveDateTime>,
    pub published_at: Option<chrono::NaiveDateTime>,
    pub reports: Vec<NewProgressReport>,
}

/// Reads one JSON line into a commitment, or the JSON problem, or every rule's problem by key.
pub fn parse_record_line(line: &str, today: NaiveDate) -> Result<ImportedCommitment, String> {
    let record = CommitmentRecord::from_json(line)?;
    parse_record(&record, today).map_err(|errors| errors.describe(|m| format!("{m:?}")))
}

/// Checks a record against every rule, or gives every problem (see [`FieldErrors::describe`]).
pub fn parse_record(
    record: &CommitmentRecord,
    today: NaiveDate,
) -> Result<ImportedCommitment, FieldErrors> {
    let mut errors = FieldErrors::new();
    let content = NewCommitment::parse(record).map_err(|e| {
        for error in e.iter() {
            errors.add(error.field, error.message.clone());
        }
    });
    let start = content
        .as_ref()
        .map(|c| c.start_date)
        .unwrap_or(EARLIEST_DATE);
    let workflow = workflow(record.workflow.as_deref(), &mut errors);
    let created_at = timestamp_field(record.created_at.as_deref(), "created_at", &mut errors);
    let updated_at = timestamp_field(record.updated_at.as_deref(), "updated_at", &mut errors);
    let published = record.published_at.clone().flatten();
    let published_at = timestamp_field(published.as_deref(), "published_at", &mut errors);
    let reports = reports(&record.progress_reports, start, today, &mut errors);
    match content {
        Ok(content) if errors.is_empty() => Ok(ImportedCommitment {
            id: record.id,
            content,
            workflow,
            created_at,
            updated_at,
            published_at,
            reports,
        }),
        _ => Err(errors),
    }
}

fn workflow(value: Option<&str>, errors: &mut FieldErrors) -> Option<Workflow> {
    let text = value?;
    let parsed = Workflow::from_slug(text);
    if parsed.is_none() {
        errors.add(
            Field::single("workflow"),
            Message::new("record-workflow-invalid").text("value", text),
        );
    }
    parsed
}

fn reports(
    records: &[ReportInput],
    start: NaiveDate,
    today: NaiveDate,
    errors: &mut FieldErrors,
) -> Vec<NewProgressReport> {
    records
        .iter()
        .enumerate()
        .filter_map(|(row, r)| NewProgressReport::parse(r, start, today, Some(row), errors))
        .collect()
}

/// Who a record is written for: the public never sees a private contact's email and phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Public,
    Everything,
}

/// The full record of a stored commitment, with `url` built on `base_url`.
pub fn commitment_to_record(
    c: &Commitment,
    base_url: &str,
    audience: Audience,
    today: NaiveDate,
) -> CommitmentRecord {
    let show_private = audience == Audience::Everything || c.content.contact.public;
    CommitmentRecord {
        id: Some(c.id),
        url: Some(format!(
            "{}/commitments/{}",
            base_url.trim_end_matches('/'),
            c.id
        )),
        status: Some(c.status(today).slug().to_string()),
        workflow: Some(c.workflow.slug().to_string()),
        reporting: Some(c.reporting(today).map(|r| r.slug().to_string())),
        created_at: Some(format_timestamp(c.created_at)),
        updated_at: Some(format_timestamp(c.updated_at)),
        published_at: Some(c.published_at.map(format_timestamp)),
        progress_reports: c
            .visible_reports()
            .map(|r| report_record(&r.report))
            .collect(),
        ..content_to_record(&c.content, show_private)
    }
}

/// The content of a commitment as a record, without any of the registry's own keys; the
/// contact's email and phone blanked unless `show_private`.
pub fn content_to_record(c: &NewCommitment, show_private: bool) -> CommitmentRecord {
    CommitmentRecord {
        title: c.title.clone(),
        category: c.category.slug().to_string(),
        objective: c.objective.clone(),
        stakeholders: c.stakeholders.clone(),
        partners: c.partners.iter().map(partner_row).collect(),
        implementation: c.implementation.clone(),
        results: c.results.clone(),
        enabling_factors: c.enabling_factors.clone(),
        sustainability: c.sustainability.clone(),
        other_sources: c.other_sources.clone(),
        sdgs: c.sdgs.iter().map(ToString::to_string).collect(),
        targets: c.targets.iter().map(ToString::to_string).collect(),
        methods: c.methods.iter().map(|m| m.slug().to_string()).collect(),
        other_methods: c.other_methods.clone(),
        start_date: format_date(c.start_date),
        completion_date: c.completion_date.map(format_date).unwrap_or_default(),
        ongoing: Some(c.completion_date.is_none()),
        regions: c.regions.iter().map(|r| r.slug().to_string()).collect(),
        countries: c.countries.iter().map(|k| k.code().to_string()).collect(),
        geographical_coverage: c.geographical_coverage.clone(),
        lead_entity: c.lead_entity.clone(),
        entity_type: c.entity_type.slug().to_string(),
        contact: contact_row(&c.contact, show_private),
        deliverables: c.deliverables.iter().map(deliverable_row).collect(),
        resources: c.resources.iter().map(resource_row).collect(),
        language: c.language.map(|l| l.code().to_string()).unwrap_or_default(),
        ..CommitmentRecord::default()
    }
}

fn contact_row(c: &Contact, show_private: bool) -> ContactInput {
    let private = |value: &String| match show_private {
        true => value.clone(),
        false => String::new(),
    };
    ContactInput {
        name: c.name.clone(),
        position: c.position.clone(),
        email: private(&c.email),
        phone: private(&c.phone),
        public: c.public,
    }
}

fn partner_row(p: &Partner) -> PartnerInput {
    PartnerInput {
        name: p.name.clone(),
        entity_type: p.entity_type.slug().to_string(),
    }
}

fn deliverable_row(d: &Deliverable) -> DeliverableInput {
    DeliverableInput {
        title: d.title.clone(),
        due_date: format_date(d.due_date),
        status: d.status.slug().to_string(),
    }
}

fn resource_row(r: &Resource) -> ResourceInput {
    ResourceInput {
        kind: r.kind.slug().to_string(),
        description: r.description.clone(),
        amount: r
            .amount
            .as_ref()
            .map(|m| m.value.to_string())
            .unwrap_or_default(),
        currency: r
            .amount
            .as_ref()
            .map(|m| m.currency.clone())
            .unwrap_or_default(),
    }
}

fn report_record(r: &NewProgressReport) -> ReportInput {
    ReportInput {
        reported_on: format_date(r.reported_on),
        status: r.status.slug().to_string(),
        percent_complete: r
            .percent_complete
            .map(|p| p.to_string())
            .unwrap_or_default(),
        achievements: r.achievements.clone(),
        challenges: r.challenges.clone(),
        next_steps: r.next_steps.clone(),
    }
}
