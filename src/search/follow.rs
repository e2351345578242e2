//! Every match of a search, not only a page of it: what feeds and alerts follow.

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::{evaluate, fulltext, rows, FacetIndex, SearchEngine, SearchQuery, TextQuery};
use chrono::NaiveDate;

impl SearchEngine {
    /// Runs `query` as `search_then` does (same constraints, same fresh index, one snapshot)
    /// and hands `then` the whole set of matching commitments instead of one page of them.
    pub fn matches_then<T>(
        &self,
        conn: &mut SqliteConnection,
        query: &SearchQuery,
        today: NaiveDate,
        then: impl FnOnce(&mut SqliteConnection, &FacetIndex, &RoaringBitmap) -> QueryResult<T>,
    ) -> QueryResult<T> {
        conn.transaction(|conn| {
            let head = rows::head(conn)?;
            let index = self.fresh(conn, head, today)?;
            let text = TextQuery::parse(&query.q);
            let matched = if text.is_empty() {
                None
            } else {
                let words = self.text.current(conn, head)?;
                Some(fulltext::matching(conn, &words, &text)?)
            };
            let constraints = evaluate::constraints(&index, query, matched);
            let results = evaluate::passing(&index, &constraints, None);
            then(conn, &index, &results)
        })
    }
}
