//! The JSON record of the spec: one shape for import, export and the API.

pub mod exchange;
pub(crate) mod json;
pub mod keys;
mod schema;

pub use keys::{content_keys, is_record_key};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::commitment::input::{
    ContactInput, DeliverableInput, PartnerInput, ResourceInput,
};
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::message::Message;
use crate::domain::report::ReportInput;

/// Format of timestamps in records: UTC, to the second.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// One commitment as JSON, and as submitted: every value of its content a string, as forms,
/// records and the API deliver it, for the one shared parse. Export and the API fill the
/// derived and workflow keys; import reads `workflow`, the timestamps and `progress_reports`,
/// and ignores `id` (unless told), `url`, `status` and `reporting`; forms fill the content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = Record)]
pub struct CommitmentRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The address of the commitment's public page.
    pub url: Option<String>,
    pub title: String,
    pub category: String,
    pub objective: String,
    pub stakeholders: String,
    #[schema(inline)]
    pub partners: Vec<PartnerInput>,
    pub implementation: String,
    pub results: String,
    pub enabling_factors: String,
    pub sustainability: String,
    pub other_sources: String,
    #[serde(with = "json::numbers")]
    #[schema(schema_with = schema::goal_numbers)]
    pub sdgs: Vec<String>,
    pub targets: Vec<String>,
    pub methods: Vec<String>,
    pub other_methods: Vec<String>,
    #[schema(format = Date)]
    pub start_date: String,
    /// `null` while ongoing.
    #[serde(with = "json::text_or_null")]
    #[schema(value_type = Option<String>, format = Date, default = json!(null))]
    pub completion_date: String,
    /// Absent in an imported record: then it follows the completion date.
    #[schema(value_type = bool)]
    pub ongoing: Option<bool>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub geographical_coverage: String,
    pub lead_entity: String,
    pub entity_type: String,
    #[schema(inline)]
    pub contact: ContactInput,
    #[schema(inline)]
    pub deliverables: Vec<DeliverableInput>,
    #[schema(inline)]
    pub resources: Vec<ResourceInput>,
    /// The ISO 639-1 code of the language the record's text is written in; `null` when not
    /// stated.
    #[serde(with = "json::text_or_null")]
    #[schema(value_type = Option<String>, default = json!(null))]
    pub language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::status)]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::workflow)]
    pub workflow: Option<String>,
    /// `Some(None)` writes `null` (not published); `None` leaves the key out.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = schema::reporting)]
    pub reporting: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub created_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub updated_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<Option<String>>,
    #[schema(inline)]
    pub progress_reports: Vec<ReportInput>,
}

impl CommitmentRecord {
    /// Reads one JSON object, refusing unknown keys; errors come as `path: message`. A key whose
    /// value is `null` counts as missing, at any depth (other programs write `"phone": null`).
    pub fn from_json(text: &str) -> Result<Self, String> {
        let mut value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("record: not valid JSON ({e})"))?;
        json::drop_nulls(&mut value);
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
            Message::new("record-timestamp-invalid").text("value", text),
        );
    }
    parsed
}

/// A date as records carry it.
pub fn format_date(d: NaiveDate) -> String {
    d.to_string()
}
