//! Filing and hiding progress reports: each one immediate transaction that checks the state it
//! relies on, writes everything it changes and records the workflow event.

use chrono::NaiveDateTime;
use diesel::result::Error as DieselError;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use super::edit::record_report_version;
use crate::db::commitments::{insert_report, record_event, NewWorkflowEvent};
use crate::db::load::find;
use crate::db::reports::{hidden_reason, set_deliverable_status, set_hidden};
use crate::db::workflow::{touch, workflow_of};
use crate::domain::{DeliverableStatus, NewProgressReport, Workflow};

/// The workflow event of a filed report.
pub const REPORTED: &str = "reported";
/// The workflow event of a report hidden by a moderator (its comment is the reason).
pub const REPORT_HIDDEN: &str = "report-hidden";

/// What came of filing a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// Stored, with this id.
    Filed(i64),
    /// The commitment is no longer published (a moderator acted meanwhile); nothing written.
    NotPublished(Workflow),
    /// No commitment has this id.
    NotFound,
}

/// What came of hiding a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HideOutcome {
    Hidden,
    /// It was hidden already (by someone else, or a form sent twice); nothing written.
    AlreadyHidden,
    /// No report with this id on this commitment.
    NotFound,
}

/// Appends `report` by `author` to commitment `id` and applies the deliverable `changes` (as a
/// new version of the content, so that edits merge with them), if the commitment is still
/// published; bumps `updated_at` and records the event.
pub fn file(
    conn: &mut SqliteConnection,
    id: i64,
    author: i64,
    report: &NewProgressReport,
    changes: &[(i64, DeliverableStatus)],
    at: NaiveDateTime,
) -> QueryResult<FileOutcome> {
    conn.immediate_transaction(|conn| {
        let Some(workflow) = workflow_of(conn, id)? else {
            return Ok(FileOutcome::NotFound);
        };
        if workflow != Workflow::Published {
            return Ok(FileOutcome::NotPublished(workflow));
        }
        let report_id = insert_report(conn, id, report, Some(author), at)?;
        if !changes.is_empty() {
            let before = find(conn, id)?.ok_or(DieselError::NotFound)?;
            for (deliverable, status) in changes {
                set_deliverable_status(conn, id, *deliverable, *status)?;
            }
            record_report_version(conn, &before, author, at)?;
        }
        touch(conn, id, at)?;
        record_event(conn, NewWorkflowEvent::new(id, Some(author), REPORTED, at))?;
        Ok(FileOutcome::Filed(report_id))
    })
}

/// Hides report `report_id` of commitment `id` from the public, for `reason`.
pub fn hide(
    conn: &mut SqliteConnection,
    id: i64,
    report_id: i64,
    actor: i64,
    reason: &str,
    at: NaiveDateTime,
) -> QueryResult<HideOutcome> {
    conn.immediate_transaction(|conn| {
        match hidden_reason(conn, id, report_id)? {
            None => return Ok(HideOutcome::NotFound),
            Some(Some(_)) => return Ok(HideOutcome::AlreadyHidden),
            Some(None) => {}
        }
        set_hidden(conn, report_id, reason)?;
        touch(conn, id, at)?;
        record_event(
            conn,
            NewWorkflowEvent::new(id, Some(actor), REPORT_HIDDEN, at).saying(reason),
        )?;
        Ok(HideOutcome::Hidden)
    })
}
