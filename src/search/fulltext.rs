//! Full text, the query side: safe user queries, the word index kept current, trigram lookups
//! for Chinese and Japanese, bm25 ranks and snippets. Documents themselves are `db::fulltext`'s.

use std::ops::Deref;
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::words::WordIndex;
use super::{rows, tokens};
use crate::db::fulltext::{is_cjk, Document};

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
    /// The change log's head it holds every change up to; `None` before the first build.
    seq: Option<i64>,
}

impl Synced {
    /// True when it holds every change up to `head` (an index ahead of the caller's snapshot
    /// holds every write committed before it too).
    fn holds(&self, head: i64) -> bool {
        self.seq.is_some_and(|seq| seq >= head)
    }

    /// Builds the index, or re-reads the commitments the change log names since the last
    /// catch-up (cost proportional to the change); rebuilds when the log no longer reaches back.
    fn catch_up(&mut self, conn: &mut SqliteConnection, head: i64) -> QueryResult<()> {
        let changed = match self.seq {
            Some(seq) => rows::changed_since(conn, seq)?,
            None => None,
        };
        match changed {
            Some(changed) => self.words.apply(conn, &changed)?,
            None => self.words = WordIndex::build(conn)?,
        }
        self.seq = Some(head);
        Ok(())
    }
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
    /// True when the index holds every change up to `head` and nobody is changing it.
    pub fn holds(&self, head: i64) -> bool {
        self.state.try_read().is_ok_and(|state| state.holds(head))
    }

    /// The word index holding every change up to `head` (the change log's head in the
    /// caller's snapshot), built or brought up to date first when needed: one request does it,
    /// the others wait and then use it.
    pub fn current(&self, conn: &mut SqliteConnection, head: i64) -> QueryResult<Words<'_>> {
        let read = self.state.read().unwrap_or_else(PoisonError::into_inner);
        if read.holds(head) {
            return Ok(Words(read));
        }
        drop(read);
        {
            let mut state = self.state.write().unwrap_or_else(PoisonError::into_inner);
            if !state.holds(head) {
                state.catch_up(conn, head)?;
            }
        }
        Ok(Words(
            self.state.read().unwrap_or_else(PoisonError::into_inner),
        ))
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
