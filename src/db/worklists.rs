//! Lists of commitments for people at work: my commitments, and the moderation queue.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{commitments, users};
use crate::domain::Workflow;

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
    let rows: Vec<Row> = commitments::table
        .left_join(users::table)
        .filter(commitments::owner_id.eq(user_id))
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
