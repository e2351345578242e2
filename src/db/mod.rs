//! The SQLite database: a connection pool with the right PRAGMAs, embedded migrations, queries.

pub mod account_events;
pub mod cards;
pub mod commitments;
pub mod contact_messages;
pub mod drafts;
pub mod editors;
pub mod feed;
pub mod fulltext;
pub mod id_set;
pub mod load;
pub mod mail_log;
pub mod mail_recipients;
pub mod notice;
pub mod photos;
pub mod reminders;
pub mod reports;
pub mod reviews;
pub mod revisions;
pub mod saved_drafts;
pub mod saved_searches;
pub mod schema;
pub mod sign_ins;
pub mod similar;
pub mod throttle;
pub mod tokens;
pub mod user_admin;
pub mod user_language;
pub mod users;
pub mod workflow;
pub mod worklists;

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

/// The migrations in `migrations/`, built into the binary and run at start.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// A pool of SQLite connections.
pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

/// Runs `read` on one snapshot of the database: in a read transaction of its own, or in the
/// caller's when there is one. A page's queries then see the same data and take SQLite's file
/// locks once (each statement outside a transaction takes and releases them: system calls).
pub fn snapshot<T, E>(
    conn: &mut SqliteConnection,
    read: impl FnOnce(&mut SqliteConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let status = AnsiTransactionManager::transaction_manager_status_mut(conn);
    if matches!(status.transaction_depth(), Ok(Some(_))) {
        read(conn)
    } else {
        conn.transaction(read)
    }
}

/// How long a writer waits for another before giving up.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// Sets the per-connection PRAGMAs on every pooled connection.
#[derive(Debug, Clone, Copy)]
struct ConnectionPragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for ConnectionPragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
        ))
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// Opens (creating if needed) the database at `path`, runs pending migrations, returns a pool.
pub fn open(path: &Path, max_connections: u32) -> anyhow::Result<DbPool> {
    let url = path
        .to_str()
        .context("the database path is not valid UTF-8")?;
    crate::private_files::ensure_private(path)?;
    // WAL is a property of the file: set it once here, not on every pooled connection.
    let mut setup = SqliteConnection::establish(url)
        .with_context(|| format!("opening database {}", path.display()))?;
    setup
        .batch_execute(&format!(
            "PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
        ))
        .context("setting up the database")?;
    // One process migrates at a time (a server and a CLI command may open a new file at once):
    // the second waits for the write lock, then finds nothing pending.
    setup.immediate_transaction(|conn| {
        conn.run_pending_migrations(MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("running migrations: {e}"))?;
        Ok::<_, anyhow::Error>(())
    })?;
    drop(setup);
    Pool::builder()
        .max_size(max_connections)
        // A connection to a local file does not go stale: no `SELECT 1` on every checkout.
        .test_on_check_out(false)
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(ConnectionPragmas))
        .build(ConnectionManager::<SqliteConnection>::new(url))
        .context("building the connection pool")
}
