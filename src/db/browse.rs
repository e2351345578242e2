//! Queries for browsing: pages of published commitments and the totals of the home page.

use diesel::dsl::count;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{commitment_values, commitments, progress_reports};

/// Published commitments, newest first: their ids for one page, and how many there are in all.
pub fn published_page(
    conn: &mut SqliteConnection,
    page: i64,
    per_page: i64,
) -> QueryResult<(i64, Vec<i64>)> {
    let published = commitments::workflow.eq("published");
    let total = commitments::table
        .filter(published)
        .count()
        .get_result(conn)?;
    let ids = commitments::table
        .filter(published)
        .order((commitments::published_at.desc(), commitments::id.asc()))
        .select(commitments::id)
        .limit(per_page)
        .offset((page - 1) * per_page)
        .load(conn)?;
    Ok((total, ids))
}

/// Headline figures of the registry.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub commitments: i64,
    pub lead_entities: i64,
    pub countries: i64,
    pub reports: i64,
}

/// Counts over published commitments only.
pub fn totals(conn: &mut SqliteConnection) -> QueryResult<Totals> {
    let published = commitments::workflow.eq("published");
    let commitments_count = commitments::table
        .filter(published)
        .count()
        .get_result(conn)?;
    let lead_entities = commitments::table
        .filter(published)
        .select(count(commitments::lead_entity).aggregate_distinct())
        .get_result(conn)?;
    let countries = commitment_values::table
        .inner_join(commitments::table)
        .filter(published)
        .filter(commitment_values::kind.eq("country"))
        .select(count(commitment_values::value).aggregate_distinct())
        .get_result(conn)?;
    let reports = progress_reports::table
        .inner_join(commitments::table)
        .filter(published)
        .filter(progress_reports::hidden_reason.is_null())
        .count()
        .get_result(conn)?;
    Ok(Totals {
        commitments: commitments_count,
        lead_entities,
        countries,
        reports,
    })
}
