//! `column IN (ids)` as two statements whatever the number of ids, so SQLite prepares each once.
//!
//! Diesel's `eq_any` writes one placeholder per id, which makes every page of results a new
//! statement to parse and plan. Here the ids travel as one JSON array read by `json_each`,
//! the SQL text never changes, and the connection's statement cache keeps it. One id (a
//! commitment's own page) is the common case and reads as `column = ?`, which spares SQLite
//! building a list from JSON for each of the page's queries; the statement cache tells the two
//! apart by their text.

use diesel::expression::ValidGrouping;
use diesel::expression::{is_aggregate, AppearsOnTable, Expression, SelectableExpression};
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Bool, Text};
use diesel::sqlite::Sqlite;
use diesel::QueryResult;

/// `column IN (SELECT value FROM json_each(?))`, with the ids bound as one JSON array, or
/// `column = ?` for a single id.
#[derive(Debug, Clone)]
pub struct InIds<C> {
    column: C,
    ids: Ids,
}

#[derive(Debug, Clone)]
enum Ids {
    One(i64),
    Many(String),
}

/// The filter "`column` is one of `ids`", as a statement that can be cached.
pub fn in_ids<C>(column: C, ids: &[i64]) -> InIds<C> {
    let ids = match ids {
        [id] => Ids::One(*id),
        _ => Ids::Many(json_array(ids)),
    };
    InIds { column, ids }
}

fn json_array(ids: &[i64]) -> String {
    let numbers: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", numbers.join(","))
}

impl<C: Expression> Expression for InIds<C> {
    type SqlType = Bool;
}

impl<C, QS> AppearsOnTable<QS> for InIds<C> where C: AppearsOnTable<QS> {}

impl<C, QS> SelectableExpression<QS> for InIds<C> where C: SelectableExpression<QS> {}

impl<C> ValidGrouping<()> for InIds<C> {
    type IsAggregate = is_aggregate::Never;
}

/// Not a static query id: the SQL text depends on the number of ids, so the statement cache
/// must key these statements by their text (still one text per form, each prepared once).
impl<C: QueryId + 'static> QueryId for InIds<C> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for InIds<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        match &self.ids {
            Ids::One(id) => {
                out.push_sql(" = ");
                out.push_bind_param::<BigInt, _>(id)?;
            }
            Ids::Many(json) => {
                out.push_sql(" IN (SELECT value FROM json_each(");
                out.push_bind_param::<Text, _>(json)?;
                out.push_sql("))");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_one_json_array() {
        assert_eq!(json_array(&[]), "[]");
        assert_eq!(json_array(&[7]), "[7]");
        assert_eq!(json_array(&[3, 1, 2]), "[3,1,2]");
    }
}
