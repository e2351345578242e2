//! Reading what result cards show, for a page of commitments: a few columns, goals and regions.
//!
//! A browse page shows twenty cards; loading twenty whole commitments (sections, partners,
//! deliverables, resources, reports) to show a title and a few badges was most of its cost.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::id_set::in_ids;
use super::load::{known, read_sdg, value_rows};
use super::schema::commitments;
use crate::domain::commitment::summary::CommitmentSummary;
use crate::domain::{Category, EntityType, Region};

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

/// The summaries of the commitments with these ids, in the order given (unknown ids skipped).
pub fn find_summaries(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> QueryResult<Vec<CommitmentSummary>> {
    let rows: Vec<SummaryRow> = commitments::table
        .filter(in_ids(commitments::id, ids))
        .select(SummaryRow::as_select())
        .load(conn)?;
    let mut by_id: HashMap<i64, CommitmentSummary> = HashMap::with_capacity(rows.len());
    for row in rows {
        by_id.insert(row.id, summary(row)?);
    }
    add_goals_and_regions(conn, ids, &mut by_id)?;
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
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

fn add_goals_and_regions(
    conn: &mut SqliteConnection,
    ids: &[i64],
    by_id: &mut HashMap<i64, CommitmentSummary>,
) -> QueryResult<()> {
    for (id, kind, value) in value_rows(conn, ids)? {
        let Some(summary) = by_id.get_mut(&id) else {
            continue;
        };
        match kind.as_str() {
            "sdg" => summary.sdgs.push(known(id, "SDG", &value, read_sdg)?),
            "region" => summary
                .regions
                .push(known(id, "region", &value, Region::from_slug)?),
            _ => {}
        }
    }
    Ok(())
}
