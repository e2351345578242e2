//! Accounts made by the operator: `registry user add` and the demo accounts of `serve --demo`.

use diesel::sqlite::SqliteConnection;

use super::insert_account;
use crate::auth::account::NewAccount;
use crate::auth::password;
use crate::auth::token::Token;
use crate::db::users;
use crate::db::DbPool;
use crate::domain::commitment::stored::now;
use crate::domain::Role;

/// Creates an active, verified account (claiming ownerless commitments with its email) and
/// returns its id. Fails if the email is taken.
pub fn create_verified(
    conn: &mut SqliteConnection,
    account: &NewAccount,
    role: Role,
) -> anyhow::Result<i64> {
    let hash = password::hash(&account.password)?;
    conn.immediate_transaction(|conn| {
        if users::email_taken(conn, &account.email)? {
            anyhow::bail!("an account with the email {} already exists", account.email);
        }
        let created_at = now();
        let id = insert_account(conn, account, &hash, (role, Some(created_at)), created_at)?;
        users::mark_verified(conn, id, created_at)?;
        Ok(id)
    })
}

/// The demo accounts, one per role.
pub const DEMO_ACCOUNTS: [(&str, &str, Role); 3] = [
    (
        "contributor@example.org",
        "Demo Contributor",
        Role::Contributor,
    ),
    ("moderator@example.org", "Demo Moderator", Role::Moderator),
    ("admin@example.org", "Demo Admin", Role::Admin),
];

/// Creates the demo accounts that do not exist yet, each with a random password; returns
/// (email, role, password) of those created, so the caller can show the passwords once.
pub fn demo_accounts(pool: &DbPool) -> anyhow::Result<Vec<(String, Role, String)>> {
    let mut conn = pool.get()?;
    let mut created = Vec::new();
    for (email, name, role) in DEMO_ACCOUNTS {
        if users::email_taken(&mut conn, email)? {
            continue;
        }
        // 96 random bits, in a form that is easy to type.
        let password = Token::generate().0.chars().take(24).collect::<String>();
        let account = NewAccount {
            name: name.into(),
            email: email.into(),
            password: password.clone(),
        };
        create_verified(&mut conn, &account, role)?;
        created.push((email.to_string(), role, password));
    }
    Ok(created)
}
