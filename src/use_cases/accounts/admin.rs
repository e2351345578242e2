//! What admins do to accounts: change roles, suspend and unsuspend, never the last admin.

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::user_admin::{is_last_admin, set_role as store_role, set_suspended_at};
use crate::db::users::{end_sessions, find};
use crate::domain::Role;

/// The outcome of a role change or a suspension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminChange {
    /// Done; the account's sessions have ended.
    Done,
    /// Refused: it would leave the registry without an active admin.
    LastAdmin,
    /// No account has this id.
    NoSuchUser,
}

/// Gives the account a new role and ends its sessions, unless that removes the last admin.
pub fn set_role(conn: &mut SqliteConnection, id: i64, role: Role) -> QueryResult<AdminChange> {
    conn.immediate_transaction(|conn| {
        let Some(account) = find(conn, id)? else {
            return Ok(AdminChange::NoSuchUser);
        };
        if !role.is_admin() && is_last_admin(conn, &account)? {
            return Ok(AdminChange::LastAdmin);
        }
        store_role(conn, id, role)?;
        end_sessions(conn, id)?;
        Ok(AdminChange::Done)
    })
}

/// Suspends (and signs out) or unsuspends the account; never suspends the last admin.
pub fn set_suspended(
    conn: &mut SqliteConnection,
    id: i64,
    suspended: bool,
    now: NaiveDateTime,
) -> QueryResult<AdminChange> {
    conn.immediate_transaction(|conn| {
        let Some(account) = find(conn, id)? else {
            return Ok(AdminChange::NoSuchUser);
        };
        if suspended && is_last_admin(conn, &account)? {
            return Ok(AdminChange::LastAdmin);
        }
        set_suspended_at(conn, id, suspended.then_some(now))?;
        end_sessions(conn, id)?;
        Ok(AdminChange::Done)
    })
}
