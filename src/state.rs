//! What every request handler shares: the database pool and the settings.

use std::sync::Arc;

use crate::config::Settings;
use crate::db::DbPool;
use crate::error::AppError;
use crate::search::SearchEngine;

/// Shared application state, cloned into each worker.
#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub settings: Settings,
    /// One search engine (and its cached facet index) for all workers.
    pub search: Arc<SearchEngine>,
}

impl AppState {
    /// Runs a blocking database job on the thread pool with a pooled connection.
    pub async fn db<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut diesel::SqliteConnection) -> Result<T, AppError> + Send + 'static,
    {
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get()?;
            job(&mut conn)
        })
        .await?
    }
}
