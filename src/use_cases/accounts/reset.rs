//! Resetting a forgotten password through a mailed, single-use link.

use super::{issue_token, mailed_lately, reset_link};
use crate::auth::password;
use crate::auth::throttle;
use crate::auth::token::{self, Purpose};
use crate::db::throttle as counters;
use crate::db::tokens::{self, TokenState};
use crate::db::users;
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::error::AppError;
use crate::i18n::{render_in, Lang};
use crate::mail::{messages, Mail};
use crate::state::AppState;
use crate::use_cases::mail_language;

/// The mail with a reset link, when `email` belongs to an active account that was not sent
/// one in the last minute; `None` otherwise (the page says the same either way). The mail goes
/// in the language the account chose, else `lang` (the page's).
pub async fn request(
    state: &AppState,
    email: String,
    lang: Lang,
) -> Result<Option<Mail>, AppError> {
    let base = state.settings.public_url.clone();
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let Some((account, _)) = users::find_for_login(conn, &email)? else {
                    return Ok(None);
                };
                let now = now();
                if account.suspended || mailed_lately(conn, account.id, Purpose::Reset, now)? {
                    return Ok(None);
                }
                let token = issue_token(conn, account.id, Purpose::Reset, now)?;
                let link = reset_link(&base, &token);
                let lang = mail_language::of_account(conn, account.id, lang)?;
                let (name, email) = (&account.name, &account.email);
                let mail = render_in(lang, || messages::reset_password(name, email, &link));
                Ok(Some(mail))
            })
        })
        .await
}

/// What a presented reset token is, and whose account it opens (when valid).
pub async fn check(
    state: &AppState,
    presented: String,
) -> Result<(TokenState, Option<Account>), AppError> {
    state
        .db(move |conn| {
            let state = tokens::check(conn, &token::hash(&presented), Purpose::Reset, now())?;
            let account = match state {
                TokenState::Valid { user_id } => users::find(conn, user_id)?,
                _ => None,
            };
            Ok((state, account))
        })
        .await
}

/// Uses the token to set a new password (already checked against the rules): ends every
/// session of the account, confirms its address (the mail arrived) and clears its failed
/// sign-ins. Returns the token's state; nothing changes unless it was valid.
pub async fn complete(
    state: &AppState,
    presented: String,
    new_password: String,
) -> Result<TokenState, AppError> {
    let hash = state
        .expensive(move || password::hash(&new_password))
        .await?
        .map_err(|e| AppError::Unexpected(e.into()))?;
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let now = now();
                let state = tokens::consume(conn, &token::hash(&presented), Purpose::Reset, now)?;
                if let TokenState::Valid { user_id } = state {
                    users::set_password(conn, user_id, &hash)?;
                    users::mark_verified(conn, user_id, now)?;
                    if let Some(account) = users::find(conn, user_id)? {
                        counters::clear(conn, &throttle::account_subject(&account.email))?;
                    }
                }
                Ok(state)
            })
        })
        .await
}
