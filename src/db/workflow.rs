//! The workflow columns of a commitment: its state, publication date, owner and last change.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::commitments;
use crate::domain::Workflow;

/// What a review decision needs to know of a commitment: title, state and publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewState {
    pub title: String,
    pub workflow: Workflow,
    pub published_at: Option<NaiveDateTime>,
}

/// The workflow state of commitment `id`, or `None` when there is no such commitment.
pub fn workflow_of(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<Workflow>> {
    let slug: Option<String> = commitments::table
        .find(id)
        .select(commitments::workflow)
        .first(conn)
        .optional()?;
    Ok(slug.as_deref().and_then(Workflow::from_slug))
}

/// The title, state and publication date of commitment `id`.
pub fn review_state(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<ReviewState>> {
    let row: Option<(String, String, Option<NaiveDateTime>)> = commitments::table
        .find(id)
        .select((
            commitments::title,
            commitments::workflow,
            commitments::published_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(title, workflow, published_at)| ReviewState {
        title,
        // The column's CHECK allows only the four states.
        workflow: Workflow::from_slug(&workflow).unwrap_or(Workflow::Submitted),
        published_at,
    }))
}

/// Moves commitment `id` to `workflow`, with its publication date, changed at `at`.
pub fn set_state(
    conn: &mut SqliteConnection,
    id: i64,
    workflow: Workflow,
    published_at: Option<NaiveDateTime>,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(commitments::table.find(id))
        .set((
            commitments::workflow.eq(workflow.slug()),
            commitments::published_at.eq(published_at),
            commitments::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Moves commitment `id` to `workflow`, leaving its dates as they are.
pub fn set_workflow(conn: &mut SqliteConnection, id: i64, workflow: Workflow) -> QueryResult<()> {
    diesel::update(commitments::table.find(id))
        .set(commitments::workflow.eq(workflow.slug()))
        .execute(conn)?;
    Ok(())
}

/// The public record changed: its `updated_at` says when.
pub fn touch(conn: &mut SqliteConnection, id: i64, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(commitments::table.find(id))
        .set(commitments::updated_at.eq(at))
        .execute(conn)?;
    Ok(())
}

/// The owner of commitment `id` (`None`: ownerless); not found is an error.
pub fn owner_of(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<i64>> {
    commitments::table
        .find(id)
        .select(commitments::owner_id)
        .first(conn)
}

/// Makes `user_id` the owner of commitment `id`.
pub fn set_owner(conn: &mut SqliteConnection, id: i64, user_id: i64) -> QueryResult<()> {
    diesel::update(commitments::table.find(id))
        .set(commitments::owner_id.eq(user_id))
        .execute(conn)?;
    Ok(())
}

/// When `actor` registered commitments (their "submitted" events) after `since`, oldest first.
pub fn registrations_since(
    conn: &mut SqliteConnection,
    actor: i64,
    since: NaiveDateTime,
) -> QueryResult<Vec<NaiveDateTime>> {
    use super::schema::workflow_events as events;
    events::table
        .filter(events::actor_id.eq(actor))
        .filter(events::event.eq("submitted"))
        .filter(events::created_at.gt(since))
        .select(events::created_at)
        .order(events::created_at.asc())
        .load(conn)
}

/// The commitment that has waited longest for review (as the queue orders it), if any.
pub fn oldest_awaiting_review(conn: &mut SqliteConnection) -> QueryResult<Option<i64>> {
    commitments::table
        .filter(commitments::workflow.eq(Workflow::Submitted.slug()))
        .order((commitments::updated_at.asc(), commitments::id.asc()))
        .select(commitments::id)
        .first(conn)
        .optional()
}
