//! Bounds on expensive work a stranger can trigger (password hashing, image decoding): at most
//! one job per core at once, a short queue behind them, and "busy" (503) beyond it.

pub mod proxies;
pub mod rate;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::error::AppError;

/// How long a job waits for a free core before the request is answered "busy".
const MAX_WAIT: Duration = Duration::from_secs(3);

/// A gate for CPU- and memory-heavy jobs: `run` never lets more than `permits` run at once,
/// nor more than `max_waiting` wait, so memory stays bounded under any flood.
#[derive(Debug)]
pub struct ExpensiveWork {
    permits: Arc<Semaphore>,
    waiting: AtomicUsize,
    max_waiting: usize,
    /// Jobs started since the start (for tests and logs).
    started: AtomicU64,
}

impl ExpensiveWork {
    /// A gate for `permits` jobs at once, with up to `max_waiting` more queued.
    pub fn new(permits: usize, max_waiting: usize) -> Self {
        ExpensiveWork {
            permits: Arc::new(Semaphore::new(permits.max(1))),
            waiting: AtomicUsize::new(0),
            max_waiting,
            started: AtomicU64::new(0),
        }
    }

    /// One job per core, and four per core waiting.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::new(cores, cores * 4)
    }

    /// Runs `job` on the blocking pool once a permit is free; `AppError::Busy` when the queue
    /// is full or no permit came in time.
    pub async fn run<T, F>(&self, job: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let permit = match Arc::clone(&self.permits).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => self.wait_for_permit().await?,
        };
        self.started.fetch_add(1, Ordering::Relaxed);
        let result = actix_web::web::block(move || {
            let _held = permit;
            job()
        })
        .await?;
        Ok(result)
    }

    /// How many jobs have started (each password hash, each image decode).
    pub fn jobs_started(&self) -> u64 {
        self.started.load(Ordering::Relaxed)
    }

    /// Takes every permit and every waiting place until the guard is dropped, so that all
    /// expensive work is refused as busy: a drill for tests and operators.
    pub fn saturate(self: &Arc<Self>) -> Saturation {
        let available = u32::try_from(self.permits.available_permits()).unwrap_or(u32::MAX);
        let permits = Arc::clone(&self.permits)
            .try_acquire_many_owned(available)
            .ok();
        self.waiting.fetch_add(self.max_waiting, Ordering::SeqCst);
        Saturation {
            gate: Arc::clone(self),
            _permits: permits,
        }
    }

    async fn wait_for_permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, AppError> {
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.max_waiting {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(AppError::Busy);
        }
        let acquired =
            actix_web::rt::time::timeout(MAX_WAIT, Arc::clone(&self.permits).acquire_owned()).await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        match acquired {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(AppError::Busy),
        }
    }
}

/// The gate held full by [`ExpensiveWork::saturate`] until dropped.
#[derive(Debug)]
pub struct Saturation {
    gate: Arc<ExpensiveWork>,
    _permits: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl Drop for Saturation {
    fn drop(&mut self) {
        let gate = &self.gate;
        gate.waiting.fetch_sub(gate.max_waiting, Ordering::SeqCst);
    }
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
