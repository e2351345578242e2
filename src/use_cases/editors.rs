//! Co-editors: the owner (or a moderator) adds one by email, and a moderator hands ownership
//! to one of them.

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::editors::{active_account_by_email, delete, insert, is_editor};
use crate::db::workflow::{owner_of, set_owner};

/// What adding an editor by email came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    /// Added: the new editor's name.
    Added(String),
    /// No account has this address.
    NoAccount,
    /// The address is the owner's.
    IsOwner,
    /// The account edits this commitment already.
    AlreadyEditor,
}

/// Makes the account with `email` (case-insensitive) a co-editor of commitment `id`.
pub fn add(
    conn: &mut SqliteConnection,
    id: i64,
    email: &str,
    added_by: i64,
    at: NaiveDateTime,
) -> QueryResult<AddOutcome> {
    conn.immediate_transaction(|conn| {
        // Only confirmed, active accounts: an editor must be someone who can act.
        let Some((user_id, name)) = active_account_by_email(conn, email)? else {
            return Ok(AddOutcome::NoAccount);
        };
        if owner_of(conn, id)? == Some(user_id) {
            return Ok(AddOutcome::IsOwner);
        }
        if is_editor(conn, id, user_id)? {
            return Ok(AddOutcome::AlreadyEditor);
        }
        insert(conn, id, user_id, added_by, at)?;
        Ok(AddOutcome::Added(name))
    })
}

/// Makes co-editor `user_id` the owner of commitment `id`; the previous owner, if any, becomes
/// an editor. False (nothing changed) when `user_id` is not an editor of it.
pub fn make_owner(
    conn: &mut SqliteConnection,
    id: i64,
    user_id: i64,
    by: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    conn.immediate_transaction(|conn| {
        if !delete(conn, id, user_id)? {
            return Ok(false);
        }
        let previous = owner_of(conn, id)?;
        set_owner(conn, id, user_id)?;
        if let Some(previous) = previous {
            insert(conn, id, previous, by, at)?;
        }
        Ok(true)
    })
}

/// Removes co-editor `user_id` from commitment `id`; false when they were not one.
pub fn remove(conn: &mut SqliteConnection, id: i64, user_id: i64) -> QueryResult<bool> {
    delete(conn, id, user_id)
}
