//! What admins do to accounts: change roles, suspend and unsuspend, never the last admin.

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::account_events::{record, EventRow};
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
    /// Refused: a suspension needs a reason, which the person is shown.
    ReasonMissing,
}

/// A suspension (with its reason, shown to the person when they try to sign in) or its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suspension {
    Suspend { reason: String },
    Lift,
}

/// Who changes an account, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByAdmin {
    pub admin_id: i64,
    pub at: NaiveDateTime,
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

/// Suspends (and signs out) or unsuspends the account, and logs it with the reason; never
/// suspends the last admin, nor anyone without a reason.
pub fn set_suspended(
    conn: &mut SqliteConnection,
    id: i64,
    change: &Suspension,
    by: ByAdmin,
) -> QueryResult<AdminChange> {
    conn.immediate_transaction(|conn| {
        let Some(account) = find(conn, id)? else {
            return Ok(AdminChange::NoSuchUser);
        };
        let (since, event, reason) = match change {
            Suspension::Suspend { reason } => (Some(by.at), "suspended", reason.trim()),
            Suspension::Lift => (None, "unsuspended", ""),
        };
        if since.is_some() && is_last_admin(conn, &account)? {
            return Ok(AdminChange::LastAdmin);
        }
        if since.is_some() && reason.is_empty() {
            return Ok(AdminChange::ReasonMissing);
        }
        set_suspended_at(conn, id, since)?;
        let logged = EventRow {
            user_id: id,
            event: event.into(),
            reason: reason.into(),
            actor_id: Some(by.admin_id),
            created_at: by.at,
        };
        record(conn, &logged)?;
        end_sessions(conn, id)?;
        Ok(AdminChange::Done)
    })
}
