//! Photo slots reserved before decoding: parallel uploads to one commitment beyond its limit are
//! refused before any of them decodes (the limit is still checked again when the row is written).
//!
//! A reservation counts the uploads ahead in line and the photos stored. An upload that has
//! just stored its row and not yet left the line would be counted twice (a spurious "too many
//! photos"), one that left before storing would be missed: so both the count and the step
//! "store the row, leave the line" run under one lock ([`PhotoSlots::settled`]).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The uploads in progress, per commitment, in the order they arrived.
#[derive(Debug, Default)]
pub struct PhotoSlots {
    held: Mutex<Held>,
    /// Held while a reservation counts, and while an upload stores its row and leaves the line.
    settling: Mutex<()>,
}

#[derive(Debug, Default)]
struct Held {
    next_ticket: u64,
    by_commitment: HashMap<i64, BTreeSet<u64>>,
}

impl PhotoSlots {
    /// Takes a place in line for commitment `id`; the place is given up when dropped.
    pub fn queue(self: &Arc<Self>, id: i64) -> SlotTicket {
        let mut held = self.lock();
        let ticket = held.next_ticket;
        held.next_ticket += 1;
        held.by_commitment.entry(id).or_default().insert(ticket);
        SlotTicket {
            slots: Arc::clone(self),
            id,
            ticket,
        }
    }

    /// Runs `step` while no upload is between storing its photo and leaving the line: for
    /// counting the stored photos and the uploads ahead (both short database steps; uploads
    /// of any commitment wait for each other here, nothing else does).
    pub fn settled<T>(&self, step: impl FnOnce() -> T) -> T {
        let _settling = self.settling.lock().unwrap_or_else(PoisonError::into_inner);
        step()
    }

    /// How many commitments have uploads in progress (for tests).
    pub fn busy_commitments(&self) -> usize {
        self.lock().by_commitment.len()
    }

    fn lock(&self) -> MutexGuard<'_, Held> {
        self.held.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One upload's place in line for its commitment's photo slots.
#[derive(Debug)]
pub struct SlotTicket {
    slots: Arc<PhotoSlots>,
    id: i64,
    ticket: u64,
}

impl SlotTicket {
    /// The uploads to the same commitment that arrived earlier and are still in progress
    /// (read it with the stored photos inside [`PhotoSlots::settled`]).
    pub fn ahead(&self) -> usize {
        let held = self.slots.lock();
        held.by_commitment
            .get(&self.id)
            .map_or(0, |line| line.range(..self.ticket).count())
    }
}

impl Drop for SlotTicket {
    fn drop(&mut self) {
        let mut held = self.slots.lock();
        if let Some(line) = held.by_commitment.get_mut(&self.id) {
            line.remove(&self.ticket);
            if line.is_empty() {
                held.by_commitment.remove(&self.id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_upload_sees_the_earlier_ones_of_its_commitment_only() {
        let slots = Arc::new(PhotoSlots::default());
        let first = slots.queue(1);
        let other = slots.queue(2);
        let second = slots.queue(1);
        assert_eq!((first.ahead(), second.ahead(), other.ahead()), (0, 1, 0));
        drop(first);
        assert_eq!(second.ahead(), 0);
    }

    #[test]
    fn a_finished_upload_leaves_nothing_behind() {
        let slots = Arc::new(PhotoSlots::default());
        drop(slots.queue(7));
        assert_eq!(slots.busy_commitments(), 0);
    }
}
