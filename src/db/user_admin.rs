//! Accounts as admins see them: search, roles, suspension, and the last-admin check.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::users;
use super::users::UserRow;
use crate::domain::Account;
use crate::domain::Role;

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
pub fn is_last_admin(conn: &mut SqliteConnection, account: &Account) -> QueryResult<bool> {
    Ok(account.role.is_admin() && !account.suspended && active_admins(conn)? <= 1)
}

/// Gives account `id` a new role.
pub fn set_role(conn: &mut SqliteConnection, id: i64, role: Role) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set(users::role.eq(role.slug()))
        .execute(conn)?;
    Ok(())
}

/// Suspends account `id` since `since`, or lifts its suspension (`None`).
pub fn set_suspended_at(
    conn: &mut SqliteConnection,
    id: i64,
    since: Option<NaiveDateTime>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set(users::suspended_at.eq(since))
        .execute(conn)?;
    Ok(())
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
