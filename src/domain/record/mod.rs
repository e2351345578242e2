//! The JSON record of the spec: one shape for import, export and the API.

pub mod exchange;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::domain::commitment::input::{
    CommitmentInput, ContactInput, DeliverableInput, PartnerInput, ResourceInput,
};
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::report::ReportInput;

/// Format of timestamps in records: UTC, to the second.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// The keys of a commitment's content, in the spec's order.
pub const CONTENT_KEYS: [&str; 25] = [
    "title",
    "category",
    "objective",
    "stakeholders",
    "partners",
    "implementation",
    "results",
    "enabling_factors",
    "sustainability",
    "other_sources",
    "sdgs",
    "targets",
    "methods",
    "other_methods",
    "start_date",
    "completion_date",
    "ongoing",
    "regions",
    "countries",
    "geographical_coverage",
    "lead_entity",
    "entity_type",
    "contact",
    "deliverables",
    "resources",
];

/// The keys the registry adds to a commitment's content (export and API); never edited.
pub const REGISTRY_KEYS: [&str; 9] = [
    "id",
    "url",
    "status",
    "workflow",
    "reporting",
    "created_at",
    "updated_at",
    "published_at",
    "progress_reports",
];

/// True for the keys a record may hold; any other key is an error.
pub fn is_record_key(key: &str) -> bool {
    CONTENT_KEYS.contains(&key) || REGISTRY_KEYS.contains(&key)
}

/// The content keys of a record, in the spec's order.
pub fn content_keys() -> impl Iterator<Item = &'static str> {
    CONTENT_KEYS.iter().copied()
}

/// One commitment as JSON. Export and the API fill the derived and workflow keys; import reads
/// `workflow`, the timestamps and `progress_reports`, and ignores `id` (unless told), `url`,
/// `status` and `reporting`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CommitmentRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub objective: String,
    #[serde(default)]
    pub stakeholders: String,
    #[serde(default)]
    pub partners: Vec<PartnerRecord>,
    #[serde(default)]
    pub implementation: String,
    #[serde(default)]
    pub results: String,
    #[serde(default)]
    pub enabling_factors: String,
    #[serde(default)]
    pub sustainability: String,
    #[serde(default)]
    pub other_sources: String,
    #[serde(default)]
    pub sdgs: Vec<i64>,
    #[serde(default)]
    pub targets: Vec<String>,
    #[serde(default)]
    pub methods: Vec<String>,
    #[serde(default)]
    pub other_methods: Vec<String>,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub completion_date: Option<String>,
    #[serde(default)]
    pub ongoing: Option<bool>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub geographical_coverage: String,
    #[serde(default)]
    pub lead_entity: String,
    #[serde(default)]
    pub entity_type: String,
    #[serde(default)]
    pub contact: ContactRecord,
    #[serde(default)]
    pub deliverables: Vec<DeliverableRecord>,
    #[serde(default)]
    pub resources: Vec<ResourceRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow: Option<String>,
    /// `Some(None)` writes `null` (not published); `None` leaves the key out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Option<String>>,
    #[serde(default)]
    pub progress_reports: Vec<ReportRecord>,
}

/// The contact person in a record. Public output blanks email and phone unless `public`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRecord {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub public: bool,
}

/// A partner in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerRecord {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub entity_type: String,
}

/// A deliverable in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliverableRecord {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub due_date: String,
    #[serde(default)]
    pub status: String,
}

/// A resource in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceRecord {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub amount: Option<i64>,
    #[serde(default)]
    pub currency: String,
}

/// A progress report in a record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportRecord {
    #[serde(default)]
    pub reported_on: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub percent_complete: Option<i64>,
    #[serde(default)]
    pub achievements: String,
    #[serde(default)]
    pub challenges: String,
    #[serde(default)]
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
            contact: ContactInput {
                name: self.contact.name.clone(),
                position: self.contact.position.clone(),
                email: self.contact.email.clone(),
                phone: self.contact.phone.clone(),
                public: self.contact.public,
            },
            partners: self.partners.iter().map(PartnerRecord::to_input).collect(),
            deliverables: self
                .deliverables
                .iter()
                .map(DeliverableRecord::to_input)
                .collect(),
            resources: self
                .resources
                .iter()
                .map(ResourceRecord::to_input)
                .collect(),
        }
    }
}

impl PartnerRecord {
    fn to_input(&self) -> PartnerInput {
        PartnerInput {
            name: self.name.clone(),
            entity_type: self.entity_type.clone(),
        }
    }
}

impl DeliverableRecord {
    fn to_input(&self) -> DeliverableInput {
        DeliverableInput {
            title: self.title.clone(),
            due_date: self.due_date.clone(),
            status: self.status.clone(),
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
