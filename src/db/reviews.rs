//! Moderators' decisions and the workflow history: a decision is one immediate transaction
//! (state, publication date, `updated_at` and the event together), and its events read back.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::commitments::record_event;
use super::schema::{commitments, users, workflow_events};
use crate::domain::review::Review;
use crate::domain::{Decision, Workflow};

/// What came of a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionOutcome {
    /// Recorded; the commitment's title, for the message to the moderator.
    Done { title: String },
    /// No commitment has this id.
    NotFound,
    /// The commitment is in a state the decision does not fit (someone decided meanwhile).
    DoesNotFit { current: Workflow },
}

/// One workflow event, with the name of who did it (`None`: the registry itself, or an
/// account since deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowEvent {
    pub actor: Option<String>,
    pub event: String,
    pub comment: String,
    pub created_at: NaiveDateTime,
}

type EventRow = (Option<String>, String, String, NaiveDateTime);

fn event((actor, event, comment, created_at): EventRow) -> WorkflowEvent {
    WorkflowEvent {
        actor,
        event,
        comment,
        created_at,
    }
}

/// Records `actor`'s decision on commitment `id` at time `at`, if it fits the commitment's
/// state as read inside the transaction (so two moderators deciding at once cannot both win).
pub fn record_decision(
    conn: &mut SqliteConnection,
    id: i64,
    actor: i64,
    review: &Review,
    at: NaiveDateTime,
) -> QueryResult<DecisionOutcome> {
    conn.immediate_transaction(|conn| {
        let row: Option<(String, String, Option<NaiveDateTime>)> = commitments::table
            .find(id)
            .select((
                commitments::title,
                commitments::workflow,
                commitments::published_at,
            ))
            .first(conn)
            .optional()?;
        let Some((title, workflow, published_at)) = row else {
            return Ok(DecisionOutcome::NotFound);
        };
        let current = Workflow::from_slug(&workflow).unwrap_or(Workflow::Submitted);
        let Some(next) = review.decision.apply(current, published_at, at) else {
            return Ok(DecisionOutcome::DoesNotFit { current });
        };
        diesel::update(commitments::table.find(id))
            .set((
                commitments::workflow.eq(next.workflow.slug()),
                commitments::published_at.eq(next.published_at),
                commitments::updated_at.eq(at),
            ))
            .execute(conn)?;
        record_event(
            conn,
            id,
            Some(actor),
            review.decision.event(),
            &review.comment,
            at,
        )?;
        Ok(DecisionOutcome::Done { title })
    })
}

/// The columns of an [`EventRow`].
macro_rules! event_columns {
    () => {
        (
            users::name.nullable(),
            workflow_events::event,
            workflow_events::comment,
            workflow_events::created_at,
        )
    };
}

/// Every workflow event of a commitment, newest first.
pub fn history(conn: &mut SqliteConnection, id: i64) -> QueryResult<Vec<WorkflowEvent>> {
    let rows: Vec<EventRow> = workflow_events::table
        .left_join(users::table.on(workflow_events::actor_id.eq(users::id.nullable())))
        .filter(workflow_events::commitment_id.eq(id))
        .order(workflow_events::id.desc())
        .select(event_columns!())
        .load(conn)?;
    Ok(rows.into_iter().map(event).collect())
}

/// For each commitment `user_id` owns that is returned or archived, the decision that put it
/// there (with the moderator's comment): the latest such event.
pub fn explanations_for_owner(
    conn: &mut SqliteConnection,
    user_id: i64,
) -> QueryResult<HashMap<i64, WorkflowEvent>> {
    let states = [Workflow::Returned, Workflow::Archived];
    let rows: Vec<(i64, String, EventRow)> = workflow_events::table
        .inner_join(commitments::table)
        .left_join(users::table.on(workflow_events::actor_id.eq(users::id.nullable())))
        .filter(commitments::owner_id.eq(user_id))
        .filter(commitments::workflow.eq_any(states.map(Workflow::slug)))
        .filter(
            workflow_events::event.eq_any([Decision::Return.event(), Decision::Archive.event()]),
        )
        .order(workflow_events::id.desc())
        .select((
            workflow_events::commitment_id,
            commitments::workflow,
            event_columns!(),
        ))
        .load(conn)?;
    let mut latest = HashMap::new();
    for (id, workflow, row) in rows {
        let explains = Workflow::from_slug(&workflow)
            .and_then(Decision::explaining)
            .is_some_and(|d| d.event() == row.1);
        if explains && !latest.contains_key(&id) {
            latest.insert(id, event(row));
        }
    }
    Ok(latest)
}
