//! Drafts a person saved on purpose: a registration or an edit as typed, theirs only.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::saved_drafts;

/// How many drafts one account may keep.
pub const SAVED_DRAFTS_PER_ACCOUNT: i64 = 50;
/// The largest draft kept, in bytes of its form body.
pub const SAVED_DRAFT_MAX_BYTES: usize = 256 * 1024;

/// One saved draft.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = saved_drafts)]
pub struct SavedDraft {
    pub id: i64,
    pub user_id: i64,
    /// The commitment being edited; `None` for a registration.
    pub commitment_id: Option<i64>,
    /// The title as typed (may be empty).
    pub title: String,
    /// The urlencoded form body, without its form token.
    pub body: String,
    pub updated_at: NaiveDateTime,
}

/// What to save.
#[derive(Debug)]
pub struct DraftContent<'a> {
    pub user_id: i64,
    pub commitment_id: Option<i64>,
    pub title: &'a str,
    pub body: &'a str,
}

/// Saves `draft` over draft `existing` when that is the person's own draft of the same form,
/// else as a new draft. Returns its id, or `None` when the account already has its share.
pub fn save(
    conn: &mut SqliteConnection,
    existing: Option<i64>,
    draft: &DraftContent,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    conn.immediate_transaction(|conn| {
        let mine = saved_drafts::table
            .filter(saved_drafts::user_id.eq(draft.user_id))
            .filter(saved_drafts::commitment_id.is(draft.commitment_id));
        if let Some(id) = existing {
            let updated = diesel::update(mine.filter(saved_drafts::id.eq(id)))
                .set((
                    saved_drafts::title.eq(draft.title),
                    saved_drafts::body.eq(draft.body),
                    saved_drafts::updated_at.eq(now),
                ))
                .execute(conn)?;
            if updated == 1 {
                return Ok(Some(id));
            }
        }
        let count: i64 = saved_drafts::table
            .filter(saved_drafts::user_id.eq(draft.user_id))
            .count()
            .get_result(conn)?;
        if count >= SAVED_DRAFTS_PER_ACCOUNT {
            return Ok(None);
        }
        let id = diesel::insert_into(saved_drafts::table)
            .values((
                saved_drafts::user_id.eq(draft.user_id),
                saved_drafts::commitment_id.eq(draft.commitment_id),
                saved_drafts::title.eq(draft.title),
                saved_drafts::body.eq(draft.body),
                saved_drafts::created_at.eq(now),
                saved_drafts::updated_at.eq(now),
            ))
            .returning(saved_drafts::id)
            .get_result(conn)?;
        Ok(Some(id))
    })
}

/// The account's drafts, the latest saved first.
pub fn list(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<Vec<SavedDraft>> {
    saved_drafts::table
        .filter(saved_drafts::user_id.eq(user_id))
        .order((saved_drafts::updated_at.desc(), saved_drafts::id.desc()))
        .select(SavedDraft::as_select())
        .load(conn)
}

/// Draft `id` if it is `user_id`'s.
pub fn find(conn: &mut SqliteConnection, user_id: i64, id: i64) -> QueryResult<Option<SavedDraft>> {
    saved_drafts::table
        .filter(saved_drafts::id.eq(id))
        .filter(saved_drafts::user_id.eq(user_id))
        .select(SavedDraft::as_select())
        .first(conn)
        .optional()
}

/// Deletes draft `id` if it is `user_id`'s; true when it was.
pub fn delete(conn: &mut SqliteConnection, user_id: i64, id: i64) -> QueryResult<bool> {
    let deleted = diesel::delete(
        saved_drafts::table
            .filter(saved_drafts::id.eq(id))
            .filter(saved_drafts::user_id.eq(user_id)),
    )
    .execute(conn)?;
    Ok(deleted == 1)
}
