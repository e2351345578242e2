//! What the Atom feed lists: the latest visible progress reports of published commitments.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

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
    progress_reports::table
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
        .load(conn)
}
