//! `column IN (ids)` as statements whose SQL text never changes, so SQLite prepares each once
//! and diesel finds it in its cache by type, without writing the SQL out again.
//!
//! Diesel's `eq_any` writes one placeholder per id, which makes every page of results a new
//! statement to parse and plan. Here the ids travel as one JSON array read by `json_each`.
//! One id (a commitment's own page) is the common case and reads as `column = ?`, which spares
//! SQLite building a list from JSON for each of the page's queries. The form is part of the
//! filter's type ([`OneId`] or [`IdArray`]), so each form is its own statement with a static
//! query id: a statement with an id known at compile time is looked up without building its
//! SQL text, which a commitment page's seven queries otherwise did on every request.

use diesel::expression::ValidGrouping;
use diesel::expression::{is_aggregate, AppearsOnTable, Expression, SelectableExpression};
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Bool, Text};
use diesel::sqlite::Sqlite;
use diesel::QueryResult;

/// How a set of ids is bound into the SQL: one form per implementing type.
pub trait IdsBind: Clone + std::fmt::Debug + 'static {
    /// Writes ` = ?` or ` IN (…)` after the column, binding the ids.
    fn walk_ids<'b>(&'b self, out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()>;
}

/// Exactly one id: `column = ?`.
#[derive(Debug, Clone, Copy)]
pub struct OneId(pub i64);

/// Any number of ids, bound as one JSON array: `column IN (SELECT value FROM json_each(?))`.
#[derive(Debug, Clone)]
pub struct IdArray(String);

impl IdArray {
    /// The ids as one JSON array.
    pub fn of(ids: &[i64]) -> Self {
        let numbers: Vec<String> = ids.iter().map(i64::to_string).collect();
        IdArray(format!("[{}]", numbers.join(",")))
    }
}

impl IdsBind for OneId {
    fn walk_ids<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        out.push_sql(" = ");
        out.push_bind_param::<BigInt, _>(&self.0)
    }
}

impl IdsBind for IdArray {
    fn walk_ids<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, _>(&self.0)?;
        out.push_sql("))");
        Ok(())
    }
}

/// The filter "`column` is one of the ids", in the form `B` gives it.
#[derive(Debug, Clone)]
pub struct InIds<C, B> {
    column: C,
    ids: B,
}

impl<C, B: IdsBind> InIds<C, B> {
    /// `column` is one of `ids`.
    pub fn new(column: C, ids: B) -> Self {
        InIds { column, ids }
    }
}

/// The filter "`column` is one of `ids`" as a JSON array, whatever their number.
pub fn in_ids<C>(column: C, ids: &[i64]) -> InIds<C, IdArray> {
    InIds::new(column, IdArray::of(ids))
}

impl<C: Expression, B> Expression for InIds<C, B> {
    type SqlType = Bool;
}

impl<C, B, QS> AppearsOnTable<QS> for InIds<C, B> where C: AppearsOnTable<QS> {}

impl<C, B, QS> SelectableExpression<QS> for InIds<C, B> where C: SelectableExpression<QS> {}

impl<C, B> ValidGrouping<()> for InIds<C, B> {
    type IsAggregate = is_aggregate::Never;
}

/// A static query id: the SQL text depends only on the column and the form, both types.
impl<C: QueryId, B: IdsBind> QueryId for InIds<C, B> {
    type QueryId = InIds<C::QueryId, B>;
    const HAS_STATIC_QUERY_ID: bool = C::HAS_STATIC_QUERY_ID;
}

impl<C: QueryFragment<Sqlite>, B: IdsBind> QueryFragment<Sqlite> for InIds<C, B> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        self.ids.walk_ids(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_one_json_array() {
        assert_eq!(IdArray::of(&[]).0, "[]");
        assert_eq!(IdArray::of(&[7]).0, "[7]");
        assert_eq!(IdArray::of(&[3, 1, 2]).0, "[3,1,2]");
    }
}
