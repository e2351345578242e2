//! What the Atom feed lists: the latest visible progress reports of published commitments.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::id_set::in_ids;
use super::schema::{commitments, progress_reports};
use crate::domain::Workflow;

/// A progress report as the feed shows it.
#[derive(Debug, Clone, Queryable)]
pub struct FeedReport {
    pub id: i64,
    pub commitment_id: i64,
    pub commitment_title: String,
    pub reported_on: NaiveDate,
    pub status: String,
    pub achievements: String,
    pub created_at: NaiveDateTime,
}

/// The `limit` latest visible reports of published commitments, newest first.
pub fn latest_reports(conn: &mut SqliteConnection, limit: i64) -> QueryResult<Vec<FeedReport>> {
    reports(conn, None, limit)
}

/// The `limit` latest visible reports of the commitments `ids` (published ones), newest first.
pub fn latest_reports_of(
    conn: &mut SqliteConnection,
    ids: &[i64],
    limit: i64,
) -> QueryResult<Vec<FeedReport>> {
    reports(conn, Some(ids), limit)
}

fn reports(
    conn: &mut SqliteConnection,
    ids: Option<&[i64]>,
    limit: i64,
) -> QueryResult<Vec<FeedReport>> {
    let mut query = progress_reports::table
        .inner_join(commitments::table)
        .filter(commitments::workflow.eq(Workflow::Published.slug()))
        .filter(progress_reports::hidden_reason.is_null())
        .order((
            progress_reports::created_at.desc(),
            progress_reports::id.desc(),
        ))
        .select((
            progress_reports::id,
            progress_reports::commitment_id,
            commitments::title,
            progress_reports::reported_on,
            progress_reports::status,
            progress_reports::achievements,
            progress_reports::created_at,
        ))
        .limit(limit)
        .into_boxed();
    if let Some(ids) = ids {
        query = query.filter(in_ids(progress_reports::commitment_id, ids));
    }
    query.load(conn)
}
