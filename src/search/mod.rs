//! Search: query parsing, full text (FTS5), and exact disjunctive facet counts.

pub mod evaluate;
pub mod fulltext;
pub mod index;
pub mod query;
pub mod vocabulary;

use std::sync::{Arc, RwLock};

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

pub use evaluate::{ConstraintKind, Evaluation};
pub use fulltext::TextQuery;
pub use index::{FacetIndex, Totals};
pub use query::{ParamError, SearchQuery};
pub use vocabulary::{Facet, Sort};

/// Searches with a cached facet index, rebuilt when the data or the date changes.
#[derive(Debug, Default)]
pub struct SearchEngine {
    cache: RwLock<Option<Arc<FacetIndex>>>,
}

impl SearchEngine {
    /// Runs `query` as of `today`.
    pub fn search(
        &self,
        conn: &mut SqliteConnection,
        query: &SearchQuery,
        today: NaiveDate,
    ) -> QueryResult<Evaluation> {
        conn.transaction(|conn| {
            let index = self.index(conn, today)?;
            let text = TextQuery::parse(&query.q);
            let (matched, ranked) = if text.is_empty() {
                (None, Vec::new())
            } else {
                let (set, ranked) = fulltext::matching(conn, &text)?;
                (Some(set), ranked)
            };
            let constraints = evaluate::constraints(&index, query, matched);
            Ok(evaluate::evaluate(&index, query, &constraints, &ranked))
        })
    }

    /// The facet index for the current data and day, built if the cached one is stale.
    pub fn index(
        &self,
        conn: &mut SqliteConnection,
        today: NaiveDate,
    ) -> QueryResult<Arc<FacetIndex>> {
        let version = current_version(conn)?;
        if let Ok(cache) = self.cache.read() {
            if let Some(index) = cache
                .as_ref()
                .filter(|i| i.version == version && i.today == Some(today))
            {
                return Ok(Arc::clone(index));
            }
        }
        let index = Arc::new(FacetIndex::build(conn, version, today)?);
        if let Ok(mut cache) = self.cache.write() {
            *cache = Some(Arc::clone(&index));
        }
        Ok(index)
    }
}

/// The counter that every write relevant to search bumps.
fn current_version(conn: &mut SqliteConnection) -> QueryResult<i64> {
    diesel::sql_query("SELECT version FROM search_version WHERE id = 1")
        .get_result::<VersionRow>(conn)
        .map(|row| row.version)
}

#[derive(QueryableByName)]
struct VersionRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    version: i64,
}
