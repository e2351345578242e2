//! Form drafts: what someone typed when their sign-in had ended, kept for a day.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::form_drafts;

/// How long a draft is kept.
pub const DRAFT_LIFETIME_HOURS: i64 = 24;

/// Keeps a form body under the token's hash; forgets drafts older than a day.
pub fn save(
    conn: &mut SqliteConnection,
    token_hash: &str,
    body: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.immediate_transaction(|conn| {
        let stale = now - Duration::hours(DRAFT_LIFETIME_HOURS);
        diesel::delete(form_drafts::table.filter(form_drafts::created_at.lt(stale)))
            .execute(conn)?;
        diesel::insert_into(form_drafts::table)
            .values((
                form_drafts::token_hash.eq(token_hash),
                form_drafts::body.eq(body),
                form_drafts::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Takes a draft out (it can be used once), if it exists and is less than a day old.
pub fn take(
    conn: &mut SqliteConnection,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    conn.immediate_transaction(|conn| {
        let found: Option<(i64, String, NaiveDateTime)> = form_drafts::table
            .filter(form_drafts::token_hash.eq(token_hash))
            .select((form_drafts::id, form_drafts::body, form_drafts::created_at))
            .first(conn)
            .optional()?;
        let Some((id, body, created_at)) = found else {
            return Ok(None);
        };
        diesel::delete(form_drafts::table.find(id)).execute(conn)?;
        Ok((created_at > now - Duration::hours(DRAFT_LIFETIME_HOURS)).then_some(body))
    })
}
