//! What admins did to accounts, with their reasons: suspensions and their lifting. The
//! newest suspension of an account says why it is suspended.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{account_events, users};

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEvent {
    pub user_id: i64,
    /// The account's name, for the log.
    pub name: String,
    /// `suspended` or `unsuspended`.
    pub event: String,
    pub reason: String,
    /// The admin's name, if their account still exists.
    pub by: Option<String>,
    pub at: NaiveDateTime,
}

/// Records an event (`suspended` or `unsuspended`) on an account.
pub fn record(conn: &mut SqliteConnection, event: &EventRow) -> QueryResult<()> {
    diesel::insert_into(account_events::table)
        .values(event)
        .execute(conn)?;
    Ok(())
}

/// A line as stored: what `record` writes, and what is read before the names are looked up.
#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = account_events)]
pub struct EventRow {
    pub user_id: i64,
    pub event: String,
    pub reason: String,
    /// The admin who did it.
    pub actor_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

fn with_names(conn: &mut SqliteConnection, rows: Vec<EventRow>) -> QueryResult<Vec<AccountEvent>> {
    let mut ids: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
    ids.extend(rows.iter().filter_map(|r| r.actor_id));
    let names: HashMap<i64, String> = users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| AccountEvent {
            user_id: row.user_id,
            name: names.get(&row.user_id).cloned().unwrap_or_default(),
            event: row.event,
            reason: row.reason,
            by: row.actor_id.and_then(|a| names.get(&a).cloned()),
            at: row.created_at,
        })
        .collect())
}

/// The newest suspension of each of these accounts, by account id.
pub fn suspensions_of(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> QueryResult<HashMap<i64, AccountEvent>> {
    let rows: Vec<EventRow> = account_events::table
        .filter(account_events::user_id.eq_any(ids))
        .filter(account_events::event.eq("suspended"))
        .order(account_events::id.asc())
        .select(EventRow::as_select())
        .load(conn)?;
    // Ascending, so the newest of each account is the one kept.
    Ok(with_names(conn, rows)?
        .into_iter()
        .map(|e| (e.user_id, e))
        .collect())
}

/// The reason of account `user_id`'s newest suspension, if it has one.
pub fn suspension_reason(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<Option<String>> {
    account_events::table
        .filter(account_events::user_id.eq(user_id))
        .filter(account_events::event.eq("suspended"))
        .order(account_events::id.desc())
        .select(account_events::reason)
        .first(conn)
        .optional()
}

/// The newest `limit` lines of the log, newest first.
pub fn latest(conn: &mut SqliteConnection, limit: i64) -> QueryResult<Vec<AccountEvent>> {
    let rows: Vec<EventRow> = account_events::table
        .order(account_events::id.desc())
        .limit(limit)
        .select(EventRow::as_select())
        .load(conn)?;
    with_names(conn, rows)
}
