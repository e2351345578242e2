//! Signing up and confirming an email address.

use chrono::Duration;

use super::{insert_account, verify_link, MAIL_INTERVAL_SECONDS};
use crate::auth::account::NewAccount;
use crate::auth::password;
use crate::auth::token::{self, Purpose, Token};
use crate::db::mail_log;
use crate::db::tokens::{self, TokenState};
use crate::db::users;
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::domain::Role;
use crate::error::AppError;
use crate::mail::{messages, Mail};
use crate::state::AppState;

/// How often an address may be told it is already registered (seconds): once an hour.
const ALREADY_REGISTERED_INTERVAL: i64 = 60 * 60;

/// Creates the account (unverified) and returns the mail with its confirmation link; for an
/// address that already has an account, returns a mail to that account instead (at most once
/// an hour, so that a flood of sign-ups is no mail bomb), so that the page cannot tell anyone
/// which addresses are registered.
pub async fn sign_up(state: &AppState, account: NewAccount) -> Result<Option<Mail>, AppError> {
    let clear = account.password.clone();
    // Hashed in both cases, so both take the same time.
    let hash = state
        .expensive(move || password::hash(&clear))
        .await?
        .map_err(|e| AppError::Unexpected(e.into()))?;
    let base = state.settings.public_url.clone();
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let created_at = now();
                if let Some((existing, _)) = users::find_for_login(conn, &account.email)? {
                    let recipient = token::hash(&existing.email.to_lowercase());
                    let since = created_at - Duration::seconds(ALREADY_REGISTERED_INTERVAL);
                    let send =
                        mail_log::claim(conn, &recipient, "already-registered", since, created_at)?;
                    let mail = messages::already_registered(&existing.name, &existing.email, &base);
                    return Ok(send.then_some(mail));
                }
                let new = (Role::Contributor, None);
                let id = insert_account(conn, &account, &hash, new, created_at)?;
                let token = Token::generate();
                tokens::issue(conn, id, Purpose::Verify, &token.hash(), created_at)?;
                let link = verify_link(&base, &token);
                Ok(Some(messages::verify_address(
                    &account.name,
                    &account.email,
                    &link,
                )))
            })
        })
        .await
}

/// Uses a confirmation token: marks the address verified and claims the ownerless
/// commitments with that contact email. Returns the token's state and how many were claimed.
pub async fn verify(state: &AppState, presented: String) -> Result<(TokenState, usize), AppError> {
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let now = now();
                let hash = token::hash(&presented);
                let state = tokens::consume(conn, &hash, Purpose::Verify, now)?;
                let claimed = match state {
                    TokenState::Valid { user_id } => users::mark_verified(conn, user_id, now)?,
                    _ => 0,
                };
                Ok((state, claimed))
            })
        })
        .await
}

/// What asking for a new confirmation link did.
#[derive(Debug)]
pub enum Resend {
    AlreadyVerified,
    /// A link was sent less than a minute ago.
    TooSoon,
    Sent(Mail),
}

/// Issues a new confirmation link for a signed-in, unverified account.
pub async fn resend(state: &AppState, account: Account) -> Result<Resend, AppError> {
    if account.verified {
        return Ok(Resend::AlreadyVerified);
    }
    let base = state.settings.public_url.clone();
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let now = now();
                let recent = now - Duration::seconds(MAIL_INTERVAL_SECONDS);
                if tokens::issued_since(conn, account.id, Purpose::Verify, recent)? {
                    return Ok(Resend::TooSoon);
                }
                let token = Token::generate();
                tokens::issue(conn, account.id, Purpose::Verify, &token.hash(), now)?;
                let link = verify_link(&base, &token);
                let mail = messages::verify_address(&account.name, &account.email, &link);
                Ok(Resend::Sent(mail))
            })
        })
        .await
}
