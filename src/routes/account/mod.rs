//! Accounts: sign-up, sign-in and out, password reset, and the account page.

pub(super) mod drafts;
pub(super) mod language;
pub(super) mod login;
pub(super) mod mail_preferences;
pub(super) mod reset;
pub(super) mod searches;
pub(super) mod show;
pub(super) mod signup;

use actix_session::Session;

use crate::db::sign_ins;
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::error::AppError;
use crate::site::session;
use crate::state::AppState;

/// Starts a sign-in for `account` in this browser (recorded, so that it can be ended from
/// anywhere); `how` says in the log how the person proved who they are.
async fn start_signed_in(
    state: &AppState,
    session: &Session,
    account: &Account,
    how: &'static str,
) -> Result<(), AppError> {
    let user_id = account.id;
    let sign_in = state
        .db(move |conn| {
            let at = now();
            let oldest = at - chrono::Duration::seconds(session::MAX_AGE);
            Ok(sign_ins::start(conn, user_id, at, oldest)?)
        })
        .await?;
    session::start(session, account, sign_in)?;
    tracing::info!(user_id, how, "signed in");
    Ok(())
}
