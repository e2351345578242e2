//! Full text with SQLite FTS5: documents kept in sync with commitments, and safe user queries.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Text};
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use crate::domain::NewCommitment;

/// Marks the start and end of a highlighted word in snippets (private-use characters, which
/// user text cannot usefully contain; they are removed from snippets' text before marking).
pub const HIGHLIGHT_START: char = '\u{E000}';
pub const HIGHLIGHT_END: char = '\u{E001}';

/// Writes (or rewrites) the searchable text of a commitment. Call in the write's transaction.
pub fn write_document(conn: &mut SqliteConnection, id: i64, c: &NewCommitment) -> QueryResult<()> {
    delete_document(conn, id)?;
    let body = [
        &c.objective,
        &c.stakeholders,
        &c.implementation,
        &c.results,
        &c.enabling_factors,
        &c.sustainability,
        &c.other_sources,
        &c.geographical_coverage,
    ]
    .iter()
    .filter(|t| !t.is_empty())
    .map(|t| t.as_str())
    .collect::<Vec<_>>()
    .join("\n");
    let partners = c
        .partners
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    diesel::sql_query(
        "INSERT INTO commitments_fts (rowid, title, body, lead_entity, partners) VALUES (?, ?, ?, ?, ?)",
    )
    .bind::<BigInt, _>(id)
    .bind::<Text, _>(&c.title)
    .bind::<Text, _>(&body)
    .bind::<Text, _>(&c.lead_entity)
    .bind::<Text, _>(&partners)
    .execute(conn)?;
    let all = [c.title.as_str(), &body, &c.lead_entity, &partners].join("\n");
    if all.chars().any(is_cjk) {
        diesel::sql_query("INSERT INTO commitments_trigram (rowid, text) VALUES (?, ?)")
            .bind::<BigInt, _>(id)
            .bind::<Text, _>(&all)
            .execute(conn)?;
    }
    Ok(())
}

/// Removes a commitment's searchable text.
pub fn delete_document(conn: &mut SqliteConnection, id: i64) -> QueryResult<()> {
    for table in ["commitments_fts", "commitments_trigram"] {
        diesel::sql_query(format!("DELETE FROM {table} WHERE rowid = ?"))
            .bind::<BigInt, _>(id)
            .execute(conn)?;
    }
    Ok(())
}

/// What a search text asks for, split into words FTS5 can take safely.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextQuery {
    /// An FTS5 query over the accent-folding index: quoted words, ANDed; `None` if no such word.
    pub words: Option<String>,
    /// Words in scripts without spaces (Chinese, Japanese, Korean), for the trigram index.
    pub cjk: Vec<String>,
}

impl TextQuery {
    /// Turns any user text into a safe query: every word quoted, operators taken literally.
    pub fn parse(q: &str) -> Self {
        let mut words = Vec::new();
        let mut cjk = Vec::new();
        for term in q.split_whitespace() {
            let term: String = term
                .chars()
                .filter(|c| !matches!(c, '\u{E000}'..='\u{F8FF}'))
                .collect();
            if !term.chars().any(char::is_alphanumeric) {
                continue;
            }
            if term.chars().any(is_cjk) {
                cjk.push(term);
            } else {
                words.push(format!("\"{}\"", term.replace('"', "\"\"")));
            }
        }
        TextQuery {
            words: (!words.is_empty()).then(|| words.join(" ")),
            cjk,
        }
    }

    /// True when the text held nothing searchable (only punctuation, emoji or spaces).
    pub fn is_empty(&self) -> bool {
        self.words.is_none() && self.cjk.is_empty()
    }
}

/// Chinese, Japanese and Korean characters, which are written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

#[derive(QueryableByName)]
struct RankedRow {
    #[diesel(sql_type = BigInt)]
    rowid: i64,
    #[diesel(sql_type = Double)]
    rank: f64,
}

/// Commitments matching the text, and their bm25 rank (lower is better; 0 without words).
pub fn matching(
    conn: &mut SqliteConnection,
    query: &TextQuery,
) -> QueryResult<(RoaringBitmap, Vec<(u32, f64)>)> {
    let mut ranked: Vec<(u32, f64)> = match &query.words {
        Some(words) => diesel::sql_query(
            "SELECT rowid, bm25(commitments_fts, 10.0, 1.0, 4.0, 2.0) AS rank \
             FROM commitments_fts WHERE commitments_fts MATCH ?",
        )
        .bind::<Text, _>(words)
        .load::<RankedRow>(conn)?
        .into_iter()
        .filter_map(|r| u32::try_from(r.rowid).ok().map(|id| (id, r.rank)))
        .collect(),
        None => Vec::new(),
    };
    let mut set: Option<RoaringBitmap> = query
        .words
        .as_ref()
        .map(|_| ranked.iter().map(|(id, _)| *id).collect());
    for term in &query.cjk {
        let ids = cjk_matches(conn, term)?;
        set = Some(match set {
            Some(current) => current & ids,
            None => ids,
        });
    }
    let set = set.unwrap_or_default();
    if query.words.is_none() {
        ranked = set.iter().map(|id| (id, 0.0)).collect();
    }
    ranked.retain(|(id, _)| set.contains(*id));
    Ok((set, ranked))
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = BigInt)]
    rowid: i64,
}

/// Trigram lookup: MATCH for three characters or more, else a LIKE scan (trigrams need three).
fn cjk_matches(conn: &mut SqliteConnection, term: &str) -> QueryResult<RoaringBitmap> {
    let rows: Vec<IdRow> = if term.chars().count() >= 3 {
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

#[derive(QueryableByName)]
struct SnippetRow {
    #[diesel(sql_type = BigInt)]
    rowid: i64,
    #[diesel(sql_type = Text)]
    snippet: String,
}

/// A short extract around the matched words of each commitment, words marked with
/// [`HIGHLIGHT_START`] / [`HIGHLIGHT_END`]. Raw text: escape it before showing it.
pub fn snippets(
    conn: &mut SqliteConnection,
    query: &TextQuery,
    ids: &[i64],
) -> QueryResult<Vec<(i64, String)>> {
    let Some(words) = &query.words else {
        return Ok(Vec::new());
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids
        .iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT rowid, snippet(commitments_fts, -1, char(57344), char(57345), '…', 24) AS snippet \
         FROM commitments_fts WHERE commitments_fts MATCH ? AND rowid IN ({list})"
    );
    let rows: Vec<SnippetRow> = diesel::sql_query(sql).bind::<Text, _>(words).load(conn)?;
    Ok(rows.into_iter().map(|r| (r.rowid, r.snippet)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_quoted_so_operators_are_taken_literally() {
        let q = TextQuery::parse("water AND NEAR(\"sanitation -x");
        assert_eq!(
            q.words.as_deref(),
            Some("\"water\" \"AND\" \"NEAR(\"\"sanitation\" \"-x\"")
        );
    }

    #[test]
    fn punctuation_and_emoji_alone_search_nothing() {
        assert!(TextQuery::parse("* - ( ) \" 🌍 ").is_empty());
    }

    #[test]
    fn chinese_and_japanese_words_go_to_the_trigram_index() {
        let q = TextQuery::parse("北京 clean");
        assert_eq!(q.cjk, ["北京"]);
        assert_eq!(q.words.as_deref(), Some("\"clean\""));
    }
}
