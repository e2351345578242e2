//! The row a result card is made from: the few columns of a commitment a card shows (goals and
//! regions are added from their own rows), read by the search index, which serves the cards.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::load::known;
use super::schema::commitments;
use crate::domain::commitment::summary::CommitmentSummary;
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
}

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
    })
}
