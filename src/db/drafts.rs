//! Kept forms: what someone sent when their sign-in or form token had ended, kept for a day.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::form_drafts;

/// How long a kept form is kept.
pub const DRAFT_LIFETIME_HOURS: i64 = 24;
/// How many kept forms one account may have at a time (the oldest go first).
pub const DRAFTS_PER_ACCOUNT: i64 = 3;
/// How many forms one client address may have kept per day (the rest are refused).
pub const DRAFTS_PER_ADDRESS: i64 = 10;
/// The largest form body kept, in bytes.
pub const DRAFT_MAX_BYTES: usize = 256 * 1024;

/// A form to keep.
#[derive(Debug, Insertable)]
#[diesel(table_name = form_drafts)]
pub struct KeptForm<'a> {
    /// The hash of the random key held by the browser.
    pub key_hash: &'a str,
    /// The account it is for, when the browser still said whose it was.
    pub user_id: Option<i64>,
    /// A hash of the client's address.
    pub client_hash: &'a str,
    /// The path the form was posted to.
    pub form_path: &'a str,
    /// The urlencoded body, without its form token.
    pub body: &'a str,
}

/// Keeps `form`, forgetting stale forms and an account's surplus ones; false (nothing kept)
/// when the address has kept its share for the day.
pub fn keep(conn: &mut SqliteConnection, form: &KeptForm, now: NaiveDateTime) -> QueryResult<bool> {
    conn.immediate_transaction(|conn| {
        let stale = now - Duration::hours(DRAFT_LIFETIME_HOURS);
        diesel::delete(form_drafts::table.filter(form_drafts::created_at.lt(stale)))
            .execute(conn)?;
        let from_address: i64 = form_drafts::table
            .filter(form_drafts::client_hash.eq(form.client_hash))
            .count()
            .get_result(conn)?;
        if from_address >= DRAFTS_PER_ADDRESS {
            return Ok(false);
        }
        diesel::insert_into(form_drafts::table)
            .values((form, form_drafts::created_at.eq(now)))
            .execute(conn)?;
        if let Some(user_id) = form.user_id {
            forget_surplus(conn, user_id)?;
        }
        Ok(true)
    })
}

fn forget_surplus(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<()> {
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
    .execute(conn)
    .map(drop)
}

/// Takes out (it comes back once) the newest form posted to `form_path` under one of the
/// browser's keys, less than a day old, kept for `user_id` or for nobody in particular.
pub fn take(
    conn: &mut SqliteConnection,
    key_hashes: &[String],
    form_path: &str,
    user_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    if key_hashes.is_empty() {
        return Ok(None);
    }
    conn.immediate_transaction(|conn| {
        let fresh = now - Duration::hours(DRAFT_LIFETIME_HOURS);
        let found: Option<(i64, String)> = form_drafts::table
            .filter(form_drafts::key_hash.eq_any(key_hashes))
            .filter(form_drafts::form_path.eq(form_path))
            .filter(
                form_drafts::user_id
                    .is_null()
                    .or(form_drafts::user_id.eq(user_id)),
            )
            .filter(form_drafts::created_at.gt(fresh))
            .order(form_drafts::id.desc())
            .select((form_drafts::id, form_drafts::body))
            .first(conn)
            .optional()?;
        let Some((id, body)) = found else {
            return Ok(None);
        };
        diesel::delete(form_drafts::table.find(id)).execute(conn)?;
        Ok(Some(body))
    })
}
