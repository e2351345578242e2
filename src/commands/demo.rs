//! `serve --demo`: fills an empty database with generated sample commitments, and adds one demo
//! account per role.

use anyhow::Context;
use diesel::prelude::*;
use indicatif::ProgressBar;

use crate::commands::import::{write_all, ImportOptions};
use crate::db::schema::commitments;
use crate::db::DbPool;
use crate::domain::commitment::stored::today;
use crate::domain::record::exchange::parse_record;

/// The seed of the demo data, so every demo shows the same commitments.
const DEMO_SEED: u64 = 2030;

/// Adds `count` generated commitments when there are none yet; returns how many were added.
pub fn fill_if_empty(pool: &DbPool, count: usize) -> anyhow::Result<usize> {
    let mut conn = pool.get()?;
    let existing: i64 = commitments::table.count().get_result(&mut conn)?;
    if existing > 0 {
        tracing::info!("the database already holds {existing} commitments: no demo data added");
        return Ok(0);
    }
    let today = today();
    let records = crate::demo::generate(DEMO_SEED, count)
        .enumerate()
        .map(|(index, record)| {
            parse_record(&record, today)
                .map(|checked| (index + 1, checked))
                .map_err(|problems| {
                    let problems = problems.describe(crate::wording::english);
                    anyhow::anyhow!("demo record {index}: {problems}")
                })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let options = ImportOptions {
        publish: true,
        ..Default::default()
    };
    let written = write_all(&mut conn, &records, options, &ProgressBar::hidden())
        .context("writing demo commitments")?;
    tracing::info!("added {written} demo commitments");
    Ok(written)
}

/// Creates the missing demo accounts (one per role) and prints their passwords to standard
/// output: this is the only time they are shown.
pub fn add_demo_accounts(pool: &DbPool) -> anyhow::Result<()> {
    let created = crate::use_cases::accounts::create::demo_accounts(pool)
        .context("creating demo accounts")?;
    if created.is_empty() {
        return Ok(());
    }
    println!("Demo accounts (passwords are shown only this once):");
    for (email, role, password) in created {
        println!("  {:<12} {email:<26} password: {password}", role.label());
    }
    Ok(())
}
