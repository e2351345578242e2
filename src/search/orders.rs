//! The four orders of results the facet index keeps sorted, updated in place: removing or
//! inserting k commitments costs k binary searches and one copy of each order.

use std::cmp::Ordering;

use chrono::{NaiveDate, NaiveDateTime};
use roaring::RoaringBitmap;
use rustc_hash::FxHashMap;

use super::vocabulary::Sort;
use crate::domain::commitment::summary::CommitmentSummary;

/// What the index keeps of one published commitment: its sort keys and what the date-dependent
/// facets (status, reporting) and the totals are computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What its result card shows (the index answers a page of cards without reading the
    /// database); its start and completion dates sort and date it.
    pub summary: CommitmentSummary,
    pub published_at: Option<NaiveDateTime>,
    pub latest_report: Option<NaiveDate>,
    pub reports: u64,
    pub title_sort: Box<str>,
}

/// The entries of the published commitments, by id (a fast hash: ids are ours, not a
/// stranger's, and the page and country counts look up thousands of them per request).
pub type Entries = FxHashMap<u32, Entry>;

/// One kept order (relevance is not one: it comes from the full-text rank).
#[derive(Debug, Clone, Copy)]
enum Key {
    Newest,
    Oldest,
    Title,
    Start,
}

const KEYS: [Key; 4] = [Key::Newest, Key::Oldest, Key::Title, Key::Start];

/// What sorting one member of a set costs, in ids scanned along an order (measured roughly:
/// an entry lookup and its share of the sort against a bitmap membership test).
const SORTING_COST: usize = 8;

/// The kept order that `sort` reads (relevance, which is not kept, falls back to newest).
fn key_of(sort: Sort) -> Key {
    match sort {
        Sort::Newest | Sort::Relevance => Key::Newest,
        Sort::Oldest => Key::Oldest,
        Sort::Title => Key::Title,
        Sort::Start => Key::Start,
    }
}

/// How two commitments compare in an order; ties go to the lower id, so the order is total.
fn compare(key: Key, (a, ea): (u32, &Entry), (b, eb): (u32, &Entry)) -> Ordering {
    let by_key = match key {
        Key::Newest => eb.published_at.cmp(&ea.published_at),
        Key::Oldest => ea.published_at.cmp(&eb.published_at),
        Key::Title => ea.title_sort.cmp(&eb.title_sort),
        Key::Start => eb.summary.start_date.cmp(&ea.summary.start_date),
    };
    by_key.then(a.cmp(&b))
}

/// Every published commitment in each kept order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Orders {
    lists: [Vec<u32>; 4],
}

impl Orders {
    /// The ids in the order `sort` asks for (newest for relevance, which is not kept).
    pub fn list(&self, sort: Sort) -> &[u32] {
        &self.lists[key_of(sort) as usize]
    }

    /// The members of `set` in the order `sort`, `take` of them after the first `skip`.
    ///
    /// Scanning the order until enough members turn up reads about `(skip + take) × n / |set|`
    /// ids; a set much smaller than that is cheaper to sort by its members' entries.
    pub fn page(
        &self,
        sort: Sort,
        set: &RoaringBitmap,
        entries: &Entries,
        (skip, take): (usize, usize),
    ) -> Vec<u32> {
        let list = self.list(sort);
        let size = set.len() as usize;
        let wanted = skip.saturating_add(take).min(size);
        let scanned = wanted.saturating_mul(list.len()) / size.max(1);
        if size.saturating_mul(SORTING_COST) >= scanned {
            return list
                .iter()
                .copied()
                .filter(|id| set.contains(*id))
                .skip(skip)
                .take(take)
                .collect();
        }
        let key = key_of(sort);
        let mut members: Vec<(u32, &Entry)> = set
            .iter()
            .filter_map(|id| entries.get(&id).map(|e| (id, e)))
            .collect();
        let order = |a: &(u32, &Entry), b: &(u32, &Entry)| compare(key, *a, *b);
        if wanted < members.len() {
            members.select_nth_unstable_by(wanted, order);
            members.truncate(wanted);
        }
        members.sort_unstable_by(order);
        members.into_iter().skip(skip).map(|(id, _)| id).collect()
    }

    /// Takes `ids` out of every order; their entries must still be the ones they were sorted by.
    pub fn remove(&mut self, ids: &[u32], entries: &Entries) {
        for (list, key) in self.lists.iter_mut().zip(KEYS) {
            let mut positions: Vec<usize> = ids
                .iter()
                .filter_map(|id| position(list, key, *id, entries))
                .collect();
            positions.sort_unstable();
            positions.dedup();
            remove_positions(list, &positions);
        }
    }

    /// Puts `ids` (absent from every order, with their entries in `entries`) in their places.
    pub fn insert(&mut self, ids: &[u32], entries: &Entries) {
        let new: Vec<(u32, &Entry)> = ids
            .iter()
            .filter_map(|id| entries.get(id).map(|e| (*id, e)))
            .collect();
        for (list, key) in self.lists.iter_mut().zip(KEYS) {
            let mut sorted = new.clone();
            sorted.sort_unstable_by(|a, b| compare(key, *a, *b));
            let placed: Vec<(usize, u32)> = sorted
                .iter()
                .map(|item| {
                    let at = list.partition_point(|probe| {
                        entries
                            .get(probe)
                            .is_some_and(|e| compare(key, (*probe, e), *item) == Ordering::Less)
                    });
                    (at, item.0)
                })
                .collect();
            insert_at(list, &placed);
        }
    }
}

/// Where `id` is in `list`: a binary search by its entry, or a scan if it is not found so.
fn position(list: &[u32], key: Key, id: u32, entries: &Entries) -> Option<usize> {
    let found = entries.get(&id).and_then(|entry| {
        list.binary_search_by(|probe| match entries.get(probe) {
            Some(e) => compare(key, (*probe, e), (id, entry)),
            None => Ordering::Less,
        })
        .ok()
    });
    found.or_else(|| list.iter().position(|x| *x == id))
}

/// Up to this many changes are made in place (one memory move each); more, by one copy.
const IN_PLACE: usize = 16;

/// Takes out the items at `positions` (sorted, distinct).
fn remove_positions(list: &mut Vec<u32>, positions: &[usize]) {
    if positions.len() <= IN_PLACE {
        for &at in positions.iter().rev() {
            list.remove(at);
        }
        return;
    }
    let mut out = Vec::with_capacity(list.len().saturating_sub(positions.len()));
    let mut from = 0;
    for &at in positions {
        out.extend_from_slice(&list[from..at]);
        from = at + 1;
    }
    out.extend_from_slice(&list[from..]);
    *list = out;
}

/// Inserts each `(position, id)` inserted before the item at that position (positions
/// in increasing order, as computed on `list` itself).
fn insert_at(list: &mut Vec<u32>, placed: &[(usize, u32)]) {
    if placed.len() <= IN_PLACE {
        for &(at, id) in placed.iter().rev() {
            list.insert(at, id);
        }
        return;
    }
    let mut out = Vec::with_capacity(list.len() + placed.len());
    let mut from = 0;
    for &(at, id) in placed {
        out.extend_from_slice(&list[from..at]);
        out.push(id);
        from = at;
    }
    out.extend_from_slice(&list[from..]);
    *list = out;
}
