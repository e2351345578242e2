//! Precomputed weights and calendar bounds of the demo-data generator.

use chrono::{Datelike, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::regions::{RegionInfo, REGIONS};
use super::vocab::{
    CATEGORIES, CREATED_YEAR_WEIGHTS, CURRENCY_WEIGHTS, EARLIEST_START_YEAR, ENTITY_TYPES,
    FIRST_CREATED_YEAR, FUTURE_DELIVERABLE_WEIGHTS, LATEST_START_YEAR, METHODS,
    NOW_SECONDS_INTO_DAY, PAST_DELIVERABLE_WEIGHTS, REFERENCE_DATE, RESOURCE_KINDS, SDG_WEIGHTS,
    SECONDS_PER_DAY, WORKFLOWS,
};

/// Cumulative weights, for picking an index with the given odds.
pub(super) struct Weights(Vec<u32>);

impl Weights {
    pub(super) fn new(weights: impl IntoIterator<Item = u32>) -> Self {
        let mut total = 0;
        Weights(
            weights
                .into_iter()
                .map(|w| {
                    total += w;
                    total
                })
                .collect(),
        )
    }

    pub(super) fn pick(&self, rng: &mut ChaCha8Rng) -> usize {
        let total = self.0.last().copied().unwrap_or(0).max(1);
        let roll = rng.random_range(0..total);
        let index = self.0.partition_point(|&c| c <= roll);
        index.min(self.0.len().saturating_sub(1))
    }
}

/// Weights of the vocabularies.
pub(super) struct Facets {
    pub(super) sdgs: Weights,
    pub(super) regions: Weights,
    pub(super) local_regions: Weights,
    pub(super) entities: Weights,
    pub(super) categories: Weights,
    pub(super) methods: Weights,
    pub(super) workflows: Weights,
    pub(super) kinds: Weights,
    pub(super) currencies: Weights,
    pub(super) years: Weights,
    pub(super) past_deliverables: Weights,
    pub(super) future_deliverables: Weights,
}

impl Facets {
    pub(super) fn new() -> Self {
        let region_weight = |r: &RegionInfo| if r.slug == "global" { 0 } else { r.weight };
        Facets {
            sdgs: Weights::new(SDG_WEIGHTS),
            regions: Weights::new(REGIONS.iter().map(|r| r.weight)),
            local_regions: Weights::new(REGIONS.iter().map(region_weight)),
            entities: Weights::new(ENTITY_TYPES.iter().map(|e| e.1)),
            categories: Weights::new(CATEGORIES.iter().map(|c| c.1)),
            methods: Weights::new(METHODS.iter().map(|m| m.1)),
            workflows: Weights::new(WORKFLOWS.iter().map(|w| w.1)),
            kinds: Weights::new(RESOURCE_KINDS.iter().map(|k| k.weight)),
            currencies: Weights::new(CURRENCY_WEIGHTS),
            years: Weights::new(CREATED_YEAR_WEIGHTS),
            past_deliverables: Weights::new(PAST_DELIVERABLE_WEIGHTS),
            future_deliverables: Weights::new(FUTURE_DELIVERABLE_WEIGHTS),
        }
    }
}

/// How many of each list a record holds: index `n` is the weight of `n` (or `n + 1` goals).
pub(super) struct Counts {
    pub(super) goals: Weights,
    pub(super) extra_regions: Weights,
    pub(super) countries: Weights,
    pub(super) targets: Weights,
    pub(super) partners: Weights,
    pub(super) deliverables: Weights,
    pub(super) resources: Weights,
}

impl Counts {
    pub(super) fn new() -> Self {
        Counts {
            goals: Weights::new([35, 30, 20, 10, 5]),
            extra_regions: Weights::new([80, 16, 4]),
            countries: Weights::new([20, 50, 20, 10]),
            targets: Weights::new([30, 25, 20, 15, 10]),
            partners: Weights::new([30, 25, 20, 15, 10]),
            deliverables: Weights::new([25, 25, 25, 15, 10]),
            resources: Weights::new([35, 35, 20, 10]),
        }
    }
}

/// Days (counted from the common era) and seconds that bound the generated time line.
pub(super) struct Calendar {
    pub(super) today: i32,
    pub(super) now: i64,
    pub(super) year_starts: Vec<i32>,
    pub(super) earliest_start: i32,
    pub(super) latest_start: i32,
}

impl Calendar {
    pub(super) fn new() -> Self {
        let today = REFERENCE_DATE.num_days_from_ce();
        let last_year = FIRST_CREATED_YEAR + 11;
        Calendar {
            today,
            now: i64::from(today) * SECONDS_PER_DAY + NOW_SECONDS_INTO_DAY,
            year_starts: (FIRST_CREATED_YEAR..=last_year).map(new_year).collect(),
            earliest_start: new_year(EARLIEST_START_YEAR),
            latest_start: new_year(LATEST_START_YEAR + 1) - 1,
        }
    }
}

fn new_year(year: i32) -> i32 {
    NaiveDate::from_ymd_opt(year, 1, 1).map_or(0, |d| d.num_days_from_ce())
}
