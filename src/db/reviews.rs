//! The workflow history of a commitment: its events read back, with who did them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{commitments, users, workflow_events};
use crate::domain::{Decision, Workflow};

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
