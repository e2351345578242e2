//! What every request handler shares: the database pool, the settings and the mailer.

use std::sync::Arc;

use crate::config::Settings;
use crate::db::notice::NoticeCache;
use crate::db::DbPool;
use crate::error::AppError;
use crate::limits::line::SearchLine;
use crate::limits::proxies::TrustedProxies;
use crate::limits::rate::RateLimiters;
use crate::limits::ExpensiveWork;
use crate::mail::{Mail, Mailer};
use crate::photos::slots::PhotoSlots;
use crate::search::SearchEngine;

/// Shared application state, cloned into each worker.
#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub settings: Settings,
    /// One search engine (and its cached facet index) for all workers.
    pub search: Arc<SearchEngine>,
    pub mailer: Mailer,
    /// The site notice, read for every page.
    pub notice: NoticeCache,
    /// The bound on password hashing and image decoding.
    pub expensive: Arc<ExpensiveWork>,
    /// The rate limits of sign-up, sign-in and mail, shared by every worker.
    pub rate: Arc<RateLimiters>,
    /// The proxies whose `X-Forwarded-For` is believed.
    pub proxies: Arc<TrustedProxies>,
    /// Full-text searches waiting for their turn.
    pub search_line: Arc<SearchLine>,
    /// Photo uploads in progress, each holding a slot of its commitment before decoding.
    pub photo_slots: Arc<PhotoSlots>,
}

impl AppState {
    /// Today's date for search and pages (the settings' clock: the UTC date unless a test set it).
    pub fn today(&self) -> chrono::NaiveDate {
        self.settings.clock.today()
    }

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

    /// Runs a short read on the request's own thread when a pooled connection is idle and the
    /// search indexes are settled (nothing to catch up, no refresh under way), and on the
    /// blocking pool (as [`AppState::db`]) otherwise. For reads whose work is small and
    /// bounded (one commitment, a page of the facet index): the hand-off to the pool and back
    /// cost about a fifth of such a request's CPU (two thread wake-ups). Never for exports,
    /// whole records or writes, which may take long and would hold up the other connections
    /// of the worker; and never for a read that would wait for a catch-up, a rebuild or a new
    /// day. Full text has its own way in: [`AppState::search_read_now`].
    pub async fn read_now<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut diesel::SqliteConnection) -> Result<T, AppError> + Send + 'static,
    {
        match self.in_place(job)? {
            Ok(answer) => Ok(answer),
            Err(job) => self.db(job).await,
        }
    }

    /// Runs `job` on the request's thread when a pooled connection is idle and the search
    /// indexes are settled; gives it back otherwise.
    fn in_place<T, F>(&self, job: F) -> Result<Result<T, F>, AppError>
    where
        F: FnOnce(&mut diesel::SqliteConnection) -> Result<T, AppError>,
    {
        let Some(mut conn) = self.pool.try_get() else {
            return Ok(Err(job));
        };
        let (search, today) = (&self.search, self.today());
        // Asked inside the job's own read transaction: one set of file locks for both.
        crate::db::snapshot(&mut conn, move |conn| {
            match search.settled(conn, today)? {
                true => job(conn).map(Ok),
                false => Ok(Err(job)),
            }
        })
    }

    /// Runs a full-text search's read as [`AppState::read_now`] does, in place when it would
    /// wait for nothing, else on the blocking pool when its turn in [`SearchLine`] comes (a
    /// turn taken in place would idle: the waiter woken may sit on a busy worker). At 100,000
    /// commitments the costliest text search found (one word in two of every three
    /// commitments) takes about 5 ms, a commitment page's order; the hand-off to the blocking
    /// pool and back cost a text search a quarter of its CPU and doubled its slowest
    /// hundredth under load. `AppError::Busy` when the line is full or the turn does not
    /// come in time.
    pub async fn search_read_now<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut diesel::SqliteConnection) -> Result<T, AppError> + Send + 'static,
    {
        match self.in_place(job)? {
            Ok(answer) => Ok(answer),
            Err(job) => self.search_read(job).await,
        }
    }

    /// Runs a full-text search's read on the blocking pool when its turn in [`SearchLine`]
    /// comes (for reads that load whole records); `AppError::Busy` when the line is full or
    /// the turn does not come in time.
    pub async fn search_read<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut diesel::SqliteConnection) -> Result<T, AppError> + Send + 'static,
    {
        let _turn = self.search_line.turn().await?;
        self.db(job).await
    }

    /// Runs CPU- and memory-heavy work (password hashing, image decoding) off the request
    /// threads, within the bound of [`ExpensiveWork`]: `AppError::Busy` when saturated.
    pub async fn expensive<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        self.expensive.run(job).await
    }

    /// Runs an image decode that takes about `bytes` of memory, within the decoding memory
    /// budget as well as the bound of [`ExpensiveWork`].
    pub async fn decoding<T, F>(&self, bytes: u64, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        self.expensive.run_using_memory(bytes, job).await
    }

    /// Runs blocking work (files) on the thread pool, off the request threads.
    pub async fn blocking<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        Ok(actix_web::web::block(job).await?)
    }

    /// Sends a mail. A failure is logged (without the text, which may hold a link) rather
    /// than shown: the pages that send mail say how to ask again.
    pub async fn send_mail(&self, mail: Mail) {
        let mailer = self.mailer.clone();
        let subject = mail.subject.clone();
        match actix_web::web::block(move || mailer.send(&mail)).await {
            Ok(Ok(())) => tracing::info!(%subject, "mail sent"),
            Ok(Err(error)) => tracing::error!(%subject, error = %error, "mail not sent"),
            Err(error) => tracing::error!(%subject, error = %error, "mail not sent"),
        }
    }
}
