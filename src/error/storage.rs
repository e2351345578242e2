//! Which failures are the storage's rather than the program's (a full disk, a database locked
//! too long, an I/O error, a read-only file): they pass, so they answer 503, never 500.

use std::io::ErrorKind;

/// What went wrong with the storage, for the log and the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageProblem {
    /// The disk, or SQLite's page limit, is full.
    Full,
    /// The database stayed locked by another writer longer than the busy timeout, or no
    /// pooled connection came in time.
    Locked,
    /// The database or data directory cannot be written.
    ReadOnly,
    /// The disk answered with an error.
    Io,
}

/// SQLite's own texts for its storage failures (`sqlite3_errstr`), as diesel reports them.
const SQLITE_TEXTS: [(&str, StorageProblem); 7] = [
    ("database or disk is full", StorageProblem::Full),
    ("database is locked", StorageProblem::Locked),
    ("database table is locked", StorageProblem::Locked),
    (
        "attempt to write a readonly database",
        StorageProblem::ReadOnly,
    ),
    ("disk I/O error", StorageProblem::Io),
    ("unable to open database file", StorageProblem::Io),
    ("database disk image is malformed", StorageProblem::Io),
];

impl StorageProblem {
    /// The storage problem behind `error`, read from every cause of its chain.
    pub fn of(error: &anyhow::Error) -> Option<Self> {
        error.chain().find_map(Self::of_cause)
    }

    /// What the log says.
    pub fn describe(self) -> &'static str {
        match self {
            StorageProblem::Full => "the disk or database is full",
            StorageProblem::Locked => "the database stayed locked too long",
            StorageProblem::ReadOnly => "the data cannot be written (read-only)",
            StorageProblem::Io => "the disk answered with an I/O error",
        }
    }

    fn of_cause(cause: &(dyn std::error::Error + 'static)) -> Option<Self> {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if let Some(problem) = Self::of_io(io) {
                return Some(problem);
            }
        }
        if cause.downcast_ref::<diesel::r2d2::PoolError>().is_some() {
            return Some(StorageProblem::Locked);
        }
        let text = cause.to_string();
        SQLITE_TEXTS
            .iter()
            .find(|(known, _)| text.contains(known))
            .map(|(_, problem)| *problem)
    }

    fn of_io(error: &std::io::Error) -> Option<Self> {
        match error.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                Some(StorageProblem::Full)
            }
            ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
                Some(StorageProblem::ReadOnly)
            }
            ErrorKind::ResourceBusy => Some(StorageProblem::Locked),
            _ if error.raw_os_error() == Some(EIO) => Some(StorageProblem::Io),
            _ => None,
        }
    }
}

/// `EIO` on Linux and the BSDs.
const EIO: i32 = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, SqliteConnection};

    #[test]
    fn a_real_full_database_is_a_storage_problem() {
        let mut conn = SqliteConnection::establish(":memory:").unwrap();
        conn.batch_execute("CREATE TABLE t (x TEXT); PRAGMA max_page_count = 2;")
            .unwrap();
        let filled = (0..100)
            .map(|_| conn.batch_execute("INSERT INTO t VALUES (hex(randomblob(2000)))"))
            .find_map(Result::err)
            .expect("the page limit is reached");
        let error = anyhow::Error::from(filled).context("registering a commitment");
        assert_eq!(StorageProblem::of(&error), Some(StorageProblem::Full));
    }

    #[test]
    fn a_disk_error_on_a_file_is_a_storage_problem() {
        let full = std::io::Error::from(ErrorKind::StorageFull);
        let error = anyhow::Error::from(full).context("writing a photo");
        assert_eq!(StorageProblem::of(&error), Some(StorageProblem::Full));
        let eio = anyhow::Error::from(std::io::Error::from_raw_os_error(EIO));
        assert_eq!(StorageProblem::of(&eio), Some(StorageProblem::Io));
    }

    #[test]
    fn a_bug_is_not_a_storage_problem() {
        let error = anyhow::anyhow!("index out of range");
        assert_eq!(StorageProblem::of(&error), None);
        let missing = anyhow::Error::from(std::io::Error::from(ErrorKind::NotFound));
        assert_eq!(StorageProblem::of(&missing), None);
    }
}
