//! Lists of commitments for people at work: my commitments, the reports I owe, and the
//! moderation queue.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::helper_types::LeftJoinQuerySource;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable};
use diesel::sqlite::{Sqlite, SqliteConnection};

use super::reminders::needing_report;
use super::schema::{commitment_editors, commitments, users};
use crate::domain::{Reporting, Workflow};

/// A commitment in a work list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkItem {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
    pub workflow: Workflow,
    /// When it last changed (for the queue: how long it has been waiting).
    pub updated_at: NaiveDateTime,
    /// The owner's name, if it has one.
    pub owner: Option<String>,
}

type Row = (i64, String, String, String, NaiveDateTime, Option<String>);

fn item((id, title, lead_entity, workflow, updated_at, owner): Row) -> WorkItem {
    WorkItem {
        id,
        title,
        lead_entity,
        workflow: Workflow::from_slug(&workflow).unwrap_or(Workflow::Submitted),
        updated_at,
        owner,
    }
}

/// The columns of a [`Row`].
macro_rules! columns {
    () => {
        (
            commitments::id,
            commitments::title,
            commitments::lead_entity,
            commitments::workflow,
            commitments::updated_at,
            users::name.nullable(),
        )
    };
}

/// The commitments an account owns, most recently changed first.
pub fn owned_by(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<Vec<WorkItem>> {
    newest_first(conn, Box::new(commitments::owner_id.eq(user_id)))
}

/// The commitments an account is a co-editor of, most recently changed first.
pub fn edited_by(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<Vec<WorkItem>> {
    let edited = commitment_editors::table
        .filter(commitment_editors::user_id.eq(user_id))
        .select(commitment_editors::commitment_id);
    newest_first(conn, Box::new(commitments::id.eq_any(edited).nullable()))
}

/// Which commitments a list holds: a condition on a commitment and its owner (nullable, as
/// the owner is).
type Chosen = Box<
    dyn BoxableExpression<
        LeftJoinQuerySource<commitments::table, users::table>,
        Sqlite,
        SqlType = Nullable<Bool>,
    >,
>;

/// The `chosen` commitments, most recently changed first.
fn newest_first(conn: &mut SqliteConnection, chosen: Chosen) -> QueryResult<Vec<WorkItem>> {
    let rows: Vec<Row> = commitments::table
        .left_join(users::table)
        .filter(chosen)
        .order((commitments::updated_at.desc(), commitments::id.desc()))
        .select(columns!())
        .load(conn)?;
    Ok(rows.into_iter().map(item).collect())
}

/// Commitments awaiting review, the longest-waiting first: up to `limit`, and how many in all.
pub fn review_queue(conn: &mut SqliteConnection, limit: i64) -> QueryResult<(i64, Vec<WorkItem>)> {
    let submitted = commitments::workflow.eq(Workflow::Submitted.slug());
    let total = commitments::table
        .filter(submitted)
        .count()
        .get_result(conn)?;
    let rows: Vec<Row> = commitments::table
        .left_join(users::table)
        .filter(submitted)
        .order((commitments::updated_at.asc(), commitments::id.asc()))
        .select(columns!())
        .limit(limit)
        .load(conn)?;
    Ok((total, rows.into_iter().map(item).collect()))
}

/// A published commitment whose progress report is due, overdue, or was never filed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDue {
    pub id: i64,
    pub title: String,
    pub reporting: Reporting,
}

/// The published commitments `user_id` owns that need a progress report as of `today`, the
/// longest silent first (inactive, overdue, due), then by id.
pub fn reports_due(
    conn: &mut SqliteConnection,
    user_id: i64,
    today: NaiveDate,
) -> QueryResult<Vec<ReportDue>> {
    let mut due: Vec<ReportDue> = needing_report(conn, Some(user_id), today)?
        .into_iter()
        .map(|needs| ReportDue {
            id: needs.id,
            title: needs.title,
            reporting: needs.reporting,
        })
        .collect();
    due.sort_by_key(|d| std::cmp::Reverse(d.reporting));
    Ok(due)
}
