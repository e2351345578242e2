//! Adding and deleting a commitment's photos: the row and its file together or not at all.

use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::photos::{count, delete_row, file_name_of, insert, NewPhoto};
use crate::domain::photo::MAX_PHOTOS;
use crate::photos::files::PendingFile;

/// What came of adding a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    Added(i64),
    /// The commitment has [`MAX_PHOTOS`] already; nothing written.
    TooMany,
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
        let id = insert(conn, photo)?;
        file.rename()?;
        Ok(AddOutcome::Added(id))
    })
}

/// Deletes photo `photo_id` of commitment `id`; returns its file name (to remove the file once
/// the row is gone), or `None` when there is no such photo.
pub fn delete(conn: &mut SqliteConnection, id: i64, photo_id: i64) -> QueryResult<Option<String>> {
    conn.immediate_transaction(|conn| {
        let name = file_name_of(conn, id, photo_id)?;
        if name.is_some() {
            delete_row(conn, photo_id)?;
        }
        Ok(name)
    })
}
