//! Registering a commitment: stored as `submitted`, owned by its registrant, with the event.

use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::commitments::{insert, record_event, CommitmentMeta};
use crate::domain::commitment::stored::now;
use crate::domain::{NewCommitment, Workflow};

/// Stores `content` as a new `submitted` commitment of `owner`, with its event, at once;
/// returns its id.
pub fn register(
    conn: &mut SqliteConnection,
    content: &NewCommitment,
    owner: i64,
) -> QueryResult<i64> {
    conn.immediate_transaction(|conn| {
        let at = now();
        let meta = CommitmentMeta {
            id: None,
            workflow: Workflow::Submitted,
            owner_id: Some(owner),
            created_at: at,
            updated_at: at,
            published_at: None,
        };
        let id = insert(conn, content, &meta, &[])?;
        record_event(conn, id, Some(owner), "submitted", "", at)?;
        Ok(id)
    })
}
