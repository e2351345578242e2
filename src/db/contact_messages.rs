//! Messages sent through commitments' contact forms: when each account sent them, so that an
//! account sends at most a few a day.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::contact_messages;

/// When account `sender_id` sent contact messages after `since`, oldest first.
pub fn sent_since(
    conn: &mut SqliteConnection,
    sender_id: i64,
    since: NaiveDateTime,
) -> QueryResult<Vec<NaiveDateTime>> {
    contact_messages::table
        .filter(contact_messages::sender_id.eq(sender_id))
        .filter(contact_messages::sent_at.gt(since))
        .order(contact_messages::sent_at.asc())
        .select(contact_messages::sent_at)
        .load(conn)
}

/// Records that `sender_id` wrote to the contact of commitment `commitment_id` at `at`.
pub fn record(
    conn: &mut SqliteConnection,
    sender_id: i64,
    commitment_id: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(contact_messages::table)
        .values((
            contact_messages::sender_id.eq(sender_id),
            contact_messages::commitment_id.eq(commitment_id),
            contact_messages::sent_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}
