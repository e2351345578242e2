//! Saved versions of a commitment's content: written by edits and restores, read by history.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{revisions, users};

/// One saved version.
#[derive(Debug, Clone, Queryable)]
pub struct Revision {
    pub id: i64,
    pub version: i64,
    /// Who saved it (the name), if known.
    pub actor: Option<String>,
    pub kind: String,
    pub restored_from: Option<i64>,
    /// The content after this revision, as a JSON record.
    pub snapshot: String,
    pub created_at: NaiveDateTime,
}

/// What a new revision records.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = revisions)]
pub struct NewRevision<'a> {
    pub commitment_id: i64,
    pub version: i64,
    pub actor_id: Option<i64>,
    pub kind: &'static str,
    pub restored_from: Option<i64>,
    pub snapshot: &'a str,
    #[diesel(column_name = created_at)]
    pub at: NaiveDateTime,
}

/// Stores a revision.
pub fn record(conn: &mut SqliteConnection, r: &NewRevision<'_>) -> QueryResult<()> {
    diesel::insert_into(revisions::table)
        .values(r)
        .execute(conn)?;
    Ok(())
}

/// True when the commitment has any revision yet.
pub fn exists_for(conn: &mut SqliteConnection, commitment_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        revisions::table.filter(revisions::commitment_id.eq(commitment_id)),
    ))
    .get_result(conn)
}

/// The commitment's revisions from `after_version` on (exclusive), oldest first.
pub fn since(
    conn: &mut SqliteConnection,
    commitment_id: i64,
    after_version: i64,
) -> QueryResult<Vec<Revision>> {
    revisions::table
        .left_join(users::table.on(revisions::actor_id.eq(users::id.nullable())))
        .filter(revisions::commitment_id.eq(commitment_id))
        .filter(revisions::version.gt(after_version))
        .order(revisions::version.asc())
        .select((
            revisions::id,
            revisions::version,
            users::name.nullable(),
            revisions::kind,
            revisions::restored_from,
            revisions::snapshot,
            revisions::created_at,
        ))
        .load(conn)
}

/// When the newest revision of the commitment was saved, if it has any.
pub fn newest_at(
    conn: &mut SqliteConnection,
    commitment_id: i64,
) -> QueryResult<Option<NaiveDateTime>> {
    revisions::table
        .filter(revisions::commitment_id.eq(commitment_id))
        .select(diesel::dsl::max(revisions::created_at))
        .first(conn)
}

/// Every revision of the commitment, oldest first.
pub fn all(conn: &mut SqliteConnection, commitment_id: i64) -> QueryResult<Vec<Revision>> {
    since(conn, commitment_id, i64::MIN)
}
