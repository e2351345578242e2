//! When a kind of mail last went to an address, so that strangers cannot turn the registry
//! into a mail bomb.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::mail_log;

/// Records that mail of `kind` goes to the address hashed as `recipient_hash` at `at`, unless
/// one went after `since`; true when this one may go. Call inside the caller's transaction.
pub fn claim(
    conn: &mut SqliteConnection,
    recipient_hash: &str,
    kind: &str,
    since: NaiveDateTime,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let last: Option<NaiveDateTime> = mail_log::table
        .find((recipient_hash, kind))
        .select(mail_log::sent_at)
        .first(conn)
        .optional()?;
    if last.is_some_and(|sent| sent > since) {
        return Ok(false);
    }
    diesel::replace_into(mail_log::table)
        .values((
            mail_log::recipient_hash.eq(recipient_hash),
            mail_log::kind.eq(kind),
            mail_log::sent_at.eq(at),
        ))
        .execute(conn)?;
    Ok(true)
}
