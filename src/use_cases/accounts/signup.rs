//! Signing up and confirming an email address.

use chrono::Duration;

use super::{insert_account, issue_token, mailed_lately, verify_link};
use crate::auth::account::NewAccount;
use crate::auth::next::local_path;
use crate::auth::password;
use crate::auth::token::{self, Purpose};
use crate::db::mail_log;
use crate::db::tokens::{self, TokenState};
use crate::db::{user_language, users};
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::domain::Role;
use crate::error::AppError;
use crate::i18n::{render_in, Lang};
use crate::mail::{messages, Mail};
use crate::state::AppState;
use crate::use_cases::mail_language;

/// How often an address may be told it is already registered (seconds): once an hour.
const ALREADY_REGISTERED_INTERVAL: i64 = 60 * 60;

/// Creates the account (unverified) and returns the mail with its confirmation link; for an
/// address that already has an account, returns a mail to that account instead (at most once
/// an hour, so that a flood of sign-ups is no mail bomb), so that the page cannot tell anyone
/// which addresses are registered.
///
/// `next` (a local path) is where the person was going: confirming the address takes them there.
pub async fn sign_up(
    state: &AppState,
    account: NewAccount,
    next: Option<String>,
    lang: Lang,
) -> Result<Option<Mail>, AppError> {
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
                    let lang = mail_language::of_account(conn, existing.id, lang)?;
                    let mail = render_in(lang, || {
                        messages::already_registered(&existing.name, &existing.email, &base)
                    });
                    return Ok(send.then_some(mail));
                }
                let new = (Role::Contributor, None);
                let id = insert_account(conn, &account, &hash, new, created_at)?;
                user_language::set(conn, id, Some(lang.code()))?;
                let token = issue_token(conn, id, Purpose::Verify, created_at)?;
                if let Some(next) = next.as_deref().and_then(local_path) {
                    tokens::remember_next(conn, &token.hash(), next)?;
                }
                let link = verify_link(&base, &token);
                let (name, email) = (&account.name, &account.email);
                let mail = render_in(lang, || messages::verify_address(name, email, &link));
                Ok(Some(mail))
            })
        })
        .await
}

/// What following a confirmation link did.
#[derive(Debug)]
pub struct Confirmation {
    pub state: TokenState,
    /// How many ownerless commitments with that contact email became the account's.
    pub claimed: usize,
    /// The account, now verified, to sign in (not when suspended).
    pub account: Option<Account>,
    /// Where the person was going when they signed up (a local path).
    pub next: Option<String>,
}

/// Uses a confirmation token: marks the address verified and claims the ownerless
/// commitments with that contact email.
pub async fn verify(state: &AppState, presented: String) -> Result<Confirmation, AppError> {
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let now = now();
                let hash = token::hash(&presented);
                let state = tokens::consume(conn, &hash, Purpose::Verify, now)?;
                let TokenState::Valid { user_id } = state else {
                    let (claimed, account, next) = (0, None, None);
                    return Ok(Confirmation {
                        state,
                        claimed,
                        account,
                        next,
                    });
                };
                let claimed = users::mark_verified(conn, user_id, now)?;
                let account = users::find(conn, user_id)?.filter(|a| !a.suspended);
                let next = tokens::next_of(conn, &hash)?;
                Ok(Confirmation {
                    state,
                    claimed,
                    account,
                    next,
                })
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
/// The mail goes in the language the account chose, else `lang` (the page's).
pub async fn resend(state: &AppState, account: Account, lang: Lang) -> Result<Resend, AppError> {
    if account.verified {
        return Ok(Resend::AlreadyVerified);
    }
    let base = state.settings.public_url.clone();
    state
        .db(move |conn| {
            conn.immediate_transaction(|conn| {
                let now = now();
                if mailed_lately(conn, account.id, Purpose::Verify, now)? {
                    return Ok(Resend::TooSoon);
                }
                let token = issue_token(conn, account.id, Purpose::Verify, now)?;
                let link = verify_link(&base, &token);
                let lang = mail_language::of_account(conn, account.id, lang)?;
                let (name, email) = (&account.name, &account.email);
                let mail = render_in(lang, || messages::verify_address(name, email, &link));
                Ok(Resend::Sent(mail))
            })
        })
        .await
}
