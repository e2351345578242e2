//! The language a mail is written in: the one its recipient chose, else a fallback (the
//! language of the page that asked for it, when the recipient asked; English otherwise).

use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::user_language;
use crate::i18n::Lang;

/// The language stored as `code`, if it is one the registry speaks.
pub fn chosen(code: Option<&str>) -> Option<Lang> {
    code.and_then(Lang::from_code)
}

/// The language account `id` chose, else `fallback`.
pub fn of_account(conn: &mut SqliteConnection, id: i64, fallback: Lang) -> QueryResult<Lang> {
    let code = user_language::of_account(conn, id)?;
    Ok(chosen(code.as_deref()).unwrap_or(fallback))
}

/// The language chosen by the account with address `email`, else English (someone who has
/// no account, or chose nothing).
pub fn of_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Lang> {
    let code = user_language::of_email(conn, email)?;
    Ok(chosen(code.as_deref()).unwrap_or_default())
}
