//! `column IN (ids)` as one statement whatever the number of ids, so SQLite prepares it once.
//!
//! Diesel's `eq_any` writes one placeholder per id, which makes every page of results a new
//! statement to parse and plan. Here the ids travel as one JSON array read by `json_each`,
//! the SQL text never changes, and the connection's statement cache keeps it.

use diesel::expression::ValidGrouping;
use diesel::expression::{is_aggregate, AppearsOnTable, Expression, SelectableExpression};
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Bool, Text};
use diesel::sqlite::Sqlite;
use diesel::QueryResult;

/// `column IN (SELECT value FROM json_each(?))`, with the ids bound as one JSON array.
#[derive(Debug, Clone)]
pub struct InIds<C> {
    column: C,
    ids: String,
}

/// The filter "`column` is one of `ids`", as a statement that can be cached.
pub fn in_ids<C>(column: C, ids: &[i64]) -> InIds<C> {
    InIds {
        column,
        ids: json_array(ids),
    }
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

impl<C: QueryId + 'static> QueryId for InIds<C> {
    type QueryId = InIds<C::QueryId>;
    const HAS_STATIC_QUERY_ID: bool = C::HAS_STATIC_QUERY_ID;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for InIds<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, _>(&self.ids)?;
        out.push_sql("))");
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
