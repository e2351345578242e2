//! Registering a commitment: stored as `submitted`, owned by its registrant, with the event;
//! within the daily quota of registrations for contributors.

use chrono::{Duration, NaiveDateTime};
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::commitments::{insert, record_event, CommitmentMeta, NewWorkflowEvent};
use crate::db::workflow::registrations_since;
use crate::domain::commitment::stored::now;
use crate::domain::quota::next_allowed;
use crate::domain::{NewCommitment, Workflow};

/// The period of the registration quota.
pub const QUOTA_PERIOD: Duration = Duration::hours(24);

/// What registering came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    /// Stored, with this id.
    Stored(i64),
    /// Nothing stored: the account registered `quota` commitments in the last 24 hours; it
    /// may register again from `again_at` (UTC).
    QuotaReached { quota: i64, again_at: NaiveDateTime },
}

/// Stores `content` as a new `submitted` commitment of `owner`, with its event, at once,
/// unless `quota` (none for moderators and admins) registrations in 24 hours are reached.
/// The count is read from the stored events in the same transaction, so it holds across
/// restarts and against registrations sent in parallel.
pub fn register(
    conn: &mut SqliteConnection,
    content: &NewCommitment,
    owner: i64,
    quota: Option<i64>,
) -> QueryResult<Registered> {
    conn.immediate_transaction(|conn| {
        let at = now();
        if let Some(quota) = quota {
            if let Some(again_at) = quota_reached_until(conn, owner, quota, at)? {
                return Ok(Registered::QuotaReached { quota, again_at });
            }
        }
        let meta = CommitmentMeta {
            id: None,
            workflow: Workflow::Submitted,
            owner_id: Some(owner),
            created_at: at,
            updated_at: at,
            published_at: None,
        };
        let id = insert(conn, content, &meta, &[])?;
        record_event(
            conn,
            NewWorkflowEvent::new(id, Some(owner), "submitted", at),
        )?;
        Ok(Registered::Stored(id))
    })
}

/// When `owner`, who has reached `quota` registrations at `at`, may register again; `None`
/// when the quota is not reached.
pub fn quota_reached_until(
    conn: &mut SqliteConnection,
    owner: i64,
    quota: i64,
    at: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let recent = registrations_since(conn, owner, at - QUOTA_PERIOD)?;
    let quota = usize::try_from(quota.max(1)).unwrap_or(1);
    Ok(next_allowed(&recent, quota, QUOTA_PERIOD))
}
