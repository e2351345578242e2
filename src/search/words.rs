//! The word index: for every word, the commitments holding it and how much weight it has in
//! each, kept in memory, so that a word's matches are one bitmap whatever their number, and
//! relevance (bm25, as SQLite's FTS5 computes it) is scored for the results only.
//!
//! Built from `db::fulltext` documents, it follows writes through [`WordIndex::apply`] with the
//! ids of the commitments whose text changed: cost proportional to the change.

use rustc_hash::FxHashMap;

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::rank_bits::RankBits;
use super::tokens::for_each_word;
use crate::db::fulltext::{documents, Document, Which};

/// Weight of a word in each column (title, body, lead entity, partners), as bm25 is told.
const COLUMN_WEIGHTS: [u16; 4] = [10, 1, 4, 2];
/// bm25's parameters (FTS5's values).
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Documents read per query while building.
const BATCH: i64 = 1_000;
/// Postings of at least this many commitments are also kept as [`RankBits`].
const DENSE_FROM: u64 = 2_048;

/// The commitments holding one word, and the word's weighted count in each (same order).
#[derive(Debug, Default)]
struct Postings {
    ids: RoaringBitmap,
    /// Σ over columns of column weight × occurrences, saturating (bm25 saturates long before).
    weights: Vec<u16>,
    /// The largest id, so that appending needs no search in the bitmap.
    last: Option<u32>,
    /// While building: ids in order, turned into `ids` at the end. Appending to a list touches
    /// one place in memory, where a bitmap insert searches its container: building 100,000
    /// commitments spent a fifth of its time there.
    pending: Vec<u32>,
    /// For a word held by many commitments: the same ids as bits with counts, so that finding
    /// a result's weight costs the same whatever the number of postings.
    dense: Option<RankBits>,
}

impl Postings {
    /// `(position in ids, weight)` for each of the sorted `ids` that this word's postings hold.
    /// A few results among many postings are looked up one by one (a rank in the bitmap);
    /// otherwise both lists are walked together.
    fn weights_of(&self, ids: &[u32]) -> Vec<(usize, u16)> {
        if let Some(dense) = &self.dense {
            return ids
                .iter()
                .enumerate()
                .filter_map(|(at, id)| Some((at, *self.weights.get(dense.position(*id)?)?)))
                .collect();
        }
        let weight_at = |rank: u64| self.weights.get(usize::try_from(rank).ok()? - 1).copied();
        if (ids.len() as u64).saturating_mul(16) < self.ids.len() {
            return ids
                .iter()
                .enumerate()
                .filter(|(_, id)| self.ids.contains(**id))
                .filter_map(|(at, id)| Some((at, weight_at(self.ids.rank(*id))?)))
                .collect();
        }
        let mut found = Vec::new();
        let mut next = 0;
        for (id, weight) in self.ids.iter().zip(self.weights.iter()) {
            while next < ids.len() && ids[next] < id {
                next += 1;
            }
            if ids.get(next) == Some(&id) {
                found.push((next, *weight));
            }
        }
        found
    }
}

impl Postings {
    fn add(&mut self, id: u32, weight: u16) {
        if self.last.is_none_or(|last| last < id) {
            self.ids.insert(id);
            self.weights.push(weight);
            self.last = Some(id);
        } else if self.ids.insert(id) {
            let at = usize::try_from(self.ids.rank(id)).unwrap_or(usize::MAX) - 1;
            self.weights.insert(at.min(self.weights.len()), weight);
        } else {
            return;
        }
        match &mut self.dense {
            // An id far past the others (an import that kept its ids) would make bits costly.
            Some(dense) if RankBits::worth_it(self.ids.len(), id) => dense.insert(id),
            _ => self.index_densely_if_worth_it(),
        }
    }

    /// Keeps the ids as [`RankBits`] too when they are dense, drops them when no longer.
    fn index_densely_if_worth_it(&mut self) {
        let max = self.ids.max().unwrap_or(0);
        self.dense = (self.ids.len() >= DENSE_FROM && RankBits::worth_it(self.ids.len(), max))
            .then(|| RankBits::of(self.ids.iter()));
    }

    fn add_while_building(&mut self, id: u32, weight: u16) {
        self.pending.push(id);
        self.weights.push(weight);
    }

    fn finish_building(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        self.last = pending.last().copied();
        self.ids = RoaringBitmap::from_sorted_iter(pending).unwrap_or_default();
        self.ids.optimize();
        self.weights.shrink_to_fit();
        self.index_densely_if_worth_it();
    }

    fn remove_all(&mut self, gone: &RoaringBitmap) {
        let (ids, weights): (Vec<u32>, Vec<u16>) = self
            .ids
            .iter()
            .zip(self.weights.iter().copied())
            .filter(|(id, _)| !gone.contains(*id))
            .unzip();
        self.ids = RoaringBitmap::from_sorted_iter(ids).unwrap_or_default();
        self.weights = weights;
        self.last = self.ids.max();
        self.index_densely_if_worth_it();
    }
}

/// Every word of every commitment's document, with what bm25 needs.
#[derive(Debug, Default)]
pub struct WordIndex {
    dictionary: FxHashMap<Box<str>, u32>,
    postings: Vec<Postings>,
    /// Words per document (all columns), by id; 0 for ids not indexed.
    lengths: Vec<u32>,
    documents: RoaringBitmap,
    total_words: u64,
    /// True while [`WordIndex::build`] reads documents in id order.
    building: bool,
}

impl WordIndex {
    /// Indexes every commitment; call inside a read transaction.
    pub fn build(conn: &mut SqliteConnection) -> QueryResult<Self> {
        let mut index = WordIndex {
            building: true,
            ..WordIndex::default()
        };
        let mut from = i64::MIN;
        loop {
            let which = Which::Between {
                from,
                to: i64::MAX,
                limit: BATCH,
            };
            let batch = documents(conn, which)?;
            let Some(last) = batch.last().map(|d| d.id) else {
                break;
            };
            batch.iter().for_each(|d| index.add(d));
            from = last.saturating_add(1);
        }
        index.compact();
        Ok(index)
    }

    /// Re-reads the documents of `changed` (new, edited or deleted commitments).
    pub fn apply(&mut self, conn: &mut SqliteConnection, changed: &[i64]) -> QueryResult<()> {
        let gone: RoaringBitmap = changed
            .iter()
            .filter_map(|id| u32::try_from(*id).ok())
            .filter(|id| self.documents.contains(*id))
            .collect();
        if !gone.is_empty() {
            self.remove(&gone);
        }
        for chunk in changed.chunks(BATCH as usize) {
            for document in documents(conn, Which::Ids(chunk))? {
                self.add(&document);
            }
        }
        Ok(())
    }

    /// How many commitments are indexed.
    pub fn len(&self) -> u64 {
        self.documents.len()
    }

    /// True when no commitment is indexed.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The commitments holding every one of `words` (already folded by `tokens`).
    pub fn matching(&self, words: &[String]) -> RoaringBitmap {
        let mut sets = words.iter().map(|w| self.postings_of(w).map(|p| &p.ids));
        let Some(Some(first)) = sets.next() else {
            return RoaringBitmap::new();
        };
        let mut all = first.clone();
        for set in sets {
            match set {
                Some(set) => all &= set,
                None => return RoaringBitmap::new(),
            }
        }
        all
    }

    /// How many commitments hold `word` (already folded by `tokens`).
    pub fn frequency(&self, word: &str) -> u64 {
        // One weight per holder: the count without walking the bitmap's containers.
        self.postings_of(word).map_or(0, |p| p.weights.len() as u64)
    }

    /// The commitments holding any of `words`.
    pub fn holding_any(&self, words: &[String]) -> RoaringBitmap {
        words
            .iter()
            .filter_map(|w| self.postings_of(w))
            .fold(RoaringBitmap::new(), |all, p| all | &p.ids)
    }

    /// The bm25 rank of each of `results` for `words` (lower is better, as FTS5's `bm25()`),
    /// in id order. Every result must hold every word.
    pub fn ranked(&self, words: &[String], results: &RoaringBitmap) -> Vec<(u32, f64)> {
        let ids: Vec<u32> = results.iter().collect();
        let mut scores = vec![0.0f64; ids.len()];
        for postings in words.iter().filter_map(|w| self.postings_of(w)) {
            let term = self.term_score(postings);
            for (at, weight) in postings.weights_of(&ids) {
                scores[at] += term(ids[at], weight);
            }
        }
        ids.into_iter()
            .zip(scores)
            .map(|(id, score)| (id, -score))
            .collect()
    }

    /// The `limit` commitments of `within` that rank best for any of `words` (bm25 summed over
    /// the words each holds, lower is better; ties by id), best first. Scored word by word
    /// over each word's own postings, so the cost follows those postings, not `within`.
    pub fn best_holding_any(
        &self,
        words: &[String],
        within: &RoaringBitmap,
        limit: usize,
    ) -> Vec<(u32, f64)> {
        let held: Vec<&Postings> = words.iter().filter_map(|w| self.postings_of(w)).collect();
        let most = held.iter().map(|p| p.weights.len()).sum();
        let mut scores: FxHashMap<u32, f64> =
            FxHashMap::with_capacity_and_hasher(most, Default::default());
        for postings in held {
            let term = self.term_score(postings);
            for (id, weight) in postings.ids.iter().zip(postings.weights.iter()) {
                if within.contains(id) {
                    *scores.entry(id).or_default() -= term(id, *weight);
                }
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().collect();
        let order = |a: &(u32, f64), b: &(u32, f64)| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0));
        if ranked.len() > limit && limit > 0 {
            ranked.select_nth_unstable_by(limit - 1, order);
        }
        ranked.truncate(limit);
        ranked.sort_by(order);
        ranked
    }

    /// bm25's share of one word in a commitment, from the word's weight there.
    fn term_score<'a>(&'a self, postings: &Postings) -> impl Fn(u32, u16) -> f64 + 'a {
        let documents = self.documents.len().max(1) as f64;
        let average_length = (self.total_words as f64 / documents).max(f64::MIN_POSITIVE);
        let hits = postings.ids.len() as f64;
        let idf = ((documents - hits + 0.5) / (hits + 0.5)).ln();
        let idf = if idf > 0.0 { idf } else { 1e-6 };
        move |id: u32, weight: u16| {
            let length = f64::from(self.length(id));
            let f = f64::from(weight);
            idf * (f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * length / average_length))
        }
    }

    fn postings_of(&self, word: &str) -> Option<&Postings> {
        let at = *self.dictionary.get(word)?;
        self.postings.get(at as usize)
    }

    fn length(&self, id: u32) -> u32 {
        self.lengths.get(id as usize).copied().unwrap_or(0)
    }

    fn add(&mut self, document: &Document) {
        let Ok(id) = u32::try_from(document.id) else {
            return;
        };
        let mut counted: Vec<(u32, u16)> = Vec::new();
        let mut length = 0u32;
        for (column, text) in document.columns().into_iter().enumerate() {
            let weight = COLUMN_WEIGHTS[column];
            for_each_word(text, |word, _| {
                length = length.saturating_add(1);
                counted.push((self.word_number(word), weight));
            });
        }
        counted.sort_unstable_by_key(|(word, _)| *word);
        let mut words = counted.into_iter().peekable();
        while let Some((word, mut weight)) = words.next() {
            while let Some((_, more)) = words.next_if(|(next, _)| *next == word) {
                weight = weight.saturating_add(more);
            }
            let postings = &mut self.postings[word as usize];
            if self.building {
                postings.add_while_building(id, weight);
            } else {
                postings.add(id, weight);
            }
        }
        self.documents.insert(id);
        let slot = id as usize;
        if self.lengths.len() <= slot {
            self.lengths.resize(slot + 1, 0);
        }
        self.lengths[slot] = length;
        self.total_words += u64::from(length);
    }

    fn word_number(&mut self, word: &str) -> u32 {
        if let Some(number) = self.dictionary.get(word) {
            return *number;
        }
        let number = u32::try_from(self.postings.len()).unwrap_or(u32::MAX);
        self.dictionary.insert(word.into(), number);
        self.postings.push(Postings::default());
        number
    }

    fn remove(&mut self, gone: &RoaringBitmap) {
        for postings in &mut self.postings {
            if !postings.ids.is_disjoint(gone) {
                postings.remove_all(gone);
            }
        }
        for id in gone {
            if let Some(length) = self.lengths.get_mut(id as usize) {
                self.total_words -= u64::from(std::mem::take(length));
            }
        }
        self.documents -= gone;
    }

    /// Turns the lists built into bitmaps, and gives back the memory growing left unused.
    fn compact(&mut self) {
        self.building = false;
        self.postings.iter_mut().for_each(Postings::finish_building);
        self.postings.shrink_to_fit();
        self.lengths.shrink_to_fit();
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
