//! A semaphore with a short line: work enters with a weight when enough permits are free, else
//! waits in a line of bounded length until a deadline, and is refused as busy beyond either.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use actix_web::rt::time::{timeout, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// `capacity` permits shared by weight, with at most `max_waiting` jobs waiting for theirs.
#[derive(Debug)]
pub struct Gate {
    permits: Arc<Semaphore>,
    capacity: u32,
    waiting: AtomicUsize,
    max_waiting: usize,
}

impl Gate {
    /// A gate of `capacity` permits (at least one) and a line of `max_waiting`.
    pub fn new(capacity: u32, max_waiting: usize) -> Self {
        let capacity = capacity.max(1);
        Gate {
            permits: Arc::new(Semaphore::new(capacity as usize)),
            capacity,
            waiting: AtomicUsize::new(0),
            max_waiting,
        }
    }

    /// Takes `weight` permits (at least one, at most all of them: the heaviest job runs alone),
    /// waiting until `deadline` in line; `AppError::Busy` when the line is full or time is up.
    pub async fn enter(
        &self,
        weight: u32,
        deadline: Instant,
    ) -> Result<OwnedSemaphorePermit, AppError> {
        let weight = weight.clamp(1, self.capacity);
        if let Ok(permit) = Arc::clone(&self.permits).try_acquire_many_owned(weight) {
            return Ok(permit);
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.max_waiting {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(AppError::Busy);
        }
        let time_left = deadline.saturating_duration_since(Instant::now());
        let acquired = timeout(
            time_left,
            Arc::clone(&self.permits).acquire_many_owned(weight),
        )
        .await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        match acquired {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(AppError::Busy),
        }
    }

    /// Holds all permits but `left` and every place in line until the guard is dropped: a drill
    /// for tests and operators (work heavier than `left` is refused as busy at once).
    pub fn close_all_but(self: &Arc<Self>, left: u32) -> Closed {
        let available = u32::try_from(self.permits.available_permits()).unwrap_or(u32::MAX);
        let permits = Arc::clone(&self.permits)
            .try_acquire_many_owned(available.saturating_sub(left))
            .ok();
        self.waiting.fetch_add(self.max_waiting, Ordering::SeqCst);
        Closed {
            gate: Arc::clone(self),
            _permits: permits,
        }
    }
}

/// A gate held by [`Gate::close_all_but`] until dropped.
#[derive(Debug)]
pub struct Closed {
    gate: Arc<Gate>,
    _permits: Option<OwnedSemaphorePermit>,
}

impl Drop for Closed {
    fn drop(&mut self) {
        let gate = &self.gate;
        gate.waiting.fetch_sub(gate.max_waiting, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn soon() -> Instant {
        Instant::now() + Duration::from_secs(3)
    }

    #[actix_web::test]
    async fn light_work_enters_beside_heavy_work_and_heavier_work_than_what_is_left_waits() {
        let gate = Gate::new(40, 1);
        let heavy = gate.enter(36, soon()).await.unwrap();
        let light = gate.enter(4, soon()).await.unwrap();
        let past = Instant::now();
        assert!(matches!(gate.enter(36, past).await, Err(AppError::Busy)));
        drop((heavy, light));
        assert!(gate.enter(36, past).await.is_ok());
    }

    #[actix_web::test]
    async fn work_heavier_than_the_whole_gate_runs_alone_rather_than_never() {
        let gate = Gate::new(40, 1);
        let alone = gate.enter(500, soon()).await.unwrap();
        assert_eq!(alone.num_permits(), 40);
    }

    #[actix_web::test]
    async fn a_closed_gate_refuses_at_once_what_is_heavier_than_it_left_open() {
        let gate = Arc::new(Gate::new(40, 4));
        let closed = gate.close_all_but(8);
        assert!(gate.enter(8, soon()).await.is_ok());
        assert!(matches!(gate.enter(9, soon()).await, Err(AppError::Busy)));
        drop(closed);
        assert!(gate.enter(40, soon()).await.is_ok());
    }
}
