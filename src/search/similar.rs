//! "Similar commitments": the published commitments whose text shares the most telling words
//! of one (its rarest words that others hold too), ranked by bm25 as a text search is.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use rustc_hash::FxHashMap;

use super::tokens::for_each_word;
use super::words::WordIndex;
use super::{rows, SearchEngine};
use crate::db::fulltext::Document;
use crate::domain::commitment::summary::CommitmentSummary;

/// How many of a commitment's words are compared with the others'.
const WORDS_COMPARED: usize = 12;
/// Words held by more than one in this many commitments (or than 100, in a small registry) bring
/// too many candidates to rank on every page view, and tell little apart.
const HOLDERS_SHARE: u64 = 200;
const HOLDERS_AT_LEAST: u64 = 100;
/// Words this short say little about what a commitment is about.
const SHORTEST_WORD: usize = 3;
/// A title word weighs this many body words (as the search's ranking weighs them).
const TITLE_WEIGHT: f64 = 10.0;

impl SearchEngine {
    /// Up to `limit` published commitments most like the commitment whose text is `document`
    /// (read with it, so not read again), best first (never that one itself), as of the data
    /// now.
    pub fn similar(
        &self,
        conn: &mut SqliteConnection,
        document: &Document,
        today: NaiveDate,
        limit: usize,
    ) -> QueryResult<Vec<CommitmentSummary>> {
        crate::db::snapshot(conn, |conn| {
            let head = rows::head(conn)?;
            let index = self.fresh(conn, head, today)?;
            let words = self.text.current(conn, head)?;
            let telling = telling_words(&words, document);
            let mut candidates = index.all.clone();
            if let Ok(own) = u32::try_from(document.id) {
                candidates.remove(own);
            }
            let ids: Vec<i64> = words
                .best_holding_any(&telling, &candidates, limit)
                .into_iter()
                .map(|(id, _)| i64::from(id))
                .collect();
            Ok(index.summaries(&ids))
        })
    }
}

/// The words of a commitment's title and body that best tell what it is about, as tf-idf
/// weighs them (title words count more, as in a search): the words it repeats that few others
/// hold, held by at least one other commitment.
fn telling_words(words: &WordIndex, document: &Document) -> Vec<String> {
    // Keyed by the word as written in the page's text: one allocation per distinct word, not
    // per occurrence (a page's text repeats most of its words).
    let mut weights: FxHashMap<String, f64> = FxHashMap::default();
    for (text, weight) in [(&document.title, TITLE_WEIGHT), (&document.body, 1.0)] {
        for_each_word(text, |word, _| {
            if let Some(sum) = weights.get_mut(word) {
                *sum += weight;
            } else if word.chars().count() >= SHORTEST_WORD {
                weights.insert(word.to_string(), weight);
            }
        });
    }
    let documents = words.len().max(1) as f64;
    let most_holders = (words.len() / HOLDERS_SHARE).max(HOLDERS_AT_LEAST);
    let mut scored: Vec<(f64, String)> = weights
        .into_iter()
        .filter_map(|(word, weight)| {
            let holders = words.frequency(&word);
            // A word no other commitment holds brings none closer.
            let telling = (2..=most_holders).contains(&holders);
            telling.then(|| (weight * (documents / holders as f64).ln(), word))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(WORDS_COMPARED)
        .map(|(_, word)| word)
        .collect()
}
