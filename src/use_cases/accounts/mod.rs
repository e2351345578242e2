//! What people do with accounts, end to end: sign up, confirm, sign in, reset, and accounts
//! created by the command line. Handlers call these; they call the rules and the queries.

pub mod admin;
pub mod create;
pub mod login;
pub mod reset;
pub mod signup;

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::auth::account::NewAccount;
use crate::auth::token::Token;
use crate::db::users::{self, NewUser};
use crate::domain::Role;

/// Stores a new account with its password's hash; returns its id.
fn insert_account(
    conn: &mut SqliteConnection,
    account: &NewAccount,
    password_hash: &str,
    (role, verified_at): (Role, Option<NaiveDateTime>),
    created_at: NaiveDateTime,
) -> QueryResult<i64> {
    let user = NewUser {
        name: &account.name,
        email: &account.email,
        password_hash,
        role,
        verified_at,
        created_at,
    };
    users::insert(conn, &user)
}

/// The link that confirms an address.
pub fn verify_link(base_url: &str, token: &Token) -> String {
    format!("{base_url}/account/verify?token={}", token.0)
}

/// The link that opens the new-password form.
pub fn reset_link(base_url: &str, token: &Token) -> String {
    format!("{base_url}/account/reset/{}", token.0)
}

/// How long someone waits before another mail of the same kind is sent (seconds).
pub const MAIL_INTERVAL_SECONDS: i64 = 60;
