//! Account queries needed outside the accounts pages (ownership of imported commitments).

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::users;

/// The verified account with this email (case-insensitive), if any.
pub fn verified_id_by_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<i64>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::verified_at.is_not_null())
        .select(users::id)
        .first(conn)
        .optional()
}
