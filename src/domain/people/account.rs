//! A registered account as the rules see it: who it is, its role, and whether it may act.

use chrono::NaiveDateTime;

use crate::domain::vocab::Role;

/// An account as the pages and the session check see it (no password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub verified: bool,
    pub suspended: bool,
    /// Sessions carry this number; bumping it ends every session of the account.
    pub session_generation: i64,
    pub created_at: NaiveDateTime,
}
