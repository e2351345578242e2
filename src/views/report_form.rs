//! What the progress report form shows: the report's fields as typed (or today's date), the
//! four report statuses, and a status select per deliverable of the commitment.

use chrono::NaiveDate;

use super::commitment_form::Choice;
use crate::domain::report::deliverable_update::StoredDeliverable;
use crate::domain::{Commitment, DeliverableStatus, Field, FieldErrors, ReportInput, ReportStatus};
use crate::format::long_date;
use crate::forms::report::ReportForm;

/// One deliverable's status select.
#[derive(Debug, Clone)]
pub struct ReportDeliverableRow {
    /// The select's id: `deliverable_status-N`, N from 1.
    pub anchor: String,
    pub id: i64,
    pub title: String,
    pub due: String,
    /// The status when the form was first opened, sent back so that a report filed at the
    /// same time by someone else keeps the statuses this person did not change.
    pub was: String,
    pub options: Vec<Choice>,
    pub error: Option<String>,
}

/// Everything the report form shows.
#[derive(Debug, Clone)]
pub struct ReportFormView {
    pub commitment_id: i64,
    pub title: String,
    pub input: ReportInput,
    pub statuses: Vec<Choice>,
    pub deliverables: Vec<ReportDeliverableRow>,
}

impl ReportFormView {
    /// A blank report on `c`, dated `today`, each deliverable at its current status.
    pub fn blank(c: &Commitment, known: &[StoredDeliverable], today: NaiveDate) -> Self {
        let form = ReportForm {
            report: ReportInput {
                reported_on: today.to_string(),
                ..ReportInput::default()
            },
            ..ReportForm::default()
        };
        Self::typed(c, known, &form, &FieldErrors::new())
    }

    /// The form as it was sent, with the problems found beside the deliverables they concern.
    pub fn typed(
        c: &Commitment,
        known: &[StoredDeliverable],
        form: &ReportForm,
        errors: &FieldErrors,
    ) -> Self {
        let statuses = ReportStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.slug().to_string(),
                label: crate::i18n::text(s.message_key()),
                checked: form.report.status.trim() == s.slug(),
            })
            .collect();
        let deliverables = known
            .iter()
            .enumerate()
            .map(|(row, d)| deliverable_row(row, d, form, errors))
            .collect();
        ReportFormView {
            commitment_id: c.id,
            title: c.content.title.clone(),
            input: form.report.clone(),
            statuses,
            deliverables,
        }
    }
}

fn deliverable_row(
    row: usize,
    d: &StoredDeliverable,
    form: &ReportForm,
    errors: &FieldErrors,
) -> ReportDeliverableRow {
    let anchor = Field::in_row("deliverable_status", row).anchor();
    let chosen = form.status_of(d.id).unwrap_or(d.status.slug()).trim();
    ReportDeliverableRow {
        error: errors.for_anchor(&anchor).map(ToString::to_string),
        anchor,
        id: d.id,
        title: d.title.clone(),
        due: long_date(d.due_date),
        was: form
            .was_of(d.id)
            .unwrap_or(d.status.slug())
            .trim()
            .to_string(),
        options: DeliverableStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.slug().to_string(),
                label: crate::i18n::text(s.message_key()),
                checked: chosen == s.slug(),
            })
            .collect(),
    }
}

/// The report rules name their fields as a record does (`report_reported_on`); the form's
/// inputs are named as the spec fixes them (`reported_on`).
pub fn form_errors(errors: FieldErrors) -> FieldErrors {
    let mut renamed = FieldErrors::new();
    for e in errors.iter() {
        let name = e.field.name.strip_prefix("report_").unwrap_or(e.field.name);
        renamed.add(
            Field {
                name,
                row: e.field.row,
            },
            e.message.clone(),
        );
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_errors_take_the_names_of_the_form_fields() {
        let mut errors = FieldErrors::new();
        errors.add(Field::single("report_reported_on"), "report-date-future");
        errors.add(
            Field::in_row("deliverable_status", 1),
            "report-deliverable-status",
        );
        let renamed = form_errors(errors);
        let key = |anchor| renamed.for_anchor(anchor).map(|m| m.key);
        assert_eq!(key("reported_on"), Some("report-date-future"));
        assert_eq!(
            key("deliverable_status-2"),
            Some("report-deliverable-status")
        );
    }
}
