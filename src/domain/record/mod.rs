//! The JSON record of the spec: one shape for import, export and the API.

pub mod exchange;
pub mod keys;

pub use keys::{content_keys, is_record_key};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::domain::commitment::input::{
    CommitmentInput, ContactInput, DeliverableInput, PartnerInput, ResourceInput,
};
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::report::ReportInput;

/// Format of timestamps in records: UTC, to the second.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// One commitment as JSON. Export and the API fill the derived and workflow keys; import reads
/// `workflow`, the timestamps and `progress_reports`, and ignores `id` (unless told), `url`,
/// `status` and `reporting`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CommitmentRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub title: String,
    pub category: String,
    pub objective: String,
    pub stakeholders: String,
    pub partners: Vec<PartnerInput>,
    pub implementation: String,
    pub results: String,
    pub enabling_factors: String,
    pub sustainability: String,
    pub other_sources: String,
    pub sdgs: Vec<i64>,
    pub targets: Vec<String>,
    pub methods: Vec<String>,
    pub other_methods: Vec<String>,
    pub start_date: String,
    pub completion_date: Option<String>,
    pub ongoing: Option<bool>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub geographical_coverage: String,
    pub lead_entity: String,
    pub entity_type: String,
    pub contact: ContactInput,
    pub deliverables: Vec<DeliverableInput>,
    pub resources: Vec<ResourceRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow: Option<String>,
    /// `Some(None)` writes `null` (not published); `None` leaves the key out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporting: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Option<String>>,
    pub progress_reports: Vec<ReportRecord>,
}

/// A resource in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceRecord {
    pub kind: String,
    pub description: String,
    pub amount: Option<i64>,
    pub currency: String,
}

/// A progress report in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportRecord {
    pub reported_on: String,
    pub status: String,
    pub percent_complete: Option<i64>,
    pub achievements: String,
    pub challenges: String,
    pub next_steps: String,
}

impl CommitmentRecord {
    /// Reads one JSON object, refusing unknown keys; errors come as `path: message`.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("record: not valid JSON ({e})"))?;
        let object = value
            .as_object()
            .ok_or_else(|| "record: must be a JSON object".to_string())?;
        if let Some(key) = object.keys().find(|k| !is_record_key(k)) {
            return Err(format!("{key}: unknown field"));
        }
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            format!("{path}: {}", e.into_inner())
        })
    }

    /// The commitment part as input strings, for the shared parse.
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
            sdgs: self.sdgs.iter().map(ToString::to_string).collect(),
            targets: self.targets.clone(),
            methods: self.methods.clone(),
            other_methods: self.other_methods.clone(),
            start_date: self.start_date.clone(),
            completion_date: self.completion_date.clone().unwrap_or_default(),
            ongoing: self.ongoing,
            regions: self.regions.clone(),
            countries: self.countries.clone(),
            geographical_coverage: self.geographical_coverage.clone(),
            lead_entity: self.lead_entity.clone(),
            entity_type: self.entity_type.clone(),
            contact: self.contact.clone(),
            partners: self.partners.clone(),
            deliverables: self.deliverables.clone(),
            resources: self
                .resources
                .iter()
                .map(ResourceRecord::to_input)
                .collect(),
        }
    }
}

impl ResourceRecord {
    fn to_input(&self) -> ResourceInput {
        ResourceInput {
            kind: self.kind.clone(),
            description: self.description.clone(),
            amount: self.amount.map(|a| a.to_string()).unwrap_or_default(),
            currency: self.currency.clone(),
        }
    }
}

impl ReportRecord {
    /// The report as input strings, for the shared report parse.
    pub fn to_input(&self) -> ReportInput {
        ReportInput {
            reported_on: self.reported_on.clone(),
            status: self.status.clone(),
            percent_complete: self
                .percent_complete
                .map(|p| p.to_string())
                .unwrap_or_default(),
            achievements: self.achievements.clone(),
            challenges: self.challenges.clone(),
            next_steps: self.next_steps.clone(),
        }
    }
}

/// Formats a timestamp as records carry it.
pub fn format_timestamp(t: NaiveDateTime) -> String {
    t.format(TIMESTAMP_FORMAT).to_string()
}

/// Reads a record timestamp (`2024-05-01T10:00:00Z`, or any RFC 3339 time, taken to UTC).
pub fn parse_timestamp(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, TIMESTAMP_FORMAT)
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|t| t.naive_utc())
        })
}

/// Reads an optional timestamp key of a record, noting an error when it is malformed.
pub fn timestamp_field(
    value: Option<&str>,
    name: &'static str,
    errors: &mut FieldErrors,
) -> Option<NaiveDateTime> {
    let text = value?;
    let parsed = parse_timestamp(text);
    if parsed.is_none() {
        errors.add(
            Field::single(name),
            format!("\"{text}\" is not a timestamp: use the form 2024-05-01T10:00:00Z"),
        );
    }
    parsed
}

/// A date as records carry it.
pub fn format_date(d: NaiveDate) -> String {
    d.to_string()
}
