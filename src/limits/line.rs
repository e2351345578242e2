//! Full-text searches that go to the blocking pool take their turn: one per core at once, the
//! others in line in the order they came. (A search that runs in place, on the request's own
//! worker, needs no turn: the workers, one per core, already run one request at a time.)
//!
//! Time-shared among every search in flight, a search matching many commitments was stretched
//! by all the others (under 32 clients, the slowest hundredth took twice the median); in line,
//! each waits for those ahead of it and then runs at full speed, and a flood of searches waits
//! in a bounded line instead of piling up threads.

use std::time::Duration;

use actix_web::rt::time::Instant;
use tokio::sync::OwnedSemaphorePermit;

use super::gate::Gate;
use crate::error::AppError;

/// How long a search waits for its turn before the answer is "busy" (503).
const MAX_WAIT: Duration = Duration::from_secs(10);
/// Searches waiting per core before more are answered "busy" at once.
const WAITING_PER_CORE: usize = 128;

/// The line of full-text searches.
#[derive(Debug)]
pub struct SearchLine {
    gate: Gate,
}

impl SearchLine {
    /// One search per core at once.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        SearchLine {
            gate: Gate::new(u32::try_from(cores).unwrap_or(2), cores * WAITING_PER_CORE),
        }
    }

    /// Waits for this search's turn; the turn lasts as long as the permit is held.
    pub async fn turn(&self) -> Result<OwnedSemaphorePermit, AppError> {
        self.gate.enter(1, Instant::now() + MAX_WAIT).await
    }
}
