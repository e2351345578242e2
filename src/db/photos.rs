//! The `photos` table: the photos of each commitment, and who may see and change them.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::editors::is_editor;
use super::schema::{commitments, photos};
use crate::domain::people::access::Standing;
use crate::domain::Workflow;

/// A stored photo.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = photos)]
pub struct Photo {
    pub id: i64,
    pub commitment_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub width: i32,
    pub height: i32,
    pub alt_text: String,
    pub caption: String,
}

/// A photo to add, its file written already under a temporary name.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = photos)]
pub struct NewPhoto {
    pub commitment_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub width: i32,
    pub height: i32,
    pub byte_size: i64,
    pub alt_text: String,
    pub caption: String,
    pub uploaded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// Who may see and change a commitment: its workflow, and the viewer's standing towards it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guard {
    pub workflow: Workflow,
    pub standing: Standing,
}

/// The photos of commitment `id`, oldest first.
pub fn of_commitment(conn: &mut SqliteConnection, id: i64) -> QueryResult<Vec<Photo>> {
    photos::table
        .filter(photos::commitment_id.eq(id))
        .order(photos::id)
        .select(Photo::as_select())
        .load(conn)
}

/// How many photos commitment `id` has.
pub fn count(conn: &mut SqliteConnection, id: i64) -> QueryResult<usize> {
    let n: i64 = photos::table
        .filter(photos::commitment_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// The workflow of commitment `id` and `viewer_id`'s standing towards it, if it exists.
pub fn guard(
    conn: &mut SqliteConnection,
    id: i64,
    viewer_id: Option<i64>,
) -> QueryResult<Option<Guard>> {
    let row: Option<(String, Option<i64>)> = commitments::table
        .find(id)
        .select((commitments::workflow, commitments::owner_id))
        .first(conn)
        .optional()?;
    row.map(|row| to_guard(conn, id, row, viewer_id))
        .transpose()
}

/// Photo `photo_id` with the workflow of its commitment and `viewer_id`'s standing towards it.
pub fn find(
    conn: &mut SqliteConnection,
    photo_id: i64,
    viewer_id: Option<i64>,
) -> QueryResult<Option<(Photo, Guard)>> {
    let row: Option<(Photo, (String, Option<i64>))> = photos::table
        .inner_join(commitments::table)
        .filter(photos::id.eq(photo_id))
        .select((
            Photo::as_select(),
            (commitments::workflow, commitments::owner_id),
        ))
        .first(conn)
        .optional()?;
    let Some((photo, row)) = row else {
        return Ok(None);
    };
    let guard = to_guard(conn, photo.commitment_id, row, viewer_id)?;
    Ok(Some((photo, guard)))
}

fn to_guard(
    conn: &mut SqliteConnection,
    id: i64,
    (workflow, owner_id): (String, Option<i64>),
    viewer_id: Option<i64>,
) -> QueryResult<Guard> {
    // An unknown workflow is treated as the most private one.
    let workflow = Workflow::from_slug(&workflow).unwrap_or(Workflow::Submitted);
    let editor = match viewer_id {
        Some(viewer) => is_editor(conn, id, viewer)?,
        None => false,
    };
    let standing = Standing { owner_id, editor };
    Ok(Guard { workflow, standing })
}

/// Stores the row of a new photo; returns its id.
pub fn insert(conn: &mut SqliteConnection, photo: &NewPhoto) -> QueryResult<i64> {
    diesel::insert_into(photos::table)
        .values(photo)
        .returning(photos::id)
        .get_result(conn)
}

/// The file name of photo `photo_id` of commitment `id`, if there is one.
pub fn file_name_of(
    conn: &mut SqliteConnection,
    id: i64,
    photo_id: i64,
) -> QueryResult<Option<String>> {
    photos::table
        .filter(photos::id.eq(photo_id))
        .filter(photos::commitment_id.eq(id))
        .select(photos::file_name)
        .first(conn)
        .optional()
}

/// Deletes the row of photo `photo_id`.
pub fn delete_row(conn: &mut SqliteConnection, photo_id: i64) -> QueryResult<()> {
    diesel::delete(photos::table.find(photo_id)).execute(conn)?;
    Ok(())
}
