//! Form drafts: what someone typed when their sign-in had ended, kept for a day, for them only.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::form_drafts;

/// How long a draft is kept.
pub const DRAFT_LIFETIME_HOURS: i64 = 24;
/// How many drafts one account may have at a time (the oldest go first).
pub const DRAFTS_PER_ACCOUNT: i64 = 3;

/// Keeps a form body for `user_id` under the token's hash; forgets stale and surplus drafts.
pub fn save(
    conn: &mut SqliteConnection,
    user_id: i64,
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
                form_drafts::user_id.eq(user_id),
                form_drafts::body.eq(body),
                form_drafts::created_at.eq(now),
            ))
            .execute(conn)?;
        let keep: Vec<i64> = form_drafts::table
            .filter(form_drafts::user_id.eq(user_id))
            .order(form_drafts::id.desc())
            .select(form_drafts::id)
            .limit(DRAFTS_PER_ACCOUNT)
            .load(conn)?;
        diesel::delete(
            form_drafts::table
                .filter(form_drafts::user_id.eq(user_id))
                .filter(form_drafts::id.ne_all(keep)),
        )
        .execute(conn)?;
        Ok(())
    })
}

/// Takes `user_id`'s draft out (it can be used once), if it is theirs and less than a day old.
pub fn take(
    conn: &mut SqliteConnection,
    user_id: i64,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    conn.immediate_transaction(|conn| {
        let mine = form_drafts::table
            .filter(form_drafts::token_hash.eq(token_hash))
            .filter(form_drafts::user_id.eq(user_id));
        let found: Option<(i64, String, NaiveDateTime)> = mine
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
