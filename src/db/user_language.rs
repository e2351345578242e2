//! The language each person chose for the interface and their mail (an ISO 639-1 code).

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::users;

/// The language account `id` chose, if any.
pub fn of_account(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<String>> {
    let chosen: Option<Option<String>> = users::table
        .find(id)
        .select(users::language)
        .first(conn)
        .optional()?;
    Ok(chosen.flatten())
}

/// The language chosen by the account with this email address (any case), if any.
pub fn of_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<String>> {
    // The column compares without case, as sign-in does.
    let chosen: Option<Option<String>> = users::table
        .filter(users::email.eq(email.trim()))
        .select(users::language)
        .first(conn)
        .optional()?;
    Ok(chosen.flatten())
}

/// Stores the language account `id` chose (`None`: no choice).
pub fn set(conn: &mut SqliteConnection, id: i64, code: Option<&str>) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set(users::language.eq(code))
        .execute(conn)?;
    Ok(())
}
