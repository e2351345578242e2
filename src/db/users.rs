//! Accounts: creating, finding, verifying, changing passwords and ending sessions.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{sign_ins, users};
use crate::domain::{Account, Role};

/// A row of `users` without the password hash.
#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(super) struct UserRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    verified_at: Option<NaiveDateTime>,
    suspended_at: Option<NaiveDateTime>,
    session_generation: i64,
    created_at: NaiveDateTime,
}

impl From<UserRow> for Account {
    fn from(row: UserRow) -> Self {
        Account {
            id: row.id,
            email: row.email,
            name: row.name,
            // The column's CHECK allows only the three roles; fall back to the least rights.
            role: Role::from_slug(&row.role).unwrap_or(Role::Contributor),
            verified: row.verified_at.is_some(),
            suspended: row.suspended_at.is_some(),
            session_generation: row.session_generation,
            created_at: row.created_at,
        }
    }
}

/// What it takes to store a new account.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub verified_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// Stores a new account; a duplicate email is a unique violation.
pub fn insert(conn: &mut SqliteConnection, user: &NewUser) -> QueryResult<i64> {
    diesel::insert_into(users::table)
        .values((
            users::name.eq(user.name),
            users::email.eq(user.email),
            users::password_hash.eq(user.password_hash),
            users::role.eq(user.role.slug()),
            users::verified_at.eq(user.verified_at),
            users::created_at.eq(user.created_at),
        ))
        .returning(users::id)
        .get_result(conn)
}

/// The account with this id.
pub fn find(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<Account>> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)
        .optional()
        .map(|row| row.map(Account::from))
}

/// The account with this email (case-insensitive) and its password hash.
pub fn find_for_login(
    conn: &mut SqliteConnection,
    email: &str,
) -> QueryResult<Option<(Account, String)>> {
    users::table
        .filter(users::email.eq(email))
        .select((UserRow::as_select(), users::password_hash))
        .first::<(UserRow, String)>(conn)
        .optional()
        .map(|found| found.map(|(row, hash)| (Account::from(row), hash)))
}

/// The account of a session: only while its generation matches and it is not suspended.
pub fn for_session(
    conn: &mut SqliteConnection,
    id: i64,
    generation: i64,
    sign_in: i64,
) -> QueryResult<Option<Account>> {
    let signed_in = sign_ins::table
        .filter(sign_ins::id.eq(sign_in))
        .filter(sign_ins::user_id.eq(users::id));
    users::table
        .find(id)
        .filter(users::session_generation.eq(generation))
        .filter(diesel::dsl::exists(signed_in))
        .filter(users::suspended_at.is_null())
        .select(UserRow::as_select())
        .first(conn)
        .optional()
        .map(|row| row.map(Account::from))
}

/// The verified account with this email (case-insensitive), if any.
pub fn verified_id_by_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<i64>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::verified_at.is_not_null())
        .select(users::id)
        .first(conn)
        .optional()
}

/// Ends every session of the account (sessions carry the old generation).
pub fn end_sessions(conn: &mut SqliteConnection, id: i64) -> QueryResult<()> {
    super::sign_ins::end_all(conn, id)?;
    diesel::update(users::table.find(id))
        .set(users::session_generation.eq(users::session_generation + 1))
        .execute(conn)
        .map(drop)
}

/// Replaces the password hash and ends every session of the account.
pub fn set_password(conn: &mut SqliteConnection, id: i64, password_hash: &str) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::session_generation.eq(users::session_generation + 1),
        ))
        .execute(conn)
        .map(drop)
}

/// Marks the address as verified (once) and gives the account every ownerless commitment
/// with that contact email; returns how many were claimed. Run inside a transaction.
pub fn mark_verified(
    conn: &mut SqliteConnection,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(users::table.find(id).filter(users::verified_at.is_null()))
        .set(users::verified_at.eq(now))
        .execute(conn)?;
    let email: String = users::table.find(id).select(users::email).first(conn)?;
    diesel::sql_query(
        "UPDATE commitments SET owner_id = ? \
         WHERE owner_id IS NULL AND contact_email = ? COLLATE NOCASE",
    )
    .bind::<diesel::sql_types::BigInt, _>(id)
    .bind::<diesel::sql_types::Text, _>(email)
    .execute(conn)
}

/// True when an account uses this email (case-insensitive).
pub fn email_taken(conn: &mut SqliteConnection, email: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        users::table.filter(users::email.eq(email)),
    ))
    .get_result(conn)
}
