//! Progress reports in the database: deliverables to report on, statuses, hiding, and what
//! the reporting light needs of each commitment's reports.

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{deliverables, progress_reports};
use crate::domain::report::deliverable_update::StoredDeliverable;
use crate::domain::DeliverableStatus;

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

/// Sets the status of deliverable `deliverable` of commitment `id`.
pub fn set_deliverable_status(
    conn: &mut SqliteConnection,
    id: i64,
    deliverable: i64,
    status: DeliverableStatus,
) -> QueryResult<()> {
    diesel::update(
        deliverables::table
            .filter(deliverables::id.eq(deliverable))
            .filter(deliverables::commitment_id.eq(id)),
    )
    .set(deliverables::status.eq(status.slug()))
    .execute(conn)?;
    Ok(())
}

/// Whether report `report_id` of commitment `id` is hidden (with the reason); `None` when
/// there is no such report on it.
pub fn hidden_reason(
    conn: &mut SqliteConnection,
    id: i64,
    report_id: i64,
) -> QueryResult<Option<Option<String>>> {
    progress_reports::table
        .filter(progress_reports::id.eq(report_id))
        .filter(progress_reports::commitment_id.eq(id))
        .select(progress_reports::hidden_reason)
        .first(conn)
        .optional()
}

/// Hides report `report_id` from the public, for `reason`.
pub fn set_hidden(conn: &mut SqliteConnection, report_id: i64, reason: &str) -> QueryResult<()> {
    diesel::update(progress_reports::table.find(report_id))
        .set(progress_reports::hidden_reason.eq(reason))
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
