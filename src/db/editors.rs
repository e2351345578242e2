//! Co-editors of commitments in the database: who they are, and the rows that make them so.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::load::find;
use super::schema::{commitment_editors, users};
use crate::domain::people::access::Standing;
use crate::domain::Commitment;

/// One co-editor, as listed on the commitment's page.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Editor {
    pub user_id: i64,
    pub name: String,
    pub email: String,
}

/// True when account `user_id` is a co-editor of commitment `id`.
pub fn is_editor(conn: &mut SqliteConnection, id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        commitment_editors::table.find((id, user_id)),
    ))
    .get_result(conn)
}

/// The standing of `viewer_id` towards `c`: its owner, and whether the viewer edits it.
pub fn standing(
    conn: &mut SqliteConnection,
    c: &Commitment,
    viewer_id: Option<i64>,
) -> QueryResult<Standing> {
    let editor = match viewer_id {
        Some(viewer) => is_editor(conn, c.id, viewer)?,
        None => false,
    };
    Ok(Standing {
        owner_id: c.owner_id,
        editor,
    })
}

/// Commitment `id` with the standing of `viewer_id` towards it, in one go.
pub fn find_with_standing(
    conn: &mut SqliteConnection,
    id: i64,
    viewer_id: Option<i64>,
) -> QueryResult<Option<(Commitment, Standing)>> {
    let Some(c) = find(conn, id)? else {
        return Ok(None);
    };
    let standing = standing(conn, &c, viewer_id)?;
    Ok(Some((c, standing)))
}

/// The co-editors of commitment `id`, by name.
pub fn list(conn: &mut SqliteConnection, id: i64) -> QueryResult<Vec<Editor>> {
    commitment_editors::table
        .inner_join(users::table)
        .filter(commitment_editors::commitment_id.eq(id))
        .order((users::name.asc(), users::id.asc()))
        .select((users::id, users::name, users::email))
        .load(conn)
}

/// The id and name of the confirmed, active account with `email` (case-insensitive).
pub fn active_account_by_email(
    conn: &mut SqliteConnection,
    email: &str,
) -> QueryResult<Option<(i64, String)>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::verified_at.is_not_null())
        .filter(users::suspended_at.is_null())
        .select((users::id, users::name))
        .first(conn)
        .optional()
}

/// Makes `user_id` a co-editor of commitment `id` (nothing happens if it is one already).
pub fn insert(
    conn: &mut SqliteConnection,
    id: i64,
    user_id: i64,
    added_by: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_or_ignore_into(commitment_editors::table)
        .values((
            commitment_editors::commitment_id.eq(id),
            commitment_editors::user_id.eq(user_id),
            commitment_editors::added_by.eq(added_by),
            commitment_editors::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Removes co-editor `user_id` from commitment `id`; false when they were not one.
pub fn delete(conn: &mut SqliteConnection, id: i64, user_id: i64) -> QueryResult<bool> {
    let removed = diesel::delete(commitment_editors::table.find((id, user_id))).execute(conn)?;
    Ok(removed > 0)
}
