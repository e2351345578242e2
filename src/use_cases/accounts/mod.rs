//! What people do with accounts, end to end: sign up, confirm, sign in, reset, and accounts
//! created by the command line. Handlers call these; they call the rules and the queries.

pub mod admin;
pub mod create;
pub mod login;
pub mod reset;
pub mod signup;

use crate::auth::token::Token;

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
