//! `registry user add`: an active, verified account, its password read from standard input.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::Context;

use crate::db::DbPool;
use crate::domain::Role;
use crate::use_cases::accounts::create::create_verified;

/// Reads the password from the first line of `input`, checks everything, creates the account.
pub fn add(
    pool: &DbPool,
    email: &str,
    name: &str,
    role: Role,
    mut input: impl BufRead,
) -> anyhow::Result<ExitCode> {
    let mut line = String::new();
    input
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\r', '\n']);
    let account = match crate::auth::account::parse(name, email, password, password) {
        Ok(account) => account,
        Err(errors) => {
            for error in errors.iter() {
                let message = crate::wording::english(&error.message);
                eprintln!("{}: {message}", error.field.name);
            }
            eprintln!(
                "No account created. The password is read from the first line of standard input."
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut conn = pool.get()?;
    let id = create_verified(&mut conn, &account, role)?;
    eprintln!(
        "Created {} account {} (id {id}): active and verified.",
        role.label().to_lowercase(),
        account.email
    );
    Ok(ExitCode::SUCCESS)
}
