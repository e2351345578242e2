//! What people do with accounts, end to end: sign up, confirm, sign in, reset, and accounts
//! created by the command line. Handlers call these; they call the rules and the queries.

pub mod admin;
pub mod create;
pub mod login;
pub mod reset;
pub mod signup;

use chrono::{Duration, NaiveDateTime};
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::auth::account::NewAccount;
use crate::auth::token::{Purpose, Token};
use crate::db::tokens;
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

/// A new single-use token of `purpose` for account `user_id`, stored hashed; the token itself
/// goes into the mailed link.
fn issue_token(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<Token> {
    let token = Token::generate();
    tokens::issue(conn, user_id, purpose, &token.hash(), now)?;
    Ok(token)
}

/// Whether a token of `purpose` went to account `user_id` within the mail interval (then no
/// new mail of that kind is sent).
fn mailed_lately(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let recent = now - Duration::seconds(MAIL_INTERVAL_SECONDS);
    tokens::issued_since(conn, user_id, purpose, recent)
}
