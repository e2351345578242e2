//! Co-editors of commitments: who they are, adding and removing them, and handing ownership
//! to one of them.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::load::find;
use super::schema::{commitment_editors, commitments, users};
use crate::domain::people::access::Standing;
use crate::domain::Commitment;

/// One co-editor, as listed on the commitment's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub user_id: i64,
    pub name: String,
    pub email: String,
}

/// What adding an editor by email came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    /// Added: the new editor's name.
    Added(String),
    /// No account has this address.
    NoAccount,
    /// The address is the owner's.
    IsOwner,
    /// The account edits this commitment already.
    AlreadyEditor,
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
    let rows: Vec<(i64, String, String)> = commitment_editors::table
        .inner_join(users::table)
        .filter(commitment_editors::commitment_id.eq(id))
        .order((users::name.asc(), users::id.asc()))
        .select((users::id, users::name, users::email))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, name, email)| Editor {
            user_id,
            name,
            email,
        })
        .collect())
}

/// Makes the account with `email` (case-insensitive) a co-editor of commitment `id`.
pub fn add(
    conn: &mut SqliteConnection,
    id: i64,
    email: &str,
    added_by: i64,
    at: NaiveDateTime,
) -> QueryResult<AddOutcome> {
    conn.immediate_transaction(|conn| {
        // Only confirmed, active accounts: an editor must be someone who can act.
        let found: Option<(i64, String)> = users::table
            .filter(users::email.eq(email))
            .filter(users::verified_at.is_not_null())
            .filter(users::suspended_at.is_null())
            .select((users::id, users::name))
            .first(conn)
            .optional()?;
        let Some((user_id, name)) = found else {
            return Ok(AddOutcome::NoAccount);
        };
        let owner: Option<i64> = commitments::table
            .find(id)
            .select(commitments::owner_id)
            .first(conn)?;
        if owner == Some(user_id) {
            return Ok(AddOutcome::IsOwner);
        }
        if is_editor(conn, id, user_id)? {
            return Ok(AddOutcome::AlreadyEditor);
        }
        diesel::insert_into(commitment_editors::table)
            .values((
                commitment_editors::commitment_id.eq(id),
                commitment_editors::user_id.eq(user_id),
                commitment_editors::added_by.eq(added_by),
                commitment_editors::created_at.eq(at),
            ))
            .execute(conn)?;
        Ok(AddOutcome::Added(name))
    })
}

/// Removes co-editor `user_id` from commitment `id`; false when they were not one.
pub fn remove(conn: &mut SqliteConnection, id: i64, user_id: i64) -> QueryResult<bool> {
    let removed = diesel::delete(commitment_editors::table.find((id, user_id))).execute(conn)?;
    Ok(removed > 0)
}

/// Makes co-editor `user_id` the owner of commitment `id`; the previous owner, if any, becomes
/// an editor. False (nothing changed) when `user_id` is not an editor of it.
pub fn make_owner(
    conn: &mut SqliteConnection,
    id: i64,
    user_id: i64,
    by: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    conn.immediate_transaction(|conn| {
        if !remove(conn, id, user_id)? {
            return Ok(false);
        }
        let previous: Option<i64> = commitments::table
            .find(id)
            .select(commitments::owner_id)
            .first(conn)?;
        diesel::update(commitments::table.find(id))
            .set(commitments::owner_id.eq(user_id))
            .execute(conn)?;
        if let Some(previous) = previous {
            diesel::insert_or_ignore_into(commitment_editors::table)
                .values((
                    commitment_editors::commitment_id.eq(id),
                    commitment_editors::user_id.eq(previous),
                    commitment_editors::added_by.eq(by),
                    commitment_editors::created_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(true)
    })
}
