//! Reading and changing the app's database directly, for what no page shows (or to set a
//! scene no form can, such as an aged token).

use std::path::Path;

use diesel::prelude::*;

use super::internals::{open_database, DbPool};
use super::TestApp;

/// A workflow event as stored: (actor id, event, comment).
pub type Event = (Option<i64>, String, String);

impl TestApp {
    /// The app's database.
    pub fn pool(&self) -> DbPool {
        pool_of(self.data_dir.path())
    }

    /// The id of the account with this email.
    pub fn user_id(&self, email: &str) -> i64 {
        use sdg_registry::db::schema::users;
        let mut conn = self.pool().get().unwrap();
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(&mut conn)
            .unwrap()
    }

    /// The language account `id` chose for its mail, as stored.
    pub fn language_of(&self, id: i64) -> Option<String> {
        use sdg_registry::db::schema::users;
        let mut conn = self.pool().get().unwrap();
        users::table
            .find(id)
            .select(users::language)
            .first(&mut conn)
            .unwrap()
    }

    /// How many accounts exist.
    pub fn user_count(&self) -> i64 {
        use sdg_registry::db::schema::users;
        let mut conn = self.pool().get().unwrap();
        users::table.count().get_result(&mut conn).unwrap()
    }

    /// Runs SQL against the app's database (to age tokens, for example).
    pub fn execute(&self, sql: &str) {
        let mut conn = self.pool().get().unwrap();
        diesel::sql_query(sql).execute(&mut conn).unwrap();
    }

    /// The one whole number the `SELECT` statement `sql` answers.
    pub fn number(&self, sql: &str) -> i64 {
        use diesel::sql_types::BigInt;
        let mut conn = self.pool().get().unwrap();
        diesel::select(diesel::dsl::sql::<BigInt>(&format!("({sql})")))
            .get_result(&mut conn)
            .unwrap()
    }

    /// The id of the newest commitment.
    pub fn newest_commitment_id(&self) -> i64 {
        use sdg_registry::db::schema::commitments;
        let mut conn = self.pool().get().unwrap();
        commitments::table
            .select(commitments::id)
            .order(commitments::id.desc())
            .first(&mut conn)
            .unwrap()
    }
}

/// A write lock held on the app's database (as a long writer or a stuck backup would hold
/// it): the server's writes wait their busy timeout, then fail as "database is locked".
pub struct WriteLock {
    conn: diesel::r2d2::PooledConnection<diesel::r2d2::ConnectionManager<SqliteConnection>>,
}

impl TestApp {
    /// Holds the database's write lock until the guard is dropped.
    pub fn lock_database_for_writes(&self) -> WriteLock {
        use diesel::connection::SimpleConnection;
        let mut conn = self.pool().get().unwrap();
        conn.batch_execute("BEGIN IMMEDIATE").unwrap();
        WriteLock { conn }
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        use diesel::connection::SimpleConnection;
        let _ = self.conn.batch_execute("ROLLBACK");
    }
}

/// Opens the database of a data dir.
pub fn pool_of(data_dir: &Path) -> DbPool {
    open_database(&data_dir.join("registry.db"), 2).unwrap()
}

/// How many commitments the data dir's database holds.
pub fn commitment_count(data_dir: &Path) -> i64 {
    use sdg_registry::db::schema::commitments;
    let pool = pool_of(data_dir);
    let mut conn = pool.get().unwrap();
    commitments::table.count().get_result(&mut conn).unwrap()
}

/// The workflow events of commitment `id`, oldest first.
pub fn events(app: &TestApp, id: i64) -> Vec<Event> {
    use sdg_registry::db::schema::workflow_events as e;
    let mut conn = app.pool().get().unwrap();
    e::table
        .filter(e::commitment_id.eq(id))
        .order(e::id.asc())
        .select((e::actor_id, e::event, e::comment))
        .load(&mut conn)
        .unwrap()
}
