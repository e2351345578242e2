//! Signing in: throttled, and saying the same thing whether or not the account exists.

use crate::auth::password;
use crate::auth::throttle::{self, Verdict, ACCOUNT, ADDRESS};
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
    /// The account is suspended (whatever the password, so that this tells nothing of it).
    Suspended,
    /// Wrong email or password (the same answer for both).
    Refused,
    /// Too many recent failures: refused without checking, until this time (UTC).
    Locked { until: chrono::NaiveDateTime },
}

/// Tries to sign in from `address` (the client's IP, when known).
pub async fn attempt(
    state: &AppState,
    email: String,
    password: String,
    address: Option<String>,
) -> Result<Attempt, AppError> {
    let mut subjects = vec![throttle::account_subject(&email)];
    subjects.extend(address.as_deref().map(throttle::address_subject));
    let verdict = {
        let subjects = subjects.clone();
        state.db(move |conn| verdict(conn, &subjects)).await?
    };
    match verdict {
        Verdict::Refuse { until } => return Ok(Attempt::Locked { until }),
        Verdict::Slow(delay) => actix_web::rt::time::sleep(delay).await,
        Verdict::Allow => {}
    }
    let found = {
        let email = email.clone();
        state
            .db(move |conn| Ok(users::find_for_login(conn, &email)?))
            .await?
    };
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
    state
        .db(move |conn| match account {
            // A suspended account answers the same to any password, so the answer tells
            // nothing about whether a guessed password was right.
            Some(account) if account.suspended => Ok(Attempt::Suspended),
            Some(account) if matches => {
                counters::clear(conn, &subjects[0])?;
                Ok(Attempt::SignedIn(account))
            }
            _ => {
                let subjects: Vec<&str> = subjects.iter().map(String::as_str).collect();
                counters::record_failure(conn, &subjects, now())?;
                Ok(Attempt::Refused)
            }
        })
        .await
}

/// The stricter verdict of the account's and the address's counters.
fn verdict(conn: &mut diesel::SqliteConnection, subjects: &[String]) -> Result<Verdict, AppError> {
    let now = now();
    let mut verdict = Verdict::Allow;
    for (index, subject) in subjects.iter().enumerate() {
        let limits = if index == 0 { ACCOUNT } else { ADDRESS };
        let failures = counters::failures(conn, subject)?;
        verdict = verdict.and(throttle::verdict(limits, failures, now));
    }
    Ok(verdict)
}
