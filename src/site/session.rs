//! What the session cookie holds: who is signed in (with their session generation), when they
//! were last seen, the CSRF token, and a message for the next page.
//!
//! The cookie is signed and encrypted; it names a sign-in kept on the server (`db::sign_ins`),
//! so signing out ends it everywhere. Each request checks the sign-in and the account's
//! generation against the database (see `context`), and idle or old sign-ins end here.

use actix_session::{Session, SessionExt};
use actix_web::dev::ServiceResponse;
use serde::{Deserialize, Serialize};

use crate::auth::token::Token;
use crate::domain::Account;
use crate::error::AppError;

const LOGIN: &str = "login";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";
const LAPSED: &str = "lapsed";

/// A sign-in ends after this long without a request (seconds): 2 hours.
pub const IDLE_TIMEOUT: i64 = 2 * 60 * 60;
/// A sign-in ends this long after it started, however active (seconds): 12 hours.
pub const MAX_AGE: i64 = 12 * 60 * 60;
/// "Last seen" is rewritten at most this often (seconds), to avoid a new cookie per request.
const TOUCH_EVERY: i64 = 5 * 60;

/// Who is signed in, as the cookie says; trusted only after the database agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLogin {
    pub user_id: i64,
    /// The account's session generation when signing in.
    pub generation: i64,
    /// The server's record of this sign-in (`sign_ins.id`): deleted on sign-out.
    pub sign_in: i64,
    /// Unix time of signing in.
    pub since: i64,
    /// Unix time of the latest request.
    pub seen: i64,
}

impl SessionLogin {
    /// True when the sign-in has been idle too long or is too old, at unix time `now`.
    pub fn is_expired(&self, now: i64) -> bool {
        now - self.seen > IDLE_TIMEOUT || now - self.since > MAX_AGE
    }

    /// True when "last seen" should be rewritten.
    pub fn needs_touch(&self, now: i64) -> bool {
        now - self.seen > TOUCH_EVERY
    }
}

/// The current unix time.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn store<T: Serialize>(session: &Session, key: &str, value: T) -> Result<(), AppError> {
    session
        .insert(key, value)
        .map_err(|_| AppError::Unexpected(anyhow::anyhow!("could not store the session")))
}

/// The sign-in the cookie claims, if any (unreadable data counts as none).
pub fn login(session: &Session) -> Option<SessionLogin> {
    session.get(LOGIN).ok().flatten()
}

/// Signs the account in as sign-in `sign_in`: a fresh session state, with a new CSRF token.
pub fn start(session: &Session, account: &Account, sign_in: i64) -> Result<(), AppError> {
    let now = now();
    session.clear();
    session.renew();
    let login = SessionLogin {
        user_id: account.id,
        generation: account.session_generation,
        sign_in,
        since: now,
        seen: now,
    };
    store(session, LOGIN, login)?;
    store(session, CSRF, Token::generate().0)
}

/// Signs out: forgets everything, then keeps a new CSRF token so forms still work. The account
/// stays noted as "lapsed": a form from another tab sent afterwards is kept for it alone.
pub fn end(session: &Session) -> Result<(), AppError> {
    let signed_out = login(session).map(|l| l.user_id);
    session.clear();
    session.renew();
    if let Some(user_id) = signed_out {
        store(session, LAPSED, user_id)?;
    }
    store(session, CSRF, Token::generate().0)
}

/// Forgets a sign-in that is no longer valid (ended elsewhere, idle, suspended).
/// The account stays noted as "lapsed", so that a form sent afterwards can be kept for it.
pub fn forget_login(session: &Session) {
    if let Some(login) = login(session) {
        let _ = session.insert(LAPSED, login.user_id);
    }
    session.remove(LOGIN);
}

/// The account whose sign-in ended in this browser (idle, too old, or ended elsewhere), if any.
pub fn lapsed_account(session: &Session) -> Option<i64> {
    session.get(LAPSED).ok().flatten()
}

/// Records activity, so that idle expiry counts from now.
pub fn touch(session: &Session, login: SessionLogin, now: i64) -> Result<(), AppError> {
    store(session, LOGIN, SessionLogin { seen: now, ..login })
}

/// The session's CSRF token, if it has one.
pub fn csrf_token(session: &Session) -> Option<String> {
    session.get(CSRF).ok().flatten()
}

/// The session's CSRF token, created on first use (so anonymous visitors get one with the
/// first form they see).
pub fn ensure_csrf_token(session: &Session) -> Result<String, AppError> {
    if let Some(token) = csrf_token(session) {
        return Ok(token);
    }
    let token = Token::generate().0;
    store(session, CSRF, &token)?;
    Ok(token)
}

/// A message for the next page shown, carried by a response until the context middleware
/// moves it into the session (see `render::see_other_saying`).
pub struct Flash(pub String);

/// Moves the message `response` carries, if any, into the session, for the next page shown:
/// handlers leave messages without holding the session themselves.
pub fn keep_flash<B>(response: &mut ServiceResponse<B>) -> Result<(), AppError> {
    let flash = response.response_mut().extensions_mut().remove::<Flash>();
    match flash {
        Some(Flash(message)) => store(&response.request().get_session(), FLASH, message),
        None => Ok(()),
    }
}

/// Takes the message left for this page, if any.
pub fn take_flash(session: &Session) -> Option<String> {
    session.remove_as::<String>(FLASH).and_then(Result::ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOGIN_AT: i64 = 1_800_000_000;

    fn signed_in(seen_after: i64) -> SessionLogin {
        SessionLogin {
            user_id: 1,
            generation: 0,
            sign_in: 1,
            since: LOGIN_AT,
            seen: LOGIN_AT + seen_after,
        }
    }

    #[test]
    fn a_sign_in_ends_after_two_idle_hours() {
        let login = signed_in(0);
        assert!(!login.is_expired(LOGIN_AT + IDLE_TIMEOUT));
        assert!(login.is_expired(LOGIN_AT + IDLE_TIMEOUT + 1));
    }

    #[test]
    fn an_active_sign_in_still_ends_after_twelve_hours() {
        let login = signed_in(MAX_AGE - 60);
        assert!(!login.is_expired(LOGIN_AT + MAX_AGE));
        assert!(login.is_expired(LOGIN_AT + MAX_AGE + 1));
    }

    #[test]
    fn last_seen_is_rewritten_only_now_and_then() {
        let login = signed_in(0);
        assert!(!login.needs_touch(LOGIN_AT + 60));
        assert!(login.needs_touch(LOGIN_AT + TOUCH_EVERY + 1));
    }
}
