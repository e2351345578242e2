//! The facet index: for every facet value, the set of published commitments that have it.
//!
//! Built from the database in one read transaction and kept in memory until the database's
//! `search_version` (bumped by triggers on every relevant write, from any process) or the date
//! changes. Sets are roaring bitmaps, so a facet count is one intersection.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::vocabulary::{Facet, Sort};
use crate::db::reports::report_summaries;
use crate::db::schema::{commitment_values, commitments};
use crate::domain::report::light::reporting;
use crate::domain::{Status, Workflow};

/// Headline figures of the published commitments.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub commitments: u64,
    pub lead_entities: u64,
    pub countries: u64,
    pub reports: u64,
}

/// Facet sets of the published commitments, as of one database version and one day.
#[derive(Debug, Default)]
pub struct FacetIndex {
    pub version: i64,
    pub today: Option<NaiveDate>,
    pub totals: Totals,
    /// Every published commitment.
    pub all: RoaringBitmap,
    values: HashMap<(Facet, String), RoaringBitmap>,
    targets: HashMap<String, RoaringBitmap>,
    start_years: BTreeMap<i32, RoaringBitmap>,
    newest: Vec<u32>,
    oldest: Vec<u32>,
    title: Vec<u32>,
    start: Vec<u32>,
}

/// The columns of a published commitment the index needs.
type Row = (
    i64,
    String,
    String,
    NaiveDate,
    Option<NaiveDate>,
    Option<NaiveDateTime>,
    String,
    String,
);

impl FacetIndex {
    /// Reads every published commitment; call inside a read transaction.
    pub fn build(conn: &mut SqliteConnection, version: i64, today: NaiveDate) -> QueryResult<Self> {
        let mut index = FacetIndex {
            version,
            today: Some(today),
            ..Default::default()
        };
        let rows: Vec<Row> = commitments::table
            .filter(commitments::workflow.eq(Workflow::Published.slug()))
            .select((
                commitments::id,
                commitments::category,
                commitments::entity_type,
                commitments::start_date,
                commitments::completion_date,
                commitments::published_at,
                commitments::title_sort,
                commitments::lead_entity,
            ))
            .load(conn)?;
        let reports = report_summaries(conn, None)?;
        for row in &rows {
            let summary = reports.get(&row.0).copied();
            index.add_row(row, summary.map(|s| s.latest), today);
            index.totals.reports += summary.map_or(0, |s| s.count);
        }
        index.add_values(conn)?;
        index.totals.commitments = index.all.len();
        index.totals.lead_entities = rows
            .iter()
            .map(|r| &r.7)
            .collect::<std::collections::HashSet<_>>()
            .len() as u64;
        index.totals.countries = index
            .values
            .keys()
            .filter(|(f, _)| *f == Facet::Country)
            .count() as u64;
        index.build_orders(rows);
        Ok(index)
    }

    fn add_row(&mut self, row: &Row, latest_report: Option<NaiveDate>, today: NaiveDate) {
        let (id, category, entity_type, start, completion, published_at, _, _) = row;
        let Ok(id) = u32::try_from(*id) else { return };
        self.all.insert(id);
        self.insert(Facet::Category, category.clone(), id);
        self.insert(Facet::EntityType, entity_type.clone(), id);
        let status = match completion {
            Some(end) if *end < today => Status::Completed,
            _ => Status::Ongoing,
        };
        self.insert(Facet::Status, status.slug().to_string(), id);
        let published = published_at.map(|t| t.date());
        if let Some(light) = reporting(Workflow::Published, published, latest_report, today) {
            self.insert(Facet::Reporting, light.slug().to_string(), id);
        }
        self.start_years
            .entry(chrono::Datelike::year(start))
            .or_default()
            .insert(id);
    }

    fn insert(&mut self, facet: Facet, value: String, id: u32) {
        self.values.entry((facet, value)).or_default().insert(id);
    }

    fn add_values(&mut self, conn: &mut SqliteConnection) -> QueryResult<()> {
        let rows: Vec<(i64, String, String)> = commitment_values::table
            .inner_join(commitments::table)
            .filter(commitments::workflow.eq(Workflow::Published.slug()))
            .filter(commitment_values::kind.ne("other_method"))
            .select((
                commitment_values::commitment_id,
                commitment_values::kind,
                commitment_values::value,
            ))
            .load(conn)?;
        for (id, kind, value) in rows {
            let Ok(id) = u32::try_from(id) else { continue };
            let facet = match kind.as_str() {
                "sdg" => Facet::Sdg,
                "region" => Facet::Region,
                "country" => Facet::Country,
                "method" => Facet::Method,
                "target" => {
                    self.targets.entry(value).or_default().insert(id);
                    continue;
                }
                _ => continue,
            };
            self.insert(facet, value, id);
        }
        Ok(())
    }

    fn build_orders(&mut self, mut rows: Vec<Row>) {
        let ids = |rows: &[Row]| {
            rows.iter()
                .filter_map(|r| u32::try_from(r.0).ok())
                .collect::<Vec<_>>()
        };
        rows.sort_by(|a, b| b.5.cmp(&a.5).then(a.0.cmp(&b.0)));
        self.newest = ids(&rows);
        rows.sort_by(|a, b| a.5.cmp(&b.5).then(a.0.cmp(&b.0)));
        self.oldest = ids(&rows);
        rows.sort_by(|a, b| a.6.cmp(&b.6).then(a.0.cmp(&b.0)));
        self.title = ids(&rows);
        rows.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.cmp(&b.0)));
        self.start = ids(&rows);
    }

    /// The commitments having `value` for `facet` (empty when none has).
    pub fn with_value(&self, facet: Facet, value: &str) -> Option<&RoaringBitmap> {
        self.values.get(&(facet, value.to_string()))
    }

    /// The commitments having any of the targets.
    pub fn with_any_target(&self, codes: &[String]) -> RoaringBitmap {
        codes
            .iter()
            .filter_map(|c| self.targets.get(c))
            .fold(RoaringBitmap::new(), |acc, s| acc | s)
    }

    /// How many published commitments started in each year, earliest first.
    pub fn start_year_counts(&self) -> Vec<(i32, u64)> {
        self.start_years
            .iter()
            .map(|(year, set)| (*year, set.len()))
            .collect()
    }

    /// The commitments that started in `from..=to` (either bound may be open).
    pub fn started_between(&self, from: Option<i32>, to: Option<i32>) -> RoaringBitmap {
        let range = from.unwrap_or(i32::MIN)..=to.unwrap_or(i32::MAX);
        self.start_years
            .range(range)
            .fold(RoaringBitmap::new(), |acc, (_, s)| acc | s)
    }

    /// Every published commitment in the given order (relevance is not an index order).
    pub fn ordered(&self, sort: Sort) -> Box<dyn Iterator<Item = u32> + '_> {
        match sort {
            Sort::Newest | Sort::Relevance => Box::new(self.newest.iter().copied()),
            Sort::Oldest => Box::new(self.oldest.iter().copied()),
            Sort::Title => Box::new(self.title.iter().copied()),
            Sort::Start => Box::new(self.start.iter().copied()),
        }
    }
}
