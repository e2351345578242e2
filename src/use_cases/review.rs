//! A moderator's decision on a commitment: publish, return or archive, if it still fits.

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::commitments::{record_event, NewWorkflowEvent};
use crate::db::workflow::{oldest_awaiting_review, review_state, set_state};
use crate::domain::review::Review;
use crate::domain::Workflow;

/// What came of a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionOutcome {
    /// Recorded; the commitment's title, for the message to the moderator, and the next
    /// commitment of the review queue (the one that has waited longest), if any is left.
    Done { title: String, next: Option<i64> },
    /// No commitment has this id.
    NotFound,
    /// The commitment is in a state the decision does not fit (someone decided meanwhile).
    DoesNotFit { current: Workflow },
}

/// Records `actor`'s decision on commitment `id` at time `at`, if it fits the commitment's
/// state as read inside the transaction (so two moderators deciding at once cannot both win):
/// the state, publication date, `updated_at` and the event together.
pub fn decide(
    conn: &mut SqliteConnection,
    id: i64,
    actor: i64,
    review: &Review,
    at: NaiveDateTime,
) -> QueryResult<DecisionOutcome> {
    conn.immediate_transaction(|conn| {
        let Some(state) = review_state(conn, id)? else {
            return Ok(DecisionOutcome::NotFound);
        };
        let current = state.workflow;
        let Some(next) = review.decision.apply(current, state.published_at, at) else {
            return Ok(DecisionOutcome::DoesNotFit { current });
        };
        set_state(conn, id, next.workflow, next.published_at, at)?;
        let event = review.decision.event();
        record_event(
            conn,
            NewWorkflowEvent::new(id, Some(actor), event, at).saying(&review.comment),
        )?;
        let next = oldest_awaiting_review(conn)?;
        Ok(DecisionOutcome::Done {
            title: state.title,
            next,
        })
    })
}
