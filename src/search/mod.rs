//! Search: query parsing, full text (FTS5), and exact disjunctive facet counts.

mod countries;
pub mod evaluate;
mod follow;
pub mod fulltext;
mod holding_most;
pub mod index;
mod orders;
pub mod organisations;
pub mod query;
mod rank_bits;
mod rows;
mod similar;
mod snippet;
pub mod tokens;
pub mod vocabulary;
pub mod words;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError, RwLock, RwLockReadGuard};

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

pub use evaluate::{ConstraintKind, Evaluation};
pub use fulltext::{TextIndex, TextQuery};
pub use index::{FacetIndex, Totals};
pub use query::{ParamError, SearchQuery};
pub use vocabulary::{Facet, Sort};

/// A catch-up touching more commitments than this share of the index rebuilds it instead
/// (one bulk read is then cheaper than many small ones), and so does one behind a pruned log.
const REBUILD_ABOVE_ONE_IN: usize = 4;
/// ...but a small index catches up on this many changes at least.
const CATCH_UP_AT_LEAST: usize = 1_000;

/// The facet index, read-locked for as long as a caller uses it.
pub type IndexGuard<'a> = RwLockReadGuard<'a, FacetIndex>;

/// How often the engine has refreshed its index since it was created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Refreshes {
    /// Builds from scratch (the first one, or after a pruned or very long gap).
    pub rebuilds: u64,
    /// Applications of the change log.
    pub catch_ups: u64,
    /// Recomputations of the date-dependent facets for a new day.
    pub day_changes: u64,
}

/// Searches with one shared facet index, kept in step with the database's change log.
///
/// One index for every worker, updated in place: a request whose snapshot holds changes the
/// index has not applied catches it up, one request at a time (the others wait, then use it).
#[derive(Debug, Default)]
pub struct SearchEngine {
    index: RwLock<FacetIndex>,
    refreshing: Mutex<()>,
    rebuilds: AtomicU64,
    catch_ups: AtomicU64,
    day_changes: AtomicU64,
    /// The word index, kept in step with the same change log as the facet index.
    text: TextIndex,
}

impl SearchEngine {
    /// Runs `query` as of `today`, on the data as of the start of the call.
    pub fn search(
        &self,
        conn: &mut SqliteConnection,
        query: &SearchQuery,
        today: NaiveDate,
    ) -> QueryResult<Evaluation> {
        let text = TextQuery::parse(&query.q);
        let (evaluation, ()) = self.search_then(conn, query, &text, today, |_, _, _| Ok(()))?;
        Ok(evaluation)
    }

    /// Runs `query`, whose text `text` is (parsed once by the caller, who also needs it), then
    /// `then` on the same snapshot: the same read transaction and the same index, so what it
    /// loads for the results (a page's cards and texts) is what was counted.
    pub fn search_then<T>(
        &self,
        conn: &mut SqliteConnection,
        query: &SearchQuery,
        text: &TextQuery,
        today: NaiveDate,
        then: impl FnOnce(&mut SqliteConnection, &FacetIndex, &Evaluation) -> QueryResult<T>,
    ) -> QueryResult<(Evaluation, T)> {
        crate::db::snapshot(conn, |conn| {
            let head = rows::head(conn)?;
            let index = self.fresh(conn, head, today)?;
            let evaluation = if text.is_empty() {
                let constraints = evaluate::constraints(&index, query, None);
                evaluate::evaluate(&index, query, &constraints, |_| Vec::new())
            } else {
                // The change log's head serves as the word index's counter too.
                let words = self.text.current(conn, head)?;
                let matched = fulltext::matching(conn, &words, text)?;
                let constraints = evaluate::constraints(&index, query, Some(matched));
                // Relevance is scored for the results only, not for every match of the words.
                let relevance = query.effective_sort() == Sort::Relevance;
                evaluate::evaluate(&index, query, &constraints, |results| match relevance {
                    true => fulltext::ranked(&words, text, results),
                    false => Vec::new(),
                })
            };
            let loaded = then(conn, &index, &evaluation)?;
            Ok((evaluation, loaded))
        })
    }

    /// The facet index for the data as of now and for `today`. Keep the guard briefly: a
    /// catch-up waits for every guard to be dropped.
    pub fn index(
        &self,
        conn: &mut SqliteConnection,
        today: NaiveDate,
    ) -> QueryResult<IndexGuard<'_>> {
        crate::db::snapshot(conn, |conn| {
            let head = rows::head(conn)?;
            self.fresh(conn, head, today)
        })
    }

    /// Builds the facet index and the word index now (at start), side by side on two
    /// connections, so that neither the first search nor the first text search is slow;
    /// returns how many commitments are searched.
    pub fn warm_up(
        &self,
        facets: &mut SqliteConnection,
        words: &mut SqliteConnection,
        today: NaiveDate,
    ) -> QueryResult<u64> {
        std::thread::scope(|scope| {
            let text = scope.spawn(move || {
                words.transaction(|conn| {
                    let head = rows::head(conn)?;
                    self.text.current(conn, head).map(drop)
                })
            });
            let commitments = facets.transaction(|conn| {
                let head = rows::head(conn)?;
                Ok(self.fresh(conn, head, today)?.totals.commitments)
            });
            let text = text
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            text.and(commitments)
        })
    }

    /// True when a search now would wait for nothing: both indexes hold every change in the
    /// database and the facets are computed for `today`, and no refresh is under way (a
    /// waiting refresh would hold new readers back). Requests answered on a worker thread ask
    /// first, and leave any catch-up, rebuild or day change to the blocking pool.
    pub fn settled(&self, conn: &mut SqliteConnection, today: NaiveDate) -> QueryResult<bool> {
        let head = rows::head(conn)?;
        let refreshing = self.refreshing.try_lock().is_err();
        let facets = self
            .index
            .try_read()
            .is_ok_and(|index| serves(&index, head, today));
        Ok(!refreshing && facets && self.text.holds(head))
    }

    /// How often the index has been rebuilt, caught up and moved to a new day.
    pub fn refreshes(&self) -> Refreshes {
        Refreshes {
            rebuilds: self.rebuilds.load(Ordering::Relaxed),
            catch_ups: self.catch_ups.load(Ordering::Relaxed),
            day_changes: self.day_changes.load(Ordering::Relaxed),
        }
    }

    /// The index once it holds every change up to `head` (read in the caller's snapshot) and
    /// is computed for `today`.
    fn fresh(
        &self,
        conn: &mut SqliteConnection,
        head: i64,
        today: NaiveDate,
    ) -> QueryResult<IndexGuard<'_>> {
        let index = self.read();
        if serves(&index, head, today) {
            return Ok(index);
        }
        drop(index);
        let _only_one = self
            .refreshing
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let index = self.read();
        if serves(&index, head, today) {
            return Ok(index);
        }
        let seq = index.seq;
        drop(index);
        self.bring_up_to(conn, seq, head, today)?;
        let mut index = self.write();
        if index.today != today {
            index.set_today(today);
            self.day_changes.fetch_add(1, Ordering::Relaxed);
        }
        drop(index);
        Ok(self.read())
    }

    /// Applies the changes after `seq` up to `head`, or rebuilds (for `today`); the caller
    /// holds `refreshing`.
    fn bring_up_to(
        &self,
        conn: &mut SqliteConnection,
        seq: Option<i64>,
        head: i64,
        today: NaiveDate,
    ) -> QueryResult<()> {
        let Some(seq) = seq else {
            return self.rebuild(conn, head, today);
        };
        if seq >= head {
            return Ok(());
        }
        let Some(changed) = rows::changed_since(conn, seq)? else {
            return self.rebuild(conn, head, today);
        };
        let size = self.read().all.len() as usize;
        if changed.len() > CATCH_UP_AT_LEAST.max(size / REBUILD_ABOVE_ONE_IN) {
            return self.rebuild(conn, head, today);
        }
        let batch = rows::read_batch(conn, &changed)?;
        let mut index = self.write();
        // Marked unbuilt while changing: should this panic halfway, the next request rebuilds.
        index.seq = None;
        index.catch_up(head, &changed, batch);
        self.catch_ups.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn rebuild(&self, conn: &mut SqliteConnection, head: i64, today: NaiveDate) -> QueryResult<()> {
        let fresh = FacetIndex::build(conn, head, today)?;
        *self.write() = fresh;
        self.rebuilds.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn read(&self) -> IndexGuard<'_> {
        self.index.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, FacetIndex> {
        self.index.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// True when `index` holds every change up to `head` and is computed for `today`. (An index
/// ahead of the caller's snapshot serves too: it holds every write committed before.)
fn serves(index: &FacetIndex, head: i64, today: NaiveDate) -> bool {
    index.seq.is_some_and(|seq| seq >= head) && index.today == today
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
