//! Signing in: slowed per account after failures, and saying the same thing whether or not
//! the account exists.

use crate::auth::password;
use crate::auth::throttle::{self, LoginDelay};
use crate::db::account_events::suspension_reason;
use crate::db::throttle as counters;
use crate::db::users;
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::error::AppError;
use crate::state::AppState;

/// What a sign-in attempt came to.
#[derive(Debug)]
pub enum Attempt {
    /// The email and password match an active account.
    SignedIn(Account),
    /// The account is suspended (whatever the password, so that this tells nothing of it),
    /// with the admin's reason, if they gave one.
    Suspended { reason: Option<String> },
    /// Wrong email or password (the same answer for both).
    Refused,
    /// Too many recent failures for this account: not checked; send it again after the wait.
    Wait(std::time::Duration),
}

/// Tries to sign in. Each attempt at an account is counted as a failure before the password
/// is checked and forgotten when it was right; after a few failures each attempt must wait
/// a growing delay, which the right password from anyone has to wait too, but no longer.
pub async fn attempt(
    state: &AppState,
    email: String,
    password: String,
) -> Result<Attempt, AppError> {
    let subject = throttle::account_subject(&email);
    let settings = state.rate.settings();
    let policy = LoginDelay {
        free_failures: settings.free_sign_in_failures,
        max_delay: settings.max_sign_in_delay,
    };
    let claimed = {
        let subject = subject.clone();
        state
            .db(move |conn| Ok(counters::claim_attempt(conn, &subject, policy, now())?))
            .await?
    };
    if let Err(wait) = claimed {
        return Ok(Attempt::Wait(wait));
    }
    let found = state
        .db(move |conn| Ok(users::find_for_login(conn, &email)?))
        .await?;
    let (account, stored) = match found {
        Some((account, hash)) => (Some(account), Some(hash)),
        None => (None, None),
    };
    // Hashed whatever the account, within the bound on expensive work: the same time for an
    // unknown address, a wrong password, a right one and a suspended account.
    let matches = state
        .expensive(move || match stored {
            Some(hash) => password::verify(&password, &hash),
            None => password::verify_dummy(&password),
        })
        .await?;
    match account {
        // A suspended account answers the same to any password, so the answer tells
        // nothing about whether a guessed password was right; the attempt stays counted.
        Some(account) if account.suspended => {
            let id = account.id;
            let reason = state
                .db(move |conn| Ok(suspension_reason(conn, id)?))
                .await?;
            Ok(Attempt::Suspended { reason })
        }
        Some(account) if matches => {
            state
                .db(move |conn| Ok(counters::clear(conn, &subject)?))
                .await?;
            Ok(Attempt::SignedIn(account))
        }
        _ => Ok(Attempt::Refused),
    }
}
