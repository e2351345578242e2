//! Single-use, expiring tokens of mailed links, stored as hashes.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::account_tokens;
use crate::auth::token::Purpose;

/// What a presented token turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenState {
    /// Unused and unexpired: it belongs to this account.
    Valid { user_id: i64 },
    /// Past its lifetime.
    Expired,
    /// Already used (or replaced by a newer link).
    Used,
    /// Never issued, or for another purpose.
    Unknown,
}

/// Records a new token (its hash) for the account.
pub fn issue(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: Purpose,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::user_id.eq(user_id),
            account_tokens::purpose.eq(purpose.slug()),
            account_tokens::token_hash.eq(token_hash),
            account_tokens::created_at.eq(now),
            account_tokens::expires_at.eq(purpose.expires(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// True when a token for this purpose was issued to the account after `since` (so that
/// repeated requests do not flood a mailbox).
pub fn issued_since(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: Purpose,
    since: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        account_tokens::table
            .filter(account_tokens::user_id.eq(user_id))
            .filter(account_tokens::purpose.eq(purpose.slug()))
            .filter(account_tokens::created_at.gt(since)),
    ))
    .get_result(conn)
}

/// Notes where the person was going when the token was issued (a local path).
pub fn remember_next(conn: &mut SqliteConnection, token_hash: &str, next: &str) -> QueryResult<()> {
    diesel::update(account_tokens::table.filter(account_tokens::token_hash.eq(token_hash)))
        .set(account_tokens::next_path.eq(next))
        .execute(conn)
        .map(drop)
}

/// Where the person was going when the token with this hash was issued, if noted.
pub fn next_of(conn: &mut SqliteConnection, token_hash: &str) -> QueryResult<Option<String>> {
    account_tokens::table
        .filter(account_tokens::token_hash.eq(token_hash))
        .select(account_tokens::next_path)
        .first::<Option<String>>(conn)
        .optional()
        .map(Option::flatten)
}

/// What the token with this hash is, without using it.
pub fn check(
    conn: &mut SqliteConnection,
    token_hash: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<TokenState> {
    let found: Option<(i64, NaiveDateTime, Option<NaiveDateTime>)> = account_tokens::table
        .filter(account_tokens::token_hash.eq(token_hash))
        .filter(account_tokens::purpose.eq(purpose.slug()))
        .select((
            account_tokens::user_id,
            account_tokens::expires_at,
            account_tokens::used_at,
        ))
        .first(conn)
        .optional()?;
    Ok(match found {
        None => TokenState::Unknown,
        Some((_, _, Some(_))) => TokenState::Used,
        Some((_, expires, None)) if expires <= now => TokenState::Expired,
        Some((user_id, _, None)) => TokenState::Valid { user_id },
    })
}

/// Uses the token if it is valid, and with it every other unused token of the same purpose for
/// that account. Run inside an immediate transaction so a token works only once.
pub fn consume(
    conn: &mut SqliteConnection,
    token_hash: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<TokenState> {
    let state = check(conn, token_hash, purpose, now)?;
    if let TokenState::Valid { user_id } = state {
        diesel::update(
            account_tokens::table
                .filter(account_tokens::user_id.eq(user_id))
                .filter(account_tokens::purpose.eq(purpose.slug()))
                .filter(account_tokens::used_at.is_null()),
        )
        .set(account_tokens::used_at.eq(now))
        .execute(conn)?;
    }
    Ok(state)
}
