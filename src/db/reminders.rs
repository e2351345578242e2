//! Reminders to file a progress report: which published commitments need one, and the log of
//! reminders sent (so that each is reminded at most once per 30 days).

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::reports::report_summaries;
use super::schema::{commitments, reminders};
use crate::domain::report::light::reporting;
use crate::domain::{Reporting, Workflow};

/// A published commitment whose reporting light is due, overdue or inactive, with its contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedsReport {
    pub id: i64,
    pub title: String,
    pub contact_name: String,
    pub contact_email: String,
    pub reporting: Reporting,
    /// The latest visible report, or the publication when there is none: what the light counts
    /// from.
    pub since: NaiveDate,
    /// True when `since` is a report's date (else the publication's).
    pub has_report: bool,
}

type Row = (i64, String, String, String, Option<NaiveDateTime>);

/// Every published commitment that needs a progress report as of `today`, by id: all of them,
/// or only those `owner_id` owns.
pub fn needing_report(
    conn: &mut SqliteConnection,
    owner_id: Option<i64>,
    today: NaiveDate,
) -> QueryResult<Vec<NeedsReport>> {
    let mut published = commitments::table
        .filter(commitments::workflow.eq(Workflow::Published.slug()))
        .into_boxed();
    if let Some(owner_id) = owner_id {
        published = published.filter(commitments::owner_id.eq(owner_id));
    }
    let published: Vec<Row> = published
        .order(commitments::id.asc())
        .select((
            commitments::id,
            commitments::title,
            commitments::contact_name,
            commitments::contact_email,
            commitments::published_at,
        ))
        .load(conn)?;
    let ids: Option<Vec<i64>> = owner_id.map(|_| published.iter().map(|row| row.0).collect());
    let latest = report_summaries(conn, ids.as_deref())?;
    Ok(published
        .into_iter()
        .filter_map(|(id, title, contact_name, contact_email, published_at)| {
            let last = latest.get(&id).map(|s| s.latest);
            let published = published_at.map(|t| t.date());
            let light = reporting(Workflow::Published, published, last, today)?;
            let since = published.max(last)?;
            (light != Reporting::UpToDate).then_some(NeedsReport {
                id,
                title,
                contact_name,
                contact_email,
                reporting: light,
                since,
                has_report: last == Some(since),
            })
        })
        .collect())
}

/// The commitments reminded after `cutoff`.
pub fn reminded_since(
    conn: &mut SqliteConnection,
    cutoff: NaiveDateTime,
) -> QueryResult<HashSet<i64>> {
    Ok(reminders::table
        .filter(reminders::sent_at.gt(cutoff))
        .select(reminders::commitment_id)
        .distinct()
        .load::<i64>(conn)?
        .into_iter()
        .collect())
}

/// Records that a reminder about `due` went to `sent_to` at `at`.
pub fn record(
    conn: &mut SqliteConnection,
    due: &NeedsReport,
    sent_to: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(reminders::table)
        .values((
            reminders::commitment_id.eq(due.id),
            reminders::reporting.eq(due.reporting.slug()),
            reminders::sent_to.eq(sent_to),
            reminders::sent_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}
