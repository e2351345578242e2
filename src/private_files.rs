//! Files only the registry's own user may read: the database (password hashes), its WAL, the
//! session key and backups are created 0600, the folders the program creates 0700.

use std::fs::{DirBuilder, OpenOptions, Permissions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::Context;

/// Read and write for the owner only.
pub const FILE_MODE: u32 = 0o600;
/// Enter, read and write for the owner only.
pub const DIR_MODE: u32 = 0o700;

/// Creates `dir` and its missing parents as 0700; an existing folder is left as it is.
pub fn create_dir(dir: &Path) -> anyhow::Result<()> {
    DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(dir)
        .with_context(|| format!("creating folder {}", dir.display()))
}

/// Makes sure `path` exists and is 0600, creating it empty if missing. SQLite gives the
/// WAL and shared-memory files the mode of the database file, so this covers them too.
pub fn ensure_private(path: &Path) -> anyhow::Result<()> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .mode(FILE_MODE)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    std::fs::set_permissions(path, Permissions::from_mode(FILE_MODE))
        .with_context(|| format!("making {} private", path.display()))
}

/// Writes a new file at `path` as 0600; fails if it exists.
pub fn write_new(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(contents)
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn created_folders_and_files_are_for_the_owner_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        create_dir(&dir).unwrap();
        assert_eq!(mode(&dir), DIR_MODE);
        let key = dir.join("session.key");
        write_new(&key, b"secret").unwrap();
        assert_eq!(mode(&key), FILE_MODE);
    }

    #[test]
    fn an_existing_readable_file_is_made_private() {
        let root = tempfile::tempdir().unwrap();
        let db = root.path().join("registry.db");
        std::fs::write(&db, b"").unwrap();
        std::fs::set_permissions(&db, Permissions::from_mode(0o644)).unwrap();
        ensure_private(&db).unwrap();
        assert_eq!(mode(&db), FILE_MODE);
    }
}
