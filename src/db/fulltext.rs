//! The searchable text of commitments, in one place: what a document holds, reading documents
//! for the word index, and keeping the trigram table (Chinese, Japanese, Korean) in step.
//!
//! A document is the title, the body (every long section), the lead entity and the partners'
//! names. Words are indexed in memory by `search::fulltext`, which reads documents through
//! [`documents`]; scripts written without spaces need trigrams, kept in SQLite here,
//! in the transaction of the write, for the few documents that hold such characters.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::SqliteConnection;

use super::id_set::in_ids;
use super::schema::{commitments, partners};
use crate::domain::NewCommitment;

/// The searchable text of one commitment, column by column (the columns bm25 weighs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub id: i64,
    pub title: String,
    /// Every long section, one after another.
    pub body: String,
    pub lead_entity: String,
    /// The partners' names, one after another.
    pub partners: String,
}

impl Document {
    /// The columns in their fixed order: title, body, lead entity, partners.
    pub fn columns(&self) -> [&str; 4] {
        [&self.title, &self.body, &self.lead_entity, &self.partners]
    }

    /// The document of a commitment's content.
    pub fn of(id: i64, c: &NewCommitment) -> Self {
        let sections = [
            c.objective.as_str(),
            &c.stakeholders,
            &c.implementation,
            &c.results,
            &c.enabling_factors,
            &c.sustainability,
            &c.other_sources,
            &c.geographical_coverage,
        ];
        Document {
            id,
            title: c.title.clone(),
            body: join_nonempty(sections),
            lead_entity: c.lead_entity.clone(),
            partners: join_nonempty(c.partners.iter().map(|p| p.name.as_str())),
        }
    }
}

fn join_nonempty<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The columns of `commitments` a document is made of, in [`Document::of`]'s order.
type TextColumns = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

/// Which commitments to read documents of.
#[derive(Debug, Clone, Copy)]
pub enum Which<'a> {
    /// Ids in `from..=to`, the first `limit` of them.
    Between { from: i64, to: i64, limit: i64 },
    /// These ids (unknown ones are left out).
    Ids(&'a [i64]),
}

/// The documents of the chosen commitments, in id order.
pub fn documents(conn: &mut SqliteConnection, which: Which<'_>) -> QueryResult<Vec<Document>> {
    let rows = text_rows(conn, which)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut names = partner_names(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|r| Document {
            id: r.0,
            title: r.1,
            body: join_nonempty([r.2.as_str(), &r.3, &r.4, &r.5, &r.6, &r.7, &r.8, &r.9]),
            lead_entity: r.10,
            partners: names.remove(&r.0).unwrap_or_default(),
        })
        .collect())
}

fn text_rows(conn: &mut SqliteConnection, which: Which<'_>) -> QueryResult<Vec<TextColumns>> {
    let columns = (
        commitments::id,
        commitments::title,
        commitments::objective,
        commitments::stakeholders,
        commitments::implementation,
        commitments::results,
        commitments::enabling_factors,
        commitments::sustainability,
        commitments::other_sources,
        commitments::geographical_coverage,
        commitments::lead_entity,
    );
    // Two plain (not boxed) statements, so that each is prepared once per connection.
    match which {
        Which::Between { from, to, limit } => commitments::table
            .filter(commitments::id.between(from, to))
            .order(commitments::id.asc())
            .limit(limit)
            .select(columns)
            .load(conn),
        Which::Ids(ids) => commitments::table
            .filter(in_ids(commitments::id, ids))
            .order(commitments::id.asc())
            .select(columns)
            .load(conn),
    }
}

/// Partners' names of these commitments, joined per commitment.
fn partner_names(conn: &mut SqliteConnection, ids: &[i64]) -> QueryResult<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = partners::table
        .filter(in_ids(partners::commitment_id, ids))
        .order((partners::commitment_id, partners::position))
        .select((partners::commitment_id, partners::name))
        .load(conn)?;
    let mut names: HashMap<i64, String> = ids.iter().map(|id| (*id, String::new())).collect();
    for (id, name) in rows {
        let Some(joined) = names.get_mut(&id) else {
            continue;
        };
        if !joined.is_empty() && !name.is_empty() {
            joined.push('\n');
        }
        joined.push_str(&name);
    }
    Ok(names)
}

/// Keeps a commitment's trigram document in step with its content. Call in the write's
/// transaction, after writing the content.
pub fn write_document(conn: &mut SqliteConnection, id: i64, c: &NewCommitment) -> QueryResult<()> {
    delete_document(conn, id)?;
    add_document(conn, id, c)
}

/// Adds the trigram document of a new commitment, when its text needs one.
pub fn add_document(conn: &mut SqliteConnection, id: i64, c: &NewCommitment) -> QueryResult<()> {
    let document = Document::of(id, c);
    let all = document.columns().join("\n");
    if all.chars().any(is_cjk) {
        diesel::sql_query("INSERT INTO commitments_trigram (rowid, text) VALUES (?, ?)")
            .bind::<BigInt, _>(id)
            .bind::<Text, _>(&all)
            .execute(conn)?;
    }
    Ok(())
}

/// Removes a commitment's trigram document, if it has one.
pub fn delete_document(conn: &mut SqliteConnection, id: i64) -> QueryResult<()> {
    diesel::sql_query("DELETE FROM commitments_trigram WHERE rowid = ?")
        .bind::<BigInt, _>(id)
        .execute(conn)?;
    Ok(())
}

/// Chinese, Japanese and Korean characters, which are written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}
