//! The `photos` table: the photos of each commitment, and adding one so that its row and its
//! file appear together or not at all.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::editors::is_editor;
use super::schema::{commitments, photos};
use crate::domain::people::access::Standing;
use crate::domain::photo::MAX_PHOTOS;
use crate::domain::Workflow;
use crate::photos::files::PendingFile;

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

/// What came of adding a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    Added(i64),
    /// The commitment has [`MAX_PHOTOS`] already; nothing written.
    TooMany,
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

/// Adds `photo` unless its commitment has [`MAX_PHOTOS`] already, in one immediate
/// transaction whose last step gives `file` its final name: the row and the file are both
/// there, or neither (the caller drops an uncommitted file, which removes it).
pub fn add(
    conn: &mut SqliteConnection,
    photo: &NewPhoto,
    file: &PendingFile,
) -> anyhow::Result<AddOutcome> {
    conn.immediate_transaction(|conn| {
        if count(conn, photo.commitment_id)? >= MAX_PHOTOS {
            return Ok(AddOutcome::TooMany);
        }
        let id = diesel::insert_into(photos::table)
            .values(photo)
            .returning(photos::id)
            .get_result(conn)?;
        file.rename()?;
        Ok(AddOutcome::Added(id))
    })
}

/// Deletes photo `photo_id` of commitment `id`; returns its file name (to remove the file once
/// the row is gone), or `None` when there is no such photo.
pub fn delete(conn: &mut SqliteConnection, id: i64, photo_id: i64) -> QueryResult<Option<String>> {
    conn.immediate_transaction(|conn| {
        let name: Option<String> = photos::table
            .filter(photos::id.eq(photo_id))
            .filter(photos::commitment_id.eq(id))
            .select(photos::file_name)
            .first(conn)
            .optional()?;
        if name.is_some() {
            diesel::delete(photos::table.find(photo_id)).execute(conn)?;
        }
        Ok(name)
    })
}
