//! The row a result card is made from: the few columns of a commitment a card shows (goals and
//! regions are added from their own rows), read by the search index, which serves the cards.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::load::known;
use super::schema::commitments;
use diesel::dsl::sql;
use diesel::expression::SqlLiteral;
use diesel::sql_types::Text;

use crate::domain::commitment::summary::{objective_excerpt, CommitmentSummary};
use crate::domain::{Category, EntityType};

/// The columns of a commitment that its card shows, and what the search index sorts it by.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = commitments)]
pub struct SummaryRow {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
    pub entity_type: String,
    pub category: String,
    pub start_date: NaiveDate,
    pub completion_date: Option<NaiveDate>,
    pub published_at: Option<NaiveDateTime>,
    pub title_sort: String,
    /// Only the first characters of the objective, enough for the card's excerpt.
    #[diesel(select_expression = sql::<Text>(OBJECTIVE_HEAD))]
    #[diesel(select_expression_type = SqlLiteral<Text>)]
    pub objective_head: String,
    pub language: String,
}

/// The head of the objective, one character longer than an excerpt reads (to tell it was cut).
const OBJECTIVE_HEAD: &str = "substr(commitments.objective, 1, 161)";

/// The summary the row holds (goals and regions are read apart); an error names a stored
/// value no vocabulary knows.
pub fn summary(row: SummaryRow) -> QueryResult<CommitmentSummary> {
    let id = row.id;
    Ok(CommitmentSummary {
        id,
        title: row.title,
        lead_entity: row.lead_entity,
        entity_type: known(id, "entity type", &row.entity_type, EntityType::from_slug)?,
        category: known(id, "category", &row.category, Category::from_slug)?,
        sdgs: Vec::new(),
        regions: Vec::new(),
        start_date: row.start_date,
        completion_date: row.completion_date,
        objective_excerpt: objective_excerpt(&row.objective_head),
        language: crate::domain::Language::from_code(&row.language),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::commitment::summary::EXCERPT_SOURCE_CHARS;

    #[test]
    fn the_head_read_is_one_character_longer_than_an_excerpt() {
        let length = format!(", {})", EXCERPT_SOURCE_CHARS + 1);
        assert!(OBJECTIVE_HEAD.ends_with(&length), "{OBJECTIVE_HEAD}");
    }
}
