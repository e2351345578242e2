//! Sign-ins kept on the server: a session cookie is trusted only while its row exists.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::sign_ins;

/// Records a new sign-in of `user_id` at `at`, dropping sign-ins older than `oldest` (they
/// have expired anyway); returns the new sign-in's id, which the session cookie carries.
pub fn start(
    conn: &mut SqliteConnection,
    user_id: i64,
    at: NaiveDateTime,
    oldest: NaiveDateTime,
) -> QueryResult<i64> {
    conn.immediate_transaction(|conn| {
        diesel::delete(sign_ins::table.filter(sign_ins::created_at.lt(oldest))).execute(conn)?;
        diesel::insert_into(sign_ins::table)
            .values((sign_ins::user_id.eq(user_id), sign_ins::created_at.eq(at)))
            .returning(sign_ins::id)
            .get_result(conn)
    })
}

/// Ends sign-in `id`: its cookie no longer works anywhere.
pub fn end(conn: &mut SqliteConnection, id: i64) -> QueryResult<()> {
    diesel::delete(sign_ins::table.find(id)).execute(conn)?;
    Ok(())
}

/// Ends every sign-in of `user_id`.
pub fn end_all(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<()> {
    diesel::delete(sign_ins::table.filter(sign_ins::user_id.eq(user_id))).execute(conn)?;
    Ok(())
}
