//! What the facet index reads from the database: published commitments, their facet values and
//! report summaries, for all of them (a build) or for some (a catch-up); and the change log.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use crate::db::reports::{report_summaries, ReportSummary};
use crate::db::schema::{commitment_values, commitments};
use crate::domain::Workflow;

/// At most this many ids per `IN (…)` list (SQLite limits bound parameters).
const IDS_PER_QUERY: usize = 500;

/// The columns of a published commitment the index needs.
#[derive(Debug, Clone, Queryable)]
pub struct CommitmentRow {
    pub id: i64,
    pub category: String,
    pub entity_type: String,
    pub start_date: NaiveDate,
    pub completion_date: Option<NaiveDate>,
    pub published_at: Option<NaiveDateTime>,
    pub title_sort: String,
    pub lead_entity: String,
}

/// Published commitments as read for the index (in one read transaction).
#[derive(Debug, Default)]
pub struct Batch {
    pub commitments: Vec<CommitmentRow>,
    /// `(commitment id, kind, value)` of the facet values and targets.
    pub values: Vec<(i64, String, String)>,
    /// Visible reports per commitment.
    pub reports: HashMap<i64, ReportSummary>,
}

/// Reads every published commitment (`None`) or those among `ids` (unpublished and deleted ones
/// are simply absent). Call inside a read transaction.
pub fn read_batch(conn: &mut SqliteConnection, ids: Option<&[i64]>) -> QueryResult<Batch> {
    let mut batch = match ids {
        None => Batch {
            commitments: published_commitments(conn, None)?,
            values: facet_values(conn, None)?,
            reports: report_summaries(conn, None)?,
        },
        Some(ids) => {
            let mut batch = Batch::default();
            for chunk in ids.chunks(IDS_PER_QUERY) {
                let commitments = published_commitments(conn, Some(chunk))?;
                batch.commitments.extend(commitments);
                batch.values.extend(facet_values(conn, Some(chunk))?);
                batch.reports.extend(report_summaries(conn, Some(chunk))?);
            }
            batch
        }
    };
    let published: RoaringBitmap = batch
        .commitments
        .iter()
        .filter_map(|c| u32::try_from(c.id).ok())
        .collect();
    batch
        .values
        .retain(|(id, _, _)| u32::try_from(*id).is_ok_and(|id| published.contains(id)));
    batch
        .reports
        .retain(|id, _| u32::try_from(*id).is_ok_and(|id| published.contains(id)));
    Ok(batch)
}

fn published_commitments(
    conn: &mut SqliteConnection,
    ids: Option<&[i64]>,
) -> QueryResult<Vec<CommitmentRow>> {
    let mut query = commitments::table
        .filter(commitments::workflow.eq(Workflow::Published.slug()))
        .select((
            commitments::id,
            commitments::category,
            commitments::entity_type,
            commitments::start_date,
            commitments::completion_date,
            commitments::published_at,
            commitments::title_sort,
            commitments::lead_entity,
        ))
        .into_boxed();
    if let Some(ids) = ids {
        query = query.filter(commitments::id.eq_any(ids));
    }
    query.load(conn)
}

/// The facet values of the commitments among `ids` (all when `None`), of whatever workflow:
/// the caller keeps those of published ones. (Joining to `commitments` to filter here would
/// read a wide commitment row per value: most of a build's time at 100,000.)
fn facet_values(
    conn: &mut SqliteConnection,
    ids: Option<&[i64]>,
) -> QueryResult<Vec<(i64, String, String)>> {
    let mut query = commitment_values::table
        .filter(commitment_values::kind.ne("other_method"))
        .select((
            commitment_values::commitment_id,
            commitment_values::kind,
            commitment_values::value,
        ))
        .into_boxed();
    if let Some(ids) = ids {
        query = query.filter(commitment_values::commitment_id.eq_any(ids));
    }
    query.load(conn)
}

#[derive(QueryableByName)]
struct SeqRow {
    #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
    seq: Option<i64>,
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = BigInt)]
    commitment_id: i64,
}

/// The latest change recorded (0 before any): what a request's snapshot holds.
pub fn head(conn: &mut SqliteConnection) -> QueryResult<i64> {
    diesel::sql_query("SELECT MAX(seq) AS seq FROM search_changes")
        .get_result::<SeqRow>(conn)
        .map(|row| row.seq.unwrap_or(0))
}

/// The commitments changed after change `seq`, each once; `None` when the log no longer
/// reaches back that far (pruned), so that only a rebuild can tell.
pub fn changed_since(conn: &mut SqliteConnection, seq: i64) -> QueryResult<Option<Vec<i64>>> {
    let oldest = diesel::sql_query("SELECT MIN(seq) AS seq FROM search_changes")
        .get_result::<SeqRow>(conn)?
        .seq;
    if oldest.is_some_and(|oldest| oldest > seq + 1) {
        return Ok(None);
    }
    let rows: Vec<IdRow> = diesel::sql_query(
        "SELECT DISTINCT commitment_id FROM search_changes WHERE seq > ? ORDER BY commitment_id",
    )
    .bind::<BigInt, _>(seq)
    .load(conn)?;
    Ok(Some(rows.into_iter().map(|r| r.commitment_id).collect()))
}
