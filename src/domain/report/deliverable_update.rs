//! What a progress report changes besides itself: the statuses of the commitment's
//! deliverables, and (for moderators) the reason a report is hidden from the public.

use chrono::NaiveDate;

use crate::domain::errors::{Field, FieldErrors};
use crate::domain::message::Message;
use crate::domain::text::{char_len, has_stray_control_chars, MAX_TEXT_CHARS};
use crate::domain::vocab::DeliverableStatus;

/// The anchor of the report form's deliverables, for problems no single row owns.
pub const DELIVERABLES: Field = Field::single("deliverables");

/// A stored deliverable of a commitment, as the report form lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDeliverable {
    pub id: i64,
    pub title: String,
    pub due_date: NaiveDate,
    pub status: DeliverableStatus,
}

/// The field of a deliverable's status select: `deliverable_status-N`, N counted from 1 in
/// the order of `known`.
pub fn status_field(row: usize) -> Field {
    Field::in_row("deliverable_status", row)
}

/// Reads the posted `deliverable_id`s and `deliverable_status`es (parallel lists) against the
/// commitment's deliverables; returns those whose status changes, with the new status.
///
/// Each id must be one of `known` and appear once, each status be a known slug; deliverables
/// left out keep their status. When the form sends the statuses it was opened with (`was`,
/// parallel), a status the person left as it was is no change, so that a report someone else
/// filed meanwhile keeps the statuses it set; a status the person changed is applied.
pub fn deliverable_changes(
    ids: &[String],
    statuses: &[String],
    was: &[String],
    known: &[StoredDeliverable],
    errors: &mut FieldErrors,
) -> Vec<(i64, DeliverableStatus)> {
    if ids.len() != statuses.len() {
        errors.add(DELIVERABLES, "report-statuses-mismatch");
        return Vec::new();
    }
    let mut seen = Vec::with_capacity(ids.len());
    let mut changes = Vec::new();
    let opened_with: &[String] = if was.len() == ids.len() { was } else { &[] };
    for (at, (raw_id, raw_status)) in ids.iter().zip(statuses).enumerate() {
        let found = raw_id
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|id| known.iter().position(|d| d.id == id));
        let Some(row) = found else {
            errors.add(
                DELIVERABLES,
                Message::new("report-deliverable-unknown").text("value", raw_id.trim()),
            );
            continue;
        };
        let deliverable = &known[row];
        if seen.contains(&row) {
            errors.add(
                DELIVERABLES,
                Message::new("report-deliverable-twice").text("title", &deliverable.title),
            );
            continue;
        }
        seen.push(row);
        if opened_with
            .get(at)
            .is_some_and(|w| w.trim() == raw_status.trim())
        {
            continue;
        }
        match DeliverableStatus::from_slug(raw_status.trim()) {
            Some(status) if status != deliverable.status => changes.push((deliverable.id, status)),
            Some(_) => {}
            None => errors.add(
                status_field(row),
                Message::new("report-deliverable-status").text("title", &deliverable.title),
            ),
        }
    }
    changes
}

/// A moderator's reason for hiding a report: required, at most 10,000 characters, no
/// control characters. `field` places the message beside the right form.
pub fn hide_reason(raw: &str, field: Field, errors: &mut FieldErrors) -> Option<String> {
    let reason = raw.trim();
    let problem = if reason.is_empty() {
        Message::new("hide-reason-missing")
    } else if has_stray_control_chars(reason) {
        Message::new("field-control-chars").message("what", "what-reason")
    } else if char_len(reason) > MAX_TEXT_CHARS {
        Message::new("field-too-long")
            .message("what", "what-reason")
            .number("max", MAX_TEXT_CHARS)
    } else {
        return Some(reason.to_string());
    };
    errors.add(field, problem);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<StoredDeliverable> {
        let due = NaiveDate::from_ymd_opt(2027, 6, 30).unwrap();
        let deliverable = |id, title: &str, status| StoredDeliverable {
            id,
            title: title.into(),
            due_date: due,
            status,
        };
        vec![
            deliverable(7, "First 50 wells", DeliverableStatus::InProgress),
            deliverable(9, "Teacher training", DeliverableStatus::Planned),
        ]
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    fn changes(ids: &[&str], statuses: &[&str]) -> (Vec<(i64, DeliverableStatus)>, FieldErrors) {
        changes_from(ids, statuses, &[])
    }

    fn changes_from(
        ids: &[&str],
        statuses: &[&str],
        was: &[&str],
    ) -> (Vec<(i64, DeliverableStatus)>, FieldErrors) {
        let mut errors = FieldErrors::new();
        let changes = deliverable_changes(
            &strings(ids),
            &strings(statuses),
            &strings(was),
            &known(),
            &mut errors,
        );
        (changes, errors)
    }

    #[test]
    fn a_status_left_as_the_form_showed_it_keeps_what_someone_else_set_meanwhile() {
        // The form showed both planned; someone else has since set 7 to in progress.
        let (changed, errors) = changes_from(
            &["7", "9"],
            &["planned", "completed"],
            &["planned", "planned"],
        );
        assert!(errors.is_empty());
        assert_eq!(changed, [(9, DeliverableStatus::Completed)]);
        let (changed, _) = changes_from(&["7"], &["cancelled"], &["planned"]);
        assert_eq!(
            changed,
            [(7, DeliverableStatus::Cancelled)],
            "a change of mine is applied"
        );
    }

    #[test]
    fn only_changed_statuses_are_returned() {
        let (changed, errors) = changes(&["7", "9"], &["completed", "planned"]);
        assert!(errors.is_empty());
        assert_eq!(changed, [(7, DeliverableStatus::Completed)]);
        assert_eq!(changes(&[], &[]).0, []);
    }

    #[test]
    fn a_foreign_or_unreadable_id_is_refused_on_the_deliverables() {
        for id in ["8", "x", ""] {
            let (changed, errors) = changes(&[id], &["completed"]);
            assert!(changed.is_empty());
            assert!(errors.mentions("deliverables"), "{id}");
        }
    }

    #[test]
    fn an_unknown_status_is_refused_beside_its_select() {
        let (_, errors) = changes(&["7", "9"], &["completed", "done"]);
        assert_eq!(errors.iter().count(), 1);
        let message = errors.for_anchor("deliverable_status-2").unwrap();
        assert_eq!(message.text_arg("title"), Some("Teacher training"));
    }

    #[test]
    fn duplicates_and_unpaired_lists_are_refused() {
        assert!(changes(&["7", "7"], &["completed", "planned"])
            .1
            .mentions("deliverables"));
        assert!(changes(&["7"], &[]).1.mentions("deliverables"));
    }

    #[test]
    fn a_hide_reason_is_required_and_trimmed() {
        let field = Field::single("reason");
        let mut errors = FieldErrors::new();
        assert_eq!(hide_reason("   ", field, &mut errors), None);
        assert!(errors.mentions("reason"));
        let mut errors = FieldErrors::new();
        let reason = hide_reason("  Spam link. ", field, &mut errors);
        assert_eq!(reason.as_deref(), Some("Spam link."));
        assert!(errors.is_empty());
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(hide_reason(&long, field, &mut errors), None);
    }
}
