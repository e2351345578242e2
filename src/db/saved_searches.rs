//! Saved searches: the ones an account keeps, and for alerts which matches each has mailed.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::id_set::in_ids;
use super::schema::{commitments, saved_search_hits, saved_searches, users};
use crate::domain::Workflow;

/// A search kept by an account: its name and its query string (without `?`).
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub query: String,
    pub created_at: NaiveDateTime,
    /// The day of the latest alert mail, if any.
    pub last_mailed_on: Option<NaiveDate>,
}

/// A saved search with the account its alerts go to.
#[derive(Debug, Clone, Queryable)]
pub struct Subscriber {
    pub search: SavedSearch,
    pub name: String,
    pub email: String,
}

/// A newly matching published commitment, as an alert lists it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct NewMatch {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
}

/// The account's saved searches, oldest first.
pub fn list_for(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<Vec<SavedSearch>> {
    saved_searches::table
        .filter(saved_searches::user_id.eq(user_id))
        .order(saved_searches::id.asc())
        .load(conn)
}

/// Saves a search unless the account already has `cap` of them; `None` when at the cap.
pub fn add_within(
    conn: &mut SqliteConnection,
    user_id: i64,
    (name, query): (&str, &str),
    cap: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    conn.immediate_transaction(|conn| {
        let count: i64 = saved_searches::table
            .filter(saved_searches::user_id.eq(user_id))
            .count()
            .get_result(conn)?;
        if count >= cap {
            return Ok(None);
        }
        diesel::insert_into(saved_searches::table)
            .values((
                saved_searches::user_id.eq(user_id),
                saved_searches::name.eq(name),
                saved_searches::query.eq(query),
                saved_searches::created_at.eq(now),
            ))
            .returning(saved_searches::id)
            .get_result(conn)
            .map(Some)
    })
}

/// Deletes the account's saved search `id` (and its alert log); false when it has none such.
pub fn delete(conn: &mut SqliteConnection, user_id: i64, id: i64) -> QueryResult<bool> {
    let mine = saved_searches::table
        .filter(saved_searches::id.eq(id))
        .filter(saved_searches::user_id.eq(user_id));
    diesel::delete(mine).execute(conn).map(|n| n > 0)
}

/// Every saved search of an active, confirmed account, by id.
pub fn subscribers(conn: &mut SqliteConnection) -> QueryResult<Vec<Subscriber>> {
    saved_searches::table
        .inner_join(users::table)
        .filter(users::verified_at.is_not_null())
        .filter(users::suspended_at.is_null())
        .order(saved_searches::id.asc())
        .select((saved_searches::all_columns, users::name, users::email))
        .load(conn)
}

/// Of `ids`, the published commitments published at or after `since` that search `search_id`
/// has not mailed yet, newest first.
pub fn unmailed_since(
    conn: &mut SqliteConnection,
    search_id: i64,
    ids: &[i64],
    since: NaiveDateTime,
) -> QueryResult<Vec<NewMatch>> {
    let mailed: HashSet<i64> = saved_search_hits::table
        .filter(saved_search_hits::saved_search_id.eq(search_id))
        .select(saved_search_hits::commitment_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let fresh: Vec<NewMatch> = commitments::table
        .filter(in_ids(commitments::id, ids))
        .filter(commitments::workflow.eq(Workflow::Published.slug()))
        .filter(commitments::published_at.ge(since))
        .order((commitments::published_at.desc(), commitments::id.asc()))
        .select((
            commitments::id,
            commitments::title,
            commitments::lead_entity,
        ))
        .load(conn)?;
    Ok(fresh
        .into_iter()
        .filter(|found| !mailed.contains(&found.id))
        .collect())
}

/// Records that search `search_id` mailed `ids` today: none of them goes out again, and the
/// search mails no more today.
pub fn record_mail(
    conn: &mut SqliteConnection,
    search_id: i64,
    ids: &[i64],
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.immediate_transaction(|conn| {
        let rows: Vec<_> = ids
            .iter()
            .map(|id| {
                (
                    saved_search_hits::saved_search_id.eq(search_id),
                    saved_search_hits::commitment_id.eq(*id),
                    saved_search_hits::mailed_at.eq(now),
                )
            })
            .collect();
        diesel::insert_or_ignore_into(saved_search_hits::table)
            .values(rows)
            .execute(conn)?;
        diesel::update(saved_searches::table.find(search_id))
            .set(saved_searches::last_mailed_on.eq(now.date()))
            .execute(conn)
            .map(drop)
    })
}
