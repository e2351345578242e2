//! `registry backup DIR`: a consistent copy of the live database and the uploads, while serving.

use std::path::Path;

use anyhow::{bail, Context};
use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::sqlite::SqliteConnection;

/// Copies the database (one consistent snapshot, taken with `VACUUM INTO` inside a read
/// transaction, so writers keep going) and the uploads folder into `dir`.
pub fn backup(conn: &mut SqliteConnection, uploads: &Path, dir: &Path) -> anyhow::Result<()> {
    let target = dir.join("registry.db");
    if target.exists() {
        bail!(
            "{} already exists: choose an empty folder",
            target.display()
        );
    }
    crate::private_files::create_dir(dir)?;
    // VACUUM INTO writes into an empty file that exists: created 0600, the copy stays private.
    crate::private_files::write_new(&target, b"")?;
    let target_text = target
        .to_str()
        .context("the backup path is not valid UTF-8")?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(target_text)
        .execute(conn)
        .context("copying the database")?;
    copy_tree(uploads, &dir.join("uploads"))
}

/// Copies a folder and everything under it; a missing source is an empty folder.
fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    if !from.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}
