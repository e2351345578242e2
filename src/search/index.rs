//! The facet index: for every facet value, the set of published commitments that have it.
//!
//! Built from the database in one read transaction, then kept in step with it by applying the
//! change log: a change re-reads only the commitments it touched (see [`super::SearchEngine`]).
//! A new day recomputes only the facets that depend on the date. Sets are roaring bitmaps, so
//! a facet count is one intersection.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::countries::CountryLists;
use super::orders::{Entries, Entry, Orders};
use super::organisations::Organisations;
use super::rows::{self, Batch, Reports};
use super::vocabulary::{Facet, Sort};
use crate::db::cards::{self, SummaryRow};
use crate::db::reports::report_summaries;
use crate::domain::commitment::summary::CommitmentSummary;
use crate::domain::report::light::reporting;
use crate::domain::{Region, Sdg, Workflow};

/// Up to this many commitments, countries are counted by reading each one's (an intersection
/// per country costs more below this, measured at 100,000).
const COUNT_BY_MEMBERS_UP_TO: u64 = 8_192;

/// Headline figures of the published commitments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub commitments: u64,
    pub lead_entities: u64,
    pub countries: u64,
    pub reports: u64,
}

/// Facet sets of the published commitments, as of one change of the log and one day.
#[derive(Debug, Default, PartialEq)]
pub struct FacetIndex {
    /// The last change of the log applied; `None` until built.
    pub seq: Option<i64>,
    /// The day the status and reporting facets are computed for.
    pub today: NaiveDate,
    pub totals: Totals,
    /// Every published commitment.
    pub all: RoaringBitmap,
    /// Per facet (by its position in [`Facet::ALL`]): each value's commitments, never empty.
    values: [HashMap<String, RoaringBitmap>; 8],
    targets: HashMap<String, RoaringBitmap>,
    start_years: BTreeMap<i32, RoaringBitmap>,
    entries: Entries,
    countries: CountryLists,
    /// How many published commitments each lead entity has.
    leads: HashMap<Box<str>, u32>,
    orders: Orders,
    /// Every lead entity and partner, with the commitments naming it.
    pub organisations: Organisations,
}

impl FacetIndex {
    /// Reads every published commitment, as of change `seq`; call inside a read transaction.
    /// Rows are streamed into the index, never all held at once.
    pub fn build(conn: &mut SqliteConnection, seq: i64, today: NaiveDate) -> QueryResult<Self> {
        let mut index = FacetIndex {
            today,
            ..Default::default()
        };
        let reports = report_summaries(conn, None)?;
        rows::each_published(conn, |row| {
            index.add_row(row, &reports);
        })?;
        rows::each_value(conn, |id, kind, value| index.add_value(id, &kind, value))?;
        rows::each_partner(conn, |id, name| index.add_partner(id, &name))?;
        let ids: Vec<u32> = index.entries.keys().copied().collect();
        index.orders.insert(&ids, &index.entries);
        index.count_totals();
        index.seq = Some(seq);
        Ok(index)
    }

    /// Brings the index to change `seq`: `changed` are the commitments changed since its own,
    /// `batch` what the database now holds of them (read in the snapshot of `seq`).
    pub fn catch_up(&mut self, seq: i64, changed: &[i64], batch: Batch) {
        let changed: Vec<u32> = changed
            .iter()
            .filter_map(|id| u32::try_from(*id).ok())
            .collect();
        let leaving: Vec<u32> = changed
            .iter()
            .copied()
            .filter(|id| self.entries.contains_key(id))
            .collect();
        self.orders.remove(&leaving, &self.entries);
        self.remove_from_sets(&changed.iter().copied().collect());
        for id in &leaving {
            if let Some(entry) = self.entries.remove(id) {
                self.organisations.remove(*id, &entry.summary.lead_entity);
                self.forget(&entry);
            }
            self.countries.clear(*id);
        }
        let arriving: Vec<u32> = batch
            .commitments
            .into_iter()
            .filter_map(|row| self.add_row(row, &batch.reports))
            .collect();
        for (id, kind, value) in batch.values {
            self.add_value(id, &kind, value);
        }
        for (id, name) in batch.partners {
            self.add_partner(id, &name);
        }
        self.orders.insert(&arriving, &self.entries);
        self.count_totals();
        self.seq = Some(seq);
    }

    fn count_totals(&mut self) {
        self.totals.commitments = self.all.len();
        self.totals.lead_entities = self.leads.len() as u64;
        self.totals.countries = self.values[Facet::Country as usize].len() as u64;
    }

    fn remove_from_sets(&mut self, changed: &RoaringBitmap) {
        if changed.is_empty() {
            return;
        }
        self.all -= changed;
        let sets = self.values.iter_mut().chain([&mut self.targets]);
        for map in sets {
            map.values_mut().for_each(|set| *set -= changed);
            map.retain(|_, set| !set.is_empty());
        }
        self.start_years
            .values_mut()
            .for_each(|set| *set -= changed);
        self.start_years.retain(|_, set| !set.is_empty());
    }

    fn forget(&mut self, entry: &Entry) {
        self.totals.reports -= entry.reports;
        if let Some(count) = self.leads.get_mut(entry.summary.lead_entity.as_str()) {
            *count -= 1;
            if *count == 0 {
                self.leads.remove(entry.summary.lead_entity.as_str());
            }
        }
    }

    /// Files a published commitment (not its values); returns its id.
    fn add_row(&mut self, mut row: SummaryRow, reports: &Reports) -> Option<u32> {
        let id = u32::try_from(row.id).ok()?;
        let (published_at, title_sort) = (row.published_at, std::mem::take(&mut row.title_sort));
        // Stored values were checked on the way in; one no vocabulary knows is left unindexed.
        let summary = cards::summary(row).ok()?;
        let report_summary = reports.get(&summary.id);
        self.all.insert(id);
        self.insert(Facet::Category, summary.category.slug().to_string(), id);
        self.insert(
            Facet::EntityType,
            summary.entity_type.slug().to_string(),
            id,
        );
        self.start_years
            .entry(summary.start_date.year())
            .or_default()
            .insert(id);
        let entry = Entry {
            summary,
            published_at,
            latest_report: report_summary.map(|s| s.latest),
            reports: report_summary.map_or(0, |s| s.count),
            title_sort: title_sort.into_boxed_str(),
        };
        insert_dated(&mut self.values, id, &entry, self.today);
        self.totals.reports += entry.reports;
        let lead: &str = &entry.summary.lead_entity;
        *self.leads.entry(lead.into()).or_default() += 1;
        self.organisations.add_lead(id, lead);
        self.entries.insert(id, entry);
        Some(id)
    }

    /// Files a facet value or target of commitment `id`, if it is a published one.
    fn add_value(&mut self, id: i64, kind: &str, value: String) {
        let Some(id) = u32::try_from(id)
            .ok()
            .filter(|id| self.entries.contains_key(id))
        else {
            return;
        };
        let facet = match kind {
            "sdg" => Facet::Sdg,
            "region" => Facet::Region,
            "country" => Facet::Country,
            "method" => Facet::Method,
            "target" => {
                self.targets.entry(value).or_default().insert(id);
                return;
            }
            _ => return,
        };
        if facet == Facet::Country {
            if let Some(at) = facet.position(&value).and_then(|p| u16::try_from(p).ok()) {
                self.countries.add(id, at, self.entries.len());
            }
        } else if let Some(entry) = self.entries.get_mut(&id) {
            keep_on_card(entry, facet, &value);
        }
        self.insert(facet, value, id);
    }

    /// Files a partner of commitment `id`, if it is a published one.
    fn add_partner(&mut self, id: i64, name: &str) {
        if let Some(id) = u32::try_from(id)
            .ok()
            .filter(|id| self.entries.contains_key(id))
        {
            self.organisations.add_partner(id, name);
        }
    }

    /// The summaries of the commitments with these ids that are published, in the order given.
    pub fn summaries(&self, ids: &[i64]) -> Vec<CommitmentSummary> {
        ids.iter()
            .filter_map(|id| {
                let entry = self.entries.get(&u32::try_from(*id).ok()?)?;
                Some(entry.summary.clone())
            })
            .collect()
    }

    fn insert(&mut self, facet: Facet, value: String, id: u32) {
        self.values[facet as usize]
            .entry(value)
            .or_default()
            .insert(id);
    }

    /// Recomputes what depends on the date (status, reporting) for `today`, and only that.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
        self.values[Facet::Status as usize].clear();
        self.values[Facet::Reporting as usize].clear();
        for (id, entry) in &self.entries {
            insert_dated(&mut self.values, *id, entry, today);
        }
    }

    /// The commitments having `value` for `facet` (`None` when none has).
    pub fn with_value(&self, facet: Facet, value: &str) -> Option<&RoaringBitmap> {
        self.values[facet as usize].get(value)
    }

    /// How many commitments of `base` have each value of `facet`, in vocabulary order.
    pub fn value_counts(&self, facet: Facet, base: &RoaringBitmap) -> Vec<u64> {
        if facet == Facet::Country && base.len() <= COUNT_BY_MEMBERS_UP_TO {
            self.country_counts_by_members(base)
        } else {
            self.value_counts_by_sets(facet, base)
        }
    }

    /// One intersection per value: cheap for few values or a large base.
    pub(super) fn value_counts_by_sets(&self, facet: Facet, base: &RoaringBitmap) -> Vec<u64> {
        // `base` is a subset of `all`: of the same size, it is `all`, and each set is its count.
        let everything = base.len() == self.all.len();
        let values = facet.vocabulary().iter();
        values
            .map(|v| {
                self.with_value(facet, v).map_or(0, |set| {
                    if everything {
                        set.len()
                    } else {
                        base.intersection_len(set)
                    }
                })
            })
            .collect()
    }

    /// Each member's countries read once: cheap for a small base over hundreds of countries.
    pub(super) fn country_counts_by_members(&self, base: &RoaringBitmap) -> Vec<u64> {
        let mut counts = vec![0; Facet::Country.vocabulary().len()];
        for id in base.iter() {
            for &at in self.countries.of(id) {
                if let Some(count) = counts.get_mut(usize::from(at)) {
                    *count += 1;
                }
            }
        }
        counts
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

    /// The commitments of `set` in the order `sort`: `take` of them after the first `skip`.
    pub fn page_in_order(
        &self,
        sort: Sort,
        set: &RoaringBitmap,
        skip: usize,
        take: usize,
    ) -> Vec<u32> {
        self.orders.page(sort, set, &self.entries, (skip, take))
    }

    /// Every published commitment in the given order (relevance is not an index order).
    pub fn ordered(&self, sort: Sort) -> impl Iterator<Item = u32> + '_ {
        self.orders.list(sort).iter().copied()
    }
}

/// Keeps on the entry's card the goals and regions it shows.
fn keep_on_card(entry: &mut Entry, facet: Facet, value: &str) {
    match facet {
        Facet::Sdg => {
            if let Some(sdg) = value.parse::<u8>().ok().and_then(Sdg::new) {
                entry.summary.sdgs.push(sdg);
            }
        }
        Facet::Region => {
            if let Some(region) = Region::from_slug(value) {
                entry.summary.regions.push(region);
            }
        }
        _ => {}
    }
}

/// Files commitment `id` under its status and reporting light as of `today`.
fn insert_dated(
    values: &mut [HashMap<String, RoaringBitmap>; 8],
    id: u32,
    entry: &Entry,
    today: NaiveDate,
) {
    let status = entry.summary.status(today);
    values[Facet::Status as usize]
        .entry(status.slug().to_string())
        .or_default()
        .insert(id);
    let published = entry.published_at.map(|t| t.date());
    if let Some(light) = reporting(Workflow::Published, published, entry.latest_report, today) {
        values[Facet::Reporting as usize]
            .entry(light.slug().to_string())
            .or_default()
            .insert(id);
    }
}
