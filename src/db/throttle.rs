//! Counters of recent failed sign-ins per account (keys are hashes), and the claim of an attempt.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::login_failures;
use crate::auth::throttle::{count_after_failure, wait, Failures, LoginDelay};

/// The recent failures of a subject, if any.
pub fn failures(conn: &mut SqliteConnection, subject: &str) -> QueryResult<Option<Failures>> {
    login_failures::table
        .find(subject)
        .select((login_failures::failures, login_failures::last_failure_at))
        .first::<(i64, NaiveDateTime)>(conn)
        .optional()
        .map(|row| row.map(|(count, last)| Failures { count, last }))
}

/// Claims the right to check one password for `subject` at `now`: `Err(wait)` while its delay
/// runs; else the attempt is counted as a failure at once (a success clears it), so that
/// attempts sent in parallel wait their turn like attempts sent one after the other.
pub fn claim_attempt(
    conn: &mut SqliteConnection,
    subject: &str,
    policy: LoginDelay,
    now: NaiveDateTime,
) -> QueryResult<Result<(), std::time::Duration>> {
    conn.immediate_transaction(|conn| {
        let recent = failures(conn, subject)?;
        if let Some(remaining) = wait(policy, recent, now) {
            return Ok(Err(remaining));
        }
        diesel::replace_into(login_failures::table)
            .values((
                login_failures::subject_hash.eq(subject),
                login_failures::failures.eq(count_after_failure(recent, now)),
                login_failures::last_failure_at.eq(now),
            ))
            .execute(conn)?;
        Ok(Ok(()))
    })
}

/// Forgets the failures of a subject (after a successful sign-in or a password reset).
pub fn clear(conn: &mut SqliteConnection, subject: &str) -> QueryResult<()> {
    diesel::delete(login_failures::table.find(subject))
        .execute(conn)
        .map(drop)
}
