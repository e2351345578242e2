//! What the facet index reads from the database: published commitments, their facet values and
//! report summaries, for all of them (a build) or for some (a catch-up); and the change log.

use std::collections::HashMap;

use diesel::connection::DefaultLoadingMode;
use diesel::dsl::{max, min, AsSelect, SqlTypeOf};
use diesel::prelude::*;
use diesel::sqlite::{Sqlite, SqliteConnection};

use crate::db::cards::SummaryRow;
use crate::db::reports::{report_summaries, ReportSummary};
use crate::db::schema::{commitment_values, commitments, partners, search_changes};
use crate::domain::Workflow;

/// At most this many ids per `IN (…)` list (SQLite limits bound parameters).
const IDS_PER_QUERY: usize = 500;

type ValueColumns = (
    commitment_values::commitment_id,
    commitment_values::kind,
    commitment_values::value,
);
const VALUE_COLUMNS: ValueColumns = (
    commitment_values::commitment_id,
    commitment_values::kind,
    commitment_values::value,
);

/// Visible reports per commitment.
pub type Reports = HashMap<i64, ReportSummary>;

/// Some published commitments as read for the index (in one read transaction).
#[derive(Debug, Default)]
pub struct Batch {
    pub commitments: Vec<SummaryRow>,
    /// `(commitment id, kind, value)` of their facet values and targets.
    pub values: Vec<(i64, String, String)>,
    /// `(commitment id, name)` of their partners.
    pub partners: Vec<(i64, String)>,
    pub reports: Reports,
}

/// Reads the published commitments among `ids` (unpublished and deleted ones are simply
/// absent). Call inside a read transaction.
pub fn read_batch(conn: &mut SqliteConnection, ids: &[i64]) -> QueryResult<Batch> {
    let mut batch = Batch::default();
    for chunk in ids.chunks(IDS_PER_QUERY) {
        let commitments: Vec<SummaryRow> = published(Some(chunk)).load(conn)?;
        batch.commitments.extend(commitments);
        let values: Vec<(i64, String, String)> = facet_values(Some(chunk)).load(conn)?;
        batch.values.extend(values);
        let partners: Vec<(i64, String)> = partner_names(Some(chunk)).load(conn)?;
        batch.partners.extend(partners);
        batch.reports.extend(report_summaries(conn, Some(chunk))?);
    }
    Ok(batch)
}

/// Hands every published commitment to `add`, one row at a time.
pub fn each_published(
    conn: &mut SqliteConnection,
    mut add: impl FnMut(SummaryRow),
) -> QueryResult<()> {
    for row in published(None).load_iter::<SummaryRow, DefaultLoadingMode>(conn)? {
        add(row?);
    }
    Ok(())
}

/// Hands every facet value and target `(commitment id, kind, value)` to `add`, one row at a
/// time, of whatever workflow (the caller keeps those of published commitments).
pub fn each_value(
    conn: &mut SqliteConnection,
    mut add: impl FnMut(i64, String, String),
) -> QueryResult<()> {
    let rows = facet_values(None).load_iter::<(i64, String, String), DefaultLoadingMode>(conn)?;
    for row in rows {
        let (id, kind, value) = row?;
        add(id, kind, value);
    }
    Ok(())
}

/// Hands every partner `(commitment id, name)` to `add`, one row at a time, of whatever
/// workflow (the caller keeps those of published commitments).
pub fn each_partner(
    conn: &mut SqliteConnection,
    mut add: impl FnMut(i64, String),
) -> QueryResult<()> {
    let rows = partner_names(None).load_iter::<(i64, String), DefaultLoadingMode>(conn)?;
    for row in rows {
        let (id, name) = row?;
        add(id, name);
    }
    Ok(())
}

type PartnerColumns = (partners::commitment_id, partners::name);

/// The partners' names of the commitments among `ids` (all when `None`), in their order.
fn partner_names(
    ids: Option<&[i64]>,
) -> partners::BoxedQuery<'_, Sqlite, SqlTypeOf<PartnerColumns>> {
    let query = partners::table
        .order((partners::commitment_id, partners::position))
        .select((partners::commitment_id, partners::name))
        .into_boxed();
    match ids {
        Some(ids) => query.filter(partners::commitment_id.eq_any(ids)),
        None => query,
    }
}

/// The published commitments among `ids` (all when `None`).
fn published(
    ids: Option<&[i64]>,
) -> commitments::BoxedQuery<'_, Sqlite, SqlTypeOf<AsSelect<SummaryRow, Sqlite>>> {
    let query = commitments::table
        .filter(commitments::workflow.eq(Workflow::Published.slug()))
        .select(SummaryRow::as_select())
        .into_boxed();
    match ids {
        Some(ids) => query.filter(commitments::id.eq_any(ids)),
        None => query,
    }
}

/// The facet values of the commitments among `ids` (all when `None`), of whatever workflow.
/// (Joining to `commitments` to keep published ones here would read a wide commitment row per
/// value: most of a build's time at 100,000.) In their stored order, the order of the table's
/// key, so that cards list goals and regions as the commitment does.
fn facet_values(
    ids: Option<&[i64]>,
) -> commitment_values::BoxedQuery<'_, Sqlite, SqlTypeOf<ValueColumns>> {
    let query = commitment_values::table
        .filter(commitment_values::kind.ne("other_method"))
        .order((
            commitment_values::commitment_id,
            commitment_values::kind,
            commitment_values::position,
        ))
        .select(VALUE_COLUMNS)
        .into_boxed();
    match ids {
        Some(ids) => query.filter(commitment_values::commitment_id.eq_any(ids)),
        None => query,
    }
}

/// The latest change recorded (0 before any): what a request's snapshot holds. Asked on every
/// search, so written with the query builder: the statement is prepared once per connection
/// (`sql_query` text is parsed again each time).
pub fn head(conn: &mut SqliteConnection) -> QueryResult<i64> {
    search_changes::table
        .select(max(search_changes::seq))
        .get_result::<Option<i64>>(conn)
        .map(Option::unwrap_or_default)
}

/// The commitments changed after change `seq`, each once; `None` when the log no longer
/// reaches back that far (pruned), so that only a rebuild can tell.
pub fn changed_since(conn: &mut SqliteConnection, seq: i64) -> QueryResult<Option<Vec<i64>>> {
    let oldest = search_changes::table
        .select(min(search_changes::seq))
        .get_result::<Option<i64>>(conn)?;
    if oldest.is_some_and(|oldest| oldest > seq + 1) {
        return Ok(None);
    }
    search_changes::table
        .filter(search_changes::seq.gt(seq))
        .select(search_changes::commitment_id)
        .distinct()
        .order(search_changes::commitment_id)
        .load(conn)
        .map(Some)
}
