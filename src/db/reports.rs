//! Filing and hiding progress reports: each one immediate transaction that checks the state it
//! relies on, writes everything it changes and records the workflow event.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::commitments::{insert_report, record_event};
use super::schema::{commitments, deliverables, progress_reports};
use crate::domain::report::deliverable_update::StoredDeliverable;
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

/// The deliverables of commitment `id`, in their order, with their ids for the report form.
pub fn deliverables_of(
    conn: &mut SqliteConnection,
    id: i64,
) -> QueryResult<Vec<StoredDeliverable>> {
    let rows: Vec<(i64, String, chrono::NaiveDate, String)> = deliverables::table
        .filter(deliverables::commitment_id.eq(id))
        .order(deliverables::position)
        .select((
            deliverables::id,
            deliverables::title,
            deliverables::due_date,
            deliverables::status,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, title, due_date, status)| StoredDeliverable {
            id,
            title,
            due_date,
            status: DeliverableStatus::from_slug(&status).unwrap_or(DeliverableStatus::Planned),
        })
        .collect())
}

/// Appends `report` by `author` to commitment `id` and applies the deliverable `changes`,
/// if the commitment is still published; bumps `updated_at` and records the event.
pub fn file_report(
    conn: &mut SqliteConnection,
    id: i64,
    author: i64,
    report: &NewProgressReport,
    changes: &[(i64, DeliverableStatus)],
    at: NaiveDateTime,
) -> QueryResult<FileOutcome> {
    conn.immediate_transaction(|conn| {
        let workflow: Option<String> = commitments::table
            .find(id)
            .select(commitments::workflow)
            .first(conn)
            .optional()?;
        let Some(workflow) = workflow.as_deref().and_then(Workflow::from_slug) else {
            return Ok(FileOutcome::NotFound);
        };
        if workflow != Workflow::Published {
            return Ok(FileOutcome::NotPublished(workflow));
        }
        let report_id = insert_report(conn, id, report, Some(author), at)?;
        for (deliverable, status) in changes {
            diesel::update(
                deliverables::table
                    .filter(deliverables::id.eq(deliverable))
                    .filter(deliverables::commitment_id.eq(id)),
            )
            .set(deliverables::status.eq(status.slug()))
            .execute(conn)?;
        }
        touch(conn, id, at)?;
        record_event(conn, id, Some(author), REPORTED, "", at)?;
        Ok(FileOutcome::Filed(report_id))
    })
}

/// Hides report `report_id` of commitment `id` from the public, for `reason`.
pub fn hide_report(
    conn: &mut SqliteConnection,
    id: i64,
    report_id: i64,
    actor: i64,
    reason: &str,
    at: NaiveDateTime,
) -> QueryResult<HideOutcome> {
    conn.immediate_transaction(|conn| {
        let hidden: Option<Option<String>> = progress_reports::table
            .filter(progress_reports::id.eq(report_id))
            .filter(progress_reports::commitment_id.eq(id))
            .select(progress_reports::hidden_reason)
            .first(conn)
            .optional()?;
        match hidden {
            None => return Ok(HideOutcome::NotFound),
            Some(Some(_)) => return Ok(HideOutcome::AlreadyHidden),
            Some(None) => {}
        }
        diesel::update(progress_reports::table.find(report_id))
            .set(progress_reports::hidden_reason.eq(reason))
            .execute(conn)?;
        touch(conn, id, at)?;
        record_event(conn, id, Some(actor), REPORT_HIDDEN, reason, at)?;
        Ok(HideOutcome::Hidden)
    })
}

/// The public record changed: its `updated_at` says when.
fn touch(conn: &mut SqliteConnection, id: i64, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(commitments::table.find(id))
        .set(commitments::updated_at.eq(at))
        .execute(conn)?;
    Ok(())
}

/// What the reporting light needs to know of a commitment's visible reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportSummary {
    /// The date of the latest visible report.
    pub latest: chrono::NaiveDate,
    /// How many visible reports there are.
    pub count: u64,
}

/// For each commitment with visible reports (all of them, or only those in `only`): the
/// latest report's date and how many there are.
pub fn report_summaries(
    conn: &mut SqliteConnection,
    only: Option<&[i64]>,
) -> QueryResult<std::collections::HashMap<i64, ReportSummary>> {
    let mut query = progress_reports::table
        .filter(progress_reports::hidden_reason.is_null())
        .group_by(progress_reports::commitment_id)
        .select((
            progress_reports::commitment_id,
            diesel::dsl::max(progress_reports::reported_on),
            diesel::dsl::count(progress_reports::id),
        ))
        .into_boxed();
    if let Some(ids) = only {
        query = query.filter(progress_reports::commitment_id.eq_any(ids));
    }
    let rows: Vec<(i64, Option<chrono::NaiveDate>, i64)> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, latest, count)| {
            latest.map(|latest| {
                (
                    id,
                    ReportSummary {
                        latest,
                        count: count.unsigned_abs(),
                    },
                )
            })
        })
        .collect())
}
