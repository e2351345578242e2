//! Property test: search results and every facet count against a reference evaluator written
//! here, over the raw generated rows, sharing no evaluation code with the product.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Months, NaiveDate};
use diesel::{Connection, SqliteConnection};
use diesel_migrations::MigrationHarness;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use sdg_registry::domain::*;

use crate::helpers::internals::{
    insert_commitment, CommitmentMeta, Facet, SearchEngine, SearchQuery, MIGRATIONS,
};

const SDGS: [u8; 4] = [1, 2, 6, 13];
const REGIONS: [&str; 3] = ["africa", "europe", "global"];
const COUNTRIES: [&str; 3] = ["KE", "BR", "FR"];
const ENTITY_TYPES: [&str; 3] = ["ngo", "government", "academic"];
const CATEGORIES: [&str; 3] = ["partnership", "voluntary-commitment", "good-practice"];
const METHODS: [&str; 3] = ["financing", "policy", "technology"];
const WORDS: [&str; 4] = ["alpha", "bravo", "charlie", "delta"];
const WORKFLOWS: [&str; 5] = [
    "published",
    "published",
    "published",
    "submitted",
    "archived",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// A generated commitment, as plain data the reference evaluator reads.
#[derive(Debug, Clone)]
struct Row {
    sdgs: BTreeSet<u8>,
    with_targets: bool,
    regions: BTreeSet<&'static str>,
    countries: BTreeSet<&'static str>,
    entity_type: &'static str,
    category: &'static str,
    methods: BTreeSet<&'static str>,
    start_year: i32,
    completion_offset_days: Option<i64>,
    workflow: &'static str,
    published_months_ago: u32,
    report_months_ago: Option<u32>,
    words: BTreeSet<&'static str>,
}

fn subset<T: Clone + Ord + std::fmt::Debug + 'static>(
    pool: &'static [T],
    min: usize,
) -> impl Strategy<Value = BTreeSet<T>> {
    proptest::sample::subsequence(pool.to_vec(), min..=pool.len())
        .prop_map(|v| v.into_iter().collect())
}

fn row() -> impl Strategy<Value = Row> {
    (
        (
            subset(&SDGS, 1),
            any::<bool>(),
            subset(&REGIONS, 1),
            subset(&COUNTRIES, 0),
        ),
        (
            proptest::sample::select(&ENTITY_TYPES[..]),
            proptest::sample::select(&CATEGORIES[..]),
            subset(&METHODS, 0),
        ),
        (
            2000..2011i32,
            proptest::option::of(proptest::sample::select(vec![-10i64, 0, 30])),
        ),
        (
            proptest::sample::select(&WORKFLOWS[..]),
            proptest::sample::select(vec![1u32, 13, 30]),
        ),
        (
            proptest::option::of(proptest::sample::select(vec![2u32, 26])),
            subset(&WORDS, 0),
        ),
    )
        .prop_map(
            |(
                (sdgs, with_targets, regions, countries),
                (entity_type, category, methods),
                (start_year, completion),
                (workflow, published),
                (report, words),
            )| Row {
                sdgs,
                with_targets,
                regions,
                countries,
                entity_type,
                category,
                methods,
                start_year,
                completion_offset_days: completion,
                workflow,
                published_months_ago: published,
                report_months_ago: report,
                words,
            },
        )
}

/// A generated search: a few filters, maybe one word.
#[derive(Debug, Clone)]
struct Query {
    pairs: Vec<(String, String)>,
}

fn query() -> impl Strategy<Value = Query> {
    let values = |param: &'static str, pool: Vec<String>| {
        proptest::sample::subsequence(pool.clone(), 0..=2.min(pool.len())).prop_map(move |vs| {
            vs.into_iter()
                .map(|v| (param.to_string(), v))
                .collect::<Vec<_>>()
        })
    };
    let strings = |pool: &[&str]| pool.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    (
        (
            values("sdg", SDGS.iter().map(|s| s.to_string()).collect()),
            values("region", strings(&REGIONS)),
            values("country", strings(&COUNTRIES)),
        ),
        (
            values("entity_type", strings(&ENTITY_TYPES)),
            values("category", strings(&CATEGORIES)),
            values("method", strings(&METHODS)),
        ),
        (
            values("status", strings(&["ongoing", "completed"])),
            values(
                "reporting",
                strings(&["up-to-date", "due", "overdue", "inactive"]),
            ),
        ),
        (
            proptest::option::of(proptest::sample::select(&WORDS[..])),
            values("target", strings(&["1.1", "6.1", "13.1"])),
        ),
        (
            proptest::option::of(2000..2011i32),
            proptest::option::of(0..6i32),
        ),
    )
        .prop_map(
            |((a, b, c), (d, e, f), (g, h), (word, targets), (from, span))| {
                let mut pairs: Vec<(String, String)> = [a, b, c, d, e, f, g, h, targets].concat();
                if let Some(w) = word {
                    pairs.push(("q".into(), w.to_string()));
                }
                if let Some(from) = from {
                    pairs.push(("start_from".into(), from.to_string()));
                    if let Some(span) = span {
                        pairs.push(("start_to".into(), (from + span).to_string()));
                    }
                }
                pairs.push(("per_page".into(), "100".into()));
                Query { pairs }
            },
        )
}

// ----- The reference evaluator: plain loops over the rows. -----

fn months_elapsed(from: NaiveDate, to: NaiveDate) -> u32 {
    (0..)
        .take_while(|m| {
            from.checked_add_months(Months::new(*m))
                .is_some_and(|d| d <= to)
        })
        .count() as u32
        - 1
}

fn reference_values(row: &Row, param: &str) -> Vec<String> {
    let set = |s: &BTreeSet<&str>| s.iter().map(|v| v.to_string()).collect();
    match param {
        "sdg" => row.sdgs.iter().map(|s| s.to_string()).collect(),
        "region" => set(&row.regions),
        "country" => set(&row.countries),
        "method" => set(&row.methods),
        "entity_type" => vec![row.entity_type.to_string()],
        "category" => vec![row.category.to_string()],
        "target" if row.with_targets => row.sdgs.iter().map(|s| format!("{s}.1")).collect(),
        "target" => vec![],
        "status" => {
            let completed = row.completion_offset_days.is_some_and(|d| d < 0);
            vec![if completed { "completed" } else { "ongoing" }.to_string()]
        }
        "reporting" => {
            let published = today()
                .checked_sub_months(Months::new(row.published_months_ago))
                .unwrap();
            let report = row
                .report_months_ago
                .map(|m| today().checked_sub_months(Months::new(m)).unwrap());
            let anchor = report.map_or(published, |r| r.max(published));
            let months = months_elapsed(anchor, today());
            let light = if months < 12 {
                "up-to-date"
            } else if months <= 24 {
                "due"
            } else if report.is_some() {
                "overdue"
            } else {
                "inactive"
            };
            vec![light.to_string()]
        }
        _ => unreachable!("{param}"),
    }
}

/// Does the row pass the query's filters, ignoring the filters on `skip`?
fn reference_matches(row: &Row, pairs: &[(String, String)], skip: Option<&str>) -> bool {
    if row.workflow != "published" {
        return false;
    }
    let mut by_param: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, value) in pairs {
        by_param
            .entry(name.as_str())
            .or_default()
            .push(value.as_str());
    }
    by_param.iter().all(|(param, wanted)| match *param {
        _ if Some(*param) == skip => true,
        "per_page" => true,
        "q" => wanted.iter().all(|w| row.words.contains(w)),
        "start_from" => row.start_year >= wanted[0].parse::<i32>().unwrap(),
        "start_to" => row.start_year <= wanted[0].parse::<i32>().unwrap(),
        param => {
            let has = reference_values(row, param);
            wanted.iter().any(|w| has.iter().any(|h| h == w))
        }
    })
}

// ----- Putting the rows into the product. -----

fn store(conn: &mut SqliteConnection, row: &Row) -> i64 {
    let title_words: Vec<&str> = row.words.iter().copied().collect();
    let input = CommitmentRecord {
        title: format!("Commitment {}", title_words.join(" ")),
        category: row.category.into(),
        objective: "Objective of the generated commitment.".into(),
        implementation: "Implemented by generated means.".into(),
        sdgs: row.sdgs.iter().map(|s| s.to_string()).collect(),
        targets: reference_values(row, "target"),
        methods: row.methods.iter().map(|s| s.to_string()).collect(),
        start_date: format!("{}-03-15", row.start_year),
        completion_date: row
            .completion_offset_days
            .map(|d| (today() + chrono::Duration::days(d)).to_string())
            .unwrap_or_default(),
        ongoing: Some(row.completion_offset_days.is_none()),
        regions: row.regions.iter().map(|s| s.to_string()).collect(),
        countries: row.countries.iter().map(|s| s.to_string()).collect(),
        lead_entity: "Generated lead entity".into(),
        entity_type: row.entity_type.into(),
        contact: ContactInput {
            name: "Generated contact".into(),
            email: "contact@example.org".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    let content = NewCommitment::parse(&input).expect("generated rows are valid");
    let published = today()
        .checked_sub_months(Months::new(row.published_months_ago))
        .unwrap();
    let at = published.and_hms_opt(12, 0, 0).unwrap();
    let meta = CommitmentMeta {
        id: None,
        workflow: Workflow::from_slug(row.workflow).unwrap(),
        owner_id: None,
        created_at: at,
        updated_at: at,
        published_at: (row.workflow != "submitted").then_some(at),
    };
    let reports: Vec<NewProgressReport> = row
        .report_months_ago
        .map(|m| NewProgressReport {
            reported_on: today().checked_sub_months(Months::new(m)).unwrap(),
            status: ReportStatus::OnTrack,
            percent_complete: None,
            achievements: "Generated achievements of this period.".into(),
            challenges: String::new(),
            next_steps: String::new(),
        })
        .into_iter()
        .collect();
    insert_commitment(conn, &content, &meta, &reports).unwrap()
}

fn check(rows: &[Row], queries: &[Query]) -> Result<(), TestCaseError> {
    let mut conn = SqliteConnection::establish(":memory:").unwrap();
    conn.run_pending_migrations(MIGRATIONS).unwrap();
    let ids: Vec<i64> = rows.iter().map(|r| store(&mut conn, r)).collect();
    let engine = SearchEngine::default();
    for query in queries {
        let parsed = SearchQuery::parse(&query.pairs).expect("generated queries are valid");
        let result = engine.search(&mut conn, &parsed, today()).unwrap();
        let expected: BTreeSet<i64> = rows
            .iter()
            .zip(&ids)
            .filter(|(r, _)| reference_matches(r, &query.pairs, None))
            .map(|(_, id)| *id)
            .collect();
        let found: BTreeSet<i64> = result.page_ids.iter().copied().collect();
        prop_assert_eq!(
            result.total,
            expected.len() as u64,
            "total for {:?}",
            query.pairs
        );
        prop_assert_eq!(&found, &expected, "results for {:?}", query.pairs);
        for (facet, counts) in &result.facets {
            for (value, count) in counts {
                let param = facet.param();
                let reference = rows
                    .iter()
                    .filter(|r| reference_matches(r, &query.pairs, Some(param)))
                    .filter(|r| reference_values(r, param).iter().any(|v| v == value))
                    .count() as u64;
                prop_assert_eq!(
                    *count,
                    reference,
                    "{}={} for {:?}",
                    param,
                    value,
                    query.pairs
                );
            }
        }
        prop_assert_eq!(result.facets.len(), Facet::ALL.len());
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config {
        cases: 2000,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..Config::default()
    })]

    #[test]
    fn results_and_facet_counts_match_the_reference(
        rows in proptest::collection::vec(row(), 0..20),
        queries in proptest::collection::vec(query(), 1..5),
    ) {
        check(&rows, &queries)?;
    }
}
