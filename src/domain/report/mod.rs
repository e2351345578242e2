//! Progress reports: what a commitment's contacts file to say how it is going.

pub mod deliverable_update;
pub mod light;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::errors::{Field, FieldErrors};
use crate::domain::fields::{date_at, DateNames};
use crate::domain::message::Message;
use crate::domain::text::{char_len, has_stray_control_chars, MAX_TEXT_CHARS};
use crate::domain::vocab::ReportStatus;

/// A progress report as submitted, and as a record carries it: strings only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReportInput {
    #[schema(format = Date)]
    pub reported_on: String,
    pub status: String,
    /// 0 to 100, `null` when not given.
    #[serde(with = "crate::domain::record::json::number_or_null")]
    #[schema(value_type = Option<u8>, maximum = 100, default = json!(null))]
    pub percent_complete: String,
    pub achievements: String,
    pub challenges: String,
    pub next_steps: String,
}

/// A valid progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgressReport {
    pub reported_on: NaiveDate,
    pub status: ReportStatus,
    pub percent_complete: Option<u8>,
    pub achievements: String,
    pub challenges: String,
    pub next_steps: String,
}

impl NewProgressReport {
    /// Validates a report on a commitment that started on `start_date`, `today` being the UTC date.
    /// `row` places the errors when several reports are read at once (import).
    pub fn parse(
        input: &ReportInput,
        start_date: NaiveDate,
        today: NaiveDate,
        row: Option<usize>,
        errors: &mut FieldErrors,
    ) -> Option<Self> {
        let field = |name| Field { name, row };
        let reported_on = reported_on(
            input,
            start_date,
            today,
            field("report_reported_on"),
            errors,
        );
        let status = report_status(&input.status, field("report_status"), errors);
        let percent = percent(
            &input.percent_complete,
            field("report_percent_complete"),
            errors,
        );
        let achievements = achievements(&input.achievements, field("report_achievements"), errors);
        let challenges = optional_text(
            &input.challenges,
            field("report_challenges"),
            "section-challenges",
            errors,
        );
        let next_steps = optional_text(
            &input.next_steps,
            field("report_next_steps"),
            "section-next-steps",
            errors,
        );
        Some(NewProgressReport {
            reported_on: reported_on?,
            status: status?,
            percent_complete: percent?,
            achievements: achievements?,
            challenges: challenges?,
            next_steps: next_steps?,
        })
    }
}

fn reported_on(
    input: &ReportInput,
    start_date: NaiveDate,
    today: NaiveDate,
    field: Field,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    let names = DateNames::new("label-report-date", "what-report-date");
    let date = date_at(&input.reported_on, field, names, errors)?;
    let tomorrow = today.succ_opt().unwrap_or(today);
    let refusal = if date > tomorrow {
        Message::new("report-date-future")
            .text("date", date)
            .text("today", today)
    } else if date < start_date {
        Message::new("report-date-before-start")
            .text("date", date)
            .text("start", start_date)
    } else {
        return Some(date);
    };
    errors.add(field, refusal);
    None
}

fn report_status(raw: &str, field: Field, errors: &mut FieldErrors) -> Option<ReportStatus> {
    let status = ReportStatus::from_slug(raw.trim());
    if status.is_none() {
        errors.add(field, "report-status-missing");
    }
    status
}

fn percent(raw: &str, field: Field, errors: &mut FieldErrors) -> Option<Option<u8>> {
    let value = raw.trim();
    if value.is_empty() {
        return Some(None);
    }
    match value.parse::<u8>() {
        Ok(n) if n <= 100 && value.bytes().all(|b| b.is_ascii_digit()) => Some(Some(n)),
        _ => {
            errors.add(field, "report-percent-invalid");
            None
        }
    }
}

fn achievements(raw: &str, field: Field, errors: &mut FieldErrors) -> Option<String> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, "report-achievements-missing");
        return None;
    }
    if char_len(value) < 20 {
        errors.add(
            field,
            Message::new("report-achievements-too-short").number("min", 20),
        );
        return None;
    }
    optional_text(value, field, "section-achievements", errors)
}

fn optional_text(
    raw: &str,
    field: Field,
    label: &'static str,
    errors: &mut FieldErrors,
) -> Option<String> {
    let value = raw.trim();
    if has_stray_control_chars(value) {
        errors.add(
            field,
            Message::new("field-control-chars").message("what", label),
        );
        return None;
    }
    if char_len(value) > MAX_TEXT_CHARS {
        errors.add(
            field,
            Message::new("field-too-long")
                .message("what", label)
                .number("max", MAX_TEXT_CHARS),
        );
        return None;
    }
    Some(value.to_string())
}
