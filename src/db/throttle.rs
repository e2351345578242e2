//! Counters of recent failed sign-ins, per account and per client address (keys are hashes).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::login_failures;
use crate::auth::throttle::{count_after_failure, Failures};

/// The recent failures of a subject, if any.
pub fn failures(conn: &mut SqliteConnection, subject: &str) -> QueryResult<Option<Failures>> {
    login_failures::table
        .find(subject)
        .select((login_failures::failures, login_failures::last_failure_at))
        .first::<(i64, NaiveDateTime)>(conn)
        .optional()
        .map(|row| row.map(|(count, last)| Failures { count, last }))
}

/// Counts one more failure for each subject, in one immediate transaction.
pub fn record_failure(
    conn: &mut SqliteConnection,
    subjects: &[&str],
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.immediate_transaction(|conn| {
        for subject in subjects {
            let count = count_after_failure(failures(conn, subject)?, now);
            diesel::replace_into(login_failures::table)
                .values((
                    login_failures::subject_hash.eq(*subject),
                    login_failures::failures.eq(count),
                    login_failures::last_failure_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Forgets the failures of a subject (after a successful sign-in or a password reset).
pub fn clear(conn: &mut SqliteConnection, subject: &str) -> QueryResult<()> {
    diesel::delete(login_failures::table.find(subject))
        .execute(conn)
        .map(drop)
}
