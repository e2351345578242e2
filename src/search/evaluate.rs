//! Runs a search over the facet index: results, one page of them, and disjunctive facet counts.

use roaring::RoaringBitmap;

use super::index::FacetIndex;
use super::query::SearchQuery;
use super::vocabulary::{Facet, Sort};

/// One narrowing of the results, with the set of commitments it lets through.
#[derive(Debug, Clone)]
pub struct Constraint {
    pub kind: ConstraintKind,
    pub allowed: RoaringBitmap,
}

/// What a constraint comes from, so a page can offer to drop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    Text,
    Target,
    StartYears,
    Organisation,
    Facet(Facet),
}

/// Each value of a facet (from its vocabulary, which lives as long as the program) and how
/// many results have it, in vocabulary order.
pub type FacetCounts = Vec<(&'static str, u64)>;

/// The outcome of a search.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    pub total: u64,
    /// The ids of the requested page, in order.
    pub page_ids: Vec<i64>,
    /// For each facet, every value of its vocabulary with its disjunctive count.
    pub facets: Vec<(Facet, FacetCounts)>,
    /// With no results: how many there would be without each constraint.
    pub without: Vec<(ConstraintKind, u64)>,
}

/// The constraints a query sets, given the commitments its text matched (`None`: no text).
pub fn constraints(
    index: &FacetIndex,
    query: &SearchQuery,
    text: Option<RoaringBitmap>,
) -> Vec<Constraint> {
    let mut all = Vec::new();
    if let Some(allowed) = text {
        all.push(Constraint {
            kind: ConstraintKind::Text,
            allowed,
        });
    }
    if !query.targets.is_empty() {
        let allowed = index.with_any_target(&query.targets);
        all.push(Constraint {
            kind: ConstraintKind::Target,
            allowed,
        });
    }
    if query.start_from.is_some() || query.start_to.is_some() {
        let allowed = index.started_between(query.start_from, query.start_to);
        all.push(Constraint {
            kind: ConstraintKind::StartYears,
            allowed,
        });
    }
    if let Some(organisation) = &query.organisation {
        let allowed = index
            .organisations
            .find(organisation)
            .map(|o| o.commitments())
            .unwrap_or_default();
        all.push(Constraint {
            kind: ConstraintKind::Organisation,
            allowed,
        });
    }
    for (facet, values) in &query.filters {
        let allowed = values
            .iter()
            .filter_map(|v| index.with_value(*facet, v))
            .fold(RoaringBitmap::new(), |acc, s| acc | s);
        all.push(Constraint {
            kind: ConstraintKind::Facet(*facet),
            allowed,
        });
    }
    all
}

/// The published commitments that pass every constraint except `skip`.
pub fn passing(
    index: &FacetIndex,
    constraints: &[Constraint],
    skip: Option<ConstraintKind>,
) -> RoaringBitmap {
    let mut kept: Vec<&Constraint> = constraints
        .iter()
        .filter(|c| Some(c.kind) != skip)
        .collect();
    // Smallest first: each intersection is then at most that small. Every set but the text's
    // holds published commitments only, so `all` is needed only when the text stands alone.
    kept.sort_by_key(|c| c.allowed.len());
    let Some((first, rest)) = kept.split_first() else {
        return index.all.clone();
    };
    let mut passing = rest
        .iter()
        .fold(first.allowed.clone(), |acc, c| acc & &c.allowed);
    if kept.iter().all(|c| c.kind == ConstraintKind::Text) {
        passing &= &index.all;
    }
    passing
}

/// Evaluates the query; `rank` scores the results (given once they are known) when the page
/// is sorted by relevance, and may answer nothing otherwise.
pub fn evaluate(
    index: &FacetIndex,
    query: &SearchQuery,
    constraints: &[Constraint],
    rank: impl FnOnce(&RoaringBitmap) -> Vec<(u32, f64)>,
) -> Evaluation {
    let results = passing(index, constraints, None);
    let ranked = rank(&results);
    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            let kind = ConstraintKind::Facet(facet);
            let counts = if constraints.iter().any(|c| c.kind == kind) {
                facet_counts(index, &passing(index, constraints, Some(kind)), facet)
            } else {
                // Not filtered by this facet: its counts are within the results themselves.
                facet_counts(index, &results, facet)
            };
            (facet, counts)
        })
        .collect();
    let without = if results.is_empty() {
        constraints
            .iter()
            .map(|c| (c.kind, passing(index, constraints, Some(c.kind)).len()))
            .collect()
    } else {
        Vec::new()
    };
    Evaluation {
        total: results.len(),
        page_ids: page(index, query, &results, &ranked),
        facets,
        without,
    }
}

/// Count of each value of `facet` within `base` (the results of every other constraint).
fn facet_counts(index: &FacetIndex, base: &RoaringBitmap, facet: Facet) -> FacetCounts {
    let counts = index.value_counts(facet, base);
    let values = facet.vocabulary().iter().map(String::as_str);
    values.zip(counts).collect()
}

fn page(
    index: &FacetIndex,
    query: &SearchQuery,
    results: &RoaringBitmap,
    ranked: &[(u32, f64)],
) -> Vec<i64> {
    let skip = (query.page.saturating_sub(1) as usize).saturating_mul(query.per_page as usize);
    let take = query.per_page as usize;
    let ids: Vec<u32> = if query.effective_sort() == Sort::Relevance && !ranked.is_empty() {
        // `ranked` scores the results and nothing else.
        let mut ranked: Vec<(u32, f64)> = ranked.to_vec();
        let order = |a: &(u32, f64), b: &(u32, f64)| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0));
        // Only the pages up to this one need their order: select them, then sort just those.
        let end = skip.saturating_add(take).min(ranked.len());
        if end == 0 {
            return Vec::new();
        }
        if end < ranked.len() {
            ranked.select_nth_unstable_by(end - 1, order);
            ranked.truncate(end);
        }
        ranked.sort_by(order);
        ranked
            .into_iter()
            .map(|(id, _)| id)
            .skip(skip)
            .take(take)
            .collect()
    } else {
        index.page_in_order(query.effective_sort(), results, skip, take)
    };
    ids.into_iter().map(i64::from).collect()
}
