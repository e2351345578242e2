//! What admins do to accounts: list and search them, change roles, suspend, unsuspend.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::users;
use super::users::{end_sessions, find, UserRow};
use crate::domain::Account;
use crate::domain::Role;

/// The outcome of a role change or a suspension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminChange {
    /// Done; the account's sessions have ended.
    Done,
    /// Refused: it would leave the registry without an active admin.
    LastAdmin,
    /// No account has this id.
    NoSuchUser,
}

/// One page of accounts whose name or email contains `search` (all when empty), oldest first;
/// and how many match in all.
pub fn search(
    conn: &mut SqliteConnection,
    search: &str,
    page: i64,
    per_page: i64,
) -> QueryResult<(i64, Vec<Account>)> {
    let pattern = format!("%{}%", escape_like(search));
    let matching = || {
        users::table
            .filter(
                users::name
                    .like(pattern.clone())
                    .escape('\\')
                    .or(users::email.like(pattern.clone()).escape('\\')),
            )
            .into_boxed()
    };
    let total = matching().count().get_result(conn)?;
    let rows: Vec<UserRow> = matching()
        .order(users::id.asc())
        .select(UserRow::as_select())
        .limit(per_page)
        .offset((page - 1) * per_page)
        .load(conn)?;
    Ok((total, rows.into_iter().map(Account::from).collect()))
}

fn escape_like(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            other => vec![other],
        })
        .collect()
}

/// Admins who are not suspended.
fn active_admins(conn: &mut SqliteConnection) -> QueryResult<i64> {
    users::table
        .filter(users::role.eq(Role::Admin.slug()))
        .filter(users::suspended_at.is_null())
        .count()
        .get_result(conn)
}

/// True when `account` is the only active admin left.
fn is_last_admin(conn: &mut SqliteConnection, account: &Account) -> QueryResult<bool> {
    Ok(account.role.is_admin() && !account.suspended && active_admins(conn)? <= 1)
}

/// Gives the account a new role and ends its sessions, unless that removes the last admin.
pub fn set_role(conn: &mut SqliteConnection, id: i64, role: Role) -> QueryResult<AdminChange> {
    conn.immediate_transaction(|conn| {
        let Some(account) = find(conn, id)? else {
            return Ok(AdminChange::NoSuchUser);
        };
        if !role.is_admin() && is_last_admin(conn, &account)? {
            return Ok(AdminChange::LastAdmin);
        }
        diesel::update(users::table.find(id))
            .set(users::role.eq(role.slug()))
            .execute(conn)?;
        end_sessions(conn, id)?;
        Ok(AdminChange::Done)
    })
}

/// Suspends (and signs out) or unsuspends the account; never suspends the last admin.
pub fn set_suspended(
    conn: &mut SqliteConnection,
    id: i64,
    suspended: bool,
    now: NaiveDateTime,
) -> QueryResult<AdminChange> {
    conn.immediate_transaction(|conn| {
        let Some(account) = find(conn, id)? else {
            return Ok(AdminChange::NoSuchUser);
        };
        if suspended && is_last_admin(conn, &account)? {
            return Ok(AdminChange::LastAdmin);
        }
        let since = suspended.then_some(now);
        diesel::update(users::table.find(id))
            .set(users::suspended_at.eq(since))
            .execute(conn)?;
        end_sessions(conn, id)?;
        Ok(AdminChange::Done)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_in_a_search_are_taken_literally() {
        assert_eq!(escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
        assert_eq!(escape_like("ana"), "ana");
    }
}
