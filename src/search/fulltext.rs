//! Full text, the query side: safe user queries, the word index kept current, trigram lookups
//! for Chinese and Japanese, bm25 ranks and snippets. Documents themselves are `db::fulltext`'s.

use std::ops::Deref;
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::tokens;
use super::words::WordIndex;
use crate::db::fulltext::{is_cjk, Document};
use crate::db::schema::commitments;

pub use super::snippet::{HIGHLIGHT_END, HIGHLIGHT_START};

/// What a search text asks for: words (all must match) and words of scripts without spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextQuery {
    /// Words for the word index, folded (lower case, no accents), in the order typed.
    pub words: Vec<String>,
    /// Words in scripts without spaces (Chinese, Japanese, Korean), for the trigram index.
    pub cjk: Vec<String>,
}

impl TextQuery {
    /// Reads any user text: operators and quotes are only punctuation between words.
    pub fn parse(q: &str) -> Self {
        let mut query = TextQuery::default();
        for term in q.split_whitespace() {
            let term: String = term
                .chars()
                .filter(|c| !matches!(c, '\u{E000}'..='\u{F8FF}'))
                .collect();
            if !term.chars().any(char::is_alphanumeric) {
                continue;
            }
            if term.chars().any(is_cjk) {
                query.cjk.push(term);
            } else {
                query.words.extend(tokens::words(&term));
            }
        }
        query
    }

    /// True when the text held nothing searchable (only punctuation, emoji or spaces).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.cjk.is_empty()
    }
}

/// The word index shared by all requests, and the database state it reflects.
#[derive(Debug, Default)]
pub struct TextIndex {
    state: RwLock<Synced>,
}

#[derive(Debug, Default)]
struct Synced {
    words: WordIndex,
    /// The `search_version` it was last brought up to; `None` before the first build.
    search_version: Option<i64>,
    /// Each commitment's `version` as indexed, by id (0: not indexed).
    content_versions: Vec<i64>,
}

/// Read access to a current word index (other requests may read it meanwhile).
pub struct Words<'a>(RwLockReadGuard<'a, Synced>);

impl Deref for Words<'_> {
    type Target = WordIndex;

    fn deref(&self) -> &WordIndex {
        &self.0.words
    }
}

impl TextIndex {
    /// The word index as of `search_version` (the database's write counter), built or brought
    /// up to date first when needed: one request does it, the others wait and then use it.
    pub fn current(
        &self,
        conn: &mut SqliteConnection,
        search_version: i64,
    ) -> QueryResult<Words<'_>> {
        let read = self.state.read().unwrap_or_else(PoisonError::into_inner);
        if read.search_version == Some(search_version) {
            return Ok(Words(read));
        }
        drop(read);
        {
            let mut state = self.state.write().unwrap_or_else(PoisonError::into_inner);
            if state.search_version != Some(search_version) {
                state.catch_up(conn)?;
                state.search_version = Some(search_version);
            }
        }
        Ok(Words(
            self.state.read().unwrap_or_else(PoisonError::into_inner),
        ))
    }

    /// Re-reads the text of these commitments (for a log of changed ids).
    pub fn apply(&self, conn: &mut SqliteConnection, changed: &[i64]) -> QueryResult<()> {
        let mut state = self.state.write().unwrap_or_else(PoisonError::into_inner);
        state.words.apply(conn, changed)
    }
}

impl Synced {
    /// Builds the index, or re-reads the commitments whose `version` moved since.
    fn catch_up(&mut self, conn: &mut SqliteConnection) -> QueryResult<()> {
        let now: Vec<(i64, i64)> = commitments::table
            .select((commitments::id, commitments::version))
            .order(commitments::id.asc())
            .load(conn)?;
        if self.search_version.is_none() {
            self.words = WordIndex::build(conn)?;
        } else {
            let mut changed: Vec<i64> = now
                .iter()
                .filter(|(id, version)| self.indexed_version(*id) != *version)
                .map(|(id, _)| *id)
                .collect();
            let still: RoaringBitmap = now
                .iter()
                .filter_map(|(id, _)| u32::try_from(*id).ok())
                .collect();
            changed.extend(
                self.indexed_ids()
                    .filter(|id| !still.contains(*id))
                    .map(i64::from),
            );
            self.words.apply(conn, &changed)?;
        }
        self.content_versions.clear();
        for (id, version) in now {
            if let Ok(slot) = usize::try_from(id) {
                if self.content_versions.len() <= slot {
                    self.content_versions.resize(slot + 1, 0);
                }
                self.content_versions[slot] = version;
            }
        }
        Ok(())
    }

    fn indexed_version(&self, id: i64) -> i64 {
        usize::try_from(id)
            .ok()
            .and_then(|slot| self.content_versions.get(slot))
            .copied()
            .unwrap_or(0)
    }

    fn indexed_ids(&self) -> impl Iterator<Item = u32> + '_ {
        (0u32..)
            .zip(self.content_versions.iter())
            .filter(|(_, version)| **version != 0)
            .map(|(id, _)| id)
    }
}

/// Commitments matching the text: every word, and every Chinese or Japanese term.
pub fn matching(
    conn: &mut SqliteConnection,
    words: &WordIndex,
    query: &TextQuery,
) -> QueryResult<RoaringBitmap> {
    let mut set = (!query.words.is_empty()).then(|| words.matching(&query.words));
    for term in &query.cjk {
        let ids = cjk_matches(conn, term)?;
        set = Some(match set {
            Some(current) => current & ids,
            None => ids,
        });
    }
    Ok(set.unwrap_or_default())
}

/// The bm25 rank of each result (lower is better; 0 for all when the text has no words).
pub fn ranked(words: &WordIndex, query: &TextQuery, results: &RoaringBitmap) -> Vec<(u32, f64)> {
    if query.words.is_empty() {
        return results.iter().map(|id| (id, 0.0)).collect();
    }
    words.ranked(&query.words, results)
}

#[derive(QueryableByName)]
struct TrigramRowid {
    #[diesel(sql_type = BigInt)]
    rowid: i64,
}

/// Trigram lookup: MATCH for three characters or more, else a LIKE scan (trigrams need three).
fn cjk_matches(conn: &mut SqliteConnection, term: &str) -> QueryResult<RoaringBitmap> {
    let rows: Vec<TrigramRowid> = if term.chars().count() >= 3 {
        diesel::sql_query("SELECT rowid FROM commitments_trigram WHERE commitments_trigram MATCH ?")
            .bind::<Text, _>(format!("\"{}\"", term.replace('"', "\"\"")))
            .load(conn)?
    } else {
        let escaped = term
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        diesel::sql_query("SELECT rowid FROM commitments_trigram WHERE text LIKE ? ESCAPE '\\'")
            .bind::<Text, _>(format!("%{escaped}%"))
            .load(conn)?
    };
    Ok(rows
        .into_iter()
        .filter_map(|r| u32::try_from(r.rowid).ok())
        .collect())
}

/// A short extract around the matched words of each commitment that holds them, words marked
/// with [`HIGHLIGHT_START`] / [`HIGHLIGHT_END`]. Raw text: escape it before showing it.
pub fn snippets(query: &TextQuery, documents: &[Document]) -> Vec<(i64, String)> {
    if query.words.is_empty() {
        return Vec::new();
    }
    documents
        .iter()
        .filter_map(|d| super::snippet::snippet(d, &query.words).map(|s| (d.id, s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_quotes_are_taken_as_plain_words() {
        let q = TextQuery::parse("water AND NEAR(\"sanitation -x");
        assert_eq!(q.words, ["water", "and", "near", "sanitation", "x"]);
    }

    #[test]
    fn punctuation_and_emoji_alone_search_nothing() {
        assert!(TextQuery::parse("* - ( ) \" 🌍 ").is_empty());
    }

    #[test]
    fn chinese_and_japanese_words_go_to_the_trigram_index() {
        let q = TextQuery::parse("北京 clean");
        assert_eq!(q.cjk, ["北京"]);
        assert_eq!(q.words, ["clean"]);
    }

    #[test]
    fn words_are_folded_as_documents_are() {
        assert_eq!(
            TextQuery::parse("CÔTE d'Ivoire").words,
            ["cote", "d", "ivoire"]
        );
    }
}
