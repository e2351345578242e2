//! Bounds on expensive work a stranger can trigger (password hashing, image decoding): at most
//! one job per core at once, image decodes within a memory budget, a short line behind them,
//! and "busy" (503) beyond it.

pub mod gate;
pub mod line;
pub mod proxies;
pub mod rate;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use actix_web::rt::time::Instant;

use crate::error::AppError;
use gate::{Closed, Gate};

/// How long a job waits for a free core (and memory) before the request is answered "busy".
const MAX_WAIT: Duration = Duration::from_secs(3);
/// The memory image decodes may take at once, in MiB: one decode of the largest photo allowed
/// (40 megapixels) at a time, smaller ones side by side, so that the server stays within
/// 400 MB under any flood of uploads.
pub const DECODING_MEMORY_MIB: u32 = 256;

/// A gate for CPU- and memory-heavy jobs: never more than one per core at once, image decodes
/// within [`DECODING_MEMORY_MIB`], and only a short line waiting, so memory stays bounded
/// under any flood.
#[derive(Debug)]
pub struct ExpensiveWork {
    cores: Arc<Gate>,
    memory: Arc<Gate>,
    /// Jobs started since the start (for tests and logs).
    started: AtomicU64,
}

impl ExpensiveWork {
    /// A gate for `permits` jobs at once, with up to `max_waiting` more in line.
    pub fn new(permits: usize, max_waiting: usize) -> Self {
        ExpensiveWork {
            cores: Arc::new(Gate::new(
                u32::try_from(permits).unwrap_or(u32::MAX),
                max_waiting,
            )),
            memory: Arc::new(Gate::new(DECODING_MEMORY_MIB, max_waiting)),
            started: AtomicU64::new(0),
        }
    }

    /// One job per core, and four per core waiting.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::new(cores, cores * 4)
    }

    /// Runs `job` on the blocking pool once a core is free; `AppError::Busy` when the line is
    /// full or no core came in time.
    pub async fn run<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        self.run_within(None, job).await
    }

    /// Runs `job`, which takes about `bytes` of memory (an image decode), once that much of
    /// the decoding budget and a core are free (the heaviest decode runs alone).
    pub async fn run_using_memory<T, F>(&self, bytes: u64, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let mebibytes = u32::try_from(bytes.div_ceil(1024 * 1024)).unwrap_or(u32::MAX);
        self.run_within(Some(mebibytes), job).await
    }

    async fn run_within<T, F>(&self, mebibytes: Option<u32>, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let deadline = Instant::now() + MAX_WAIT;
        let memory = match mebibytes {
            Some(weight) => Some(self.memory.enter(weight, deadline).await?),
            None => None,
        };
        let core = self.cores.enter(1, deadline).await?;
        self.started.fetch_add(1, Ordering::Relaxed);
        let result = actix_web::web::block(move || {
            let _held = (core, memory);
            job()
        })
        .await?;
        Ok(result)
    }

    /// How many jobs have started (each password hash, each image decode).
    pub fn jobs_started(&self) -> u64 {
        self.started.load(Ordering::Relaxed)
    }

    /// Takes every core and every place in line until the guard is dropped, so that all
    /// expensive work is refused as busy: a drill for tests and operators.
    pub fn saturate(&self) -> Saturation {
        Saturation {
            _closed: vec![self.cores.close_all_but(0), self.memory.close_all_but(0)],
        }
    }

    /// Takes all the decoding memory but `mebibytes_left`, and every place in line for it,
    /// until the guard is dropped: as while the largest photo decodes.
    pub fn hold_decoding_memory(&self, mebibytes_left: u32) -> Saturation {
        Saturation {
            _closed: vec![self.memory.close_all_but(mebibytes_left)],
        }
    }
}

/// The gates held by [`ExpensiveWork::saturate`] or [`ExpensiveWork::hold_decoding_memory`]
/// until dropped.
#[derive(Debug)]
pub struct Saturation {
    _closed: Vec<Closed>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn jobs_beyond_the_running_and_waiting_ones_are_refused_as_busy() {
        let gate = Arc::new(ExpensiveWork::new(1, 1));
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let running = {
            let gate = Arc::clone(&gate);
            actix_web::rt::spawn(async move { gate.run(move || hold.recv().is_ok()).await })
        };
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        let waiting = {
            let gate = Arc::clone(&gate);
            actix_web::rt::spawn(async move { gate.run(|| true).await })
        };
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        assert!(matches!(gate.run(|| true).await, Err(AppError::Busy)));
        release.send(()).unwrap();
        assert!(running.await.unwrap().unwrap());
        assert!(waiting.await.unwrap().unwrap());
    }
}
