//! Search follows the database: writes from another process and a new day show in the very
//! next request with exact counts, and many requests on a stale index catch it up once.

use std::sync::{Arc, Barrier};

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use serde_json::{json, Value};
use tempfile::TempDir;

use crate::helpers::internals::{Application, Clock, Facet, SearchEngine, SearchQuery, Settings};
use crate::helpers::*;

/// A running registry, with a handle on its search engine to count its refreshes.
struct Served {
    browser: Browser,
    engine: Arc<SearchEngine>,
    data_dir: TempDir,
}

fn serve(data_dir: TempDir, clock: Clock) -> Served {
    let settings = Settings::new(data_dir.path().to_path_buf(), "127.0.0.1:0".into());
    let app = Application::build(settings.with_clock(clock), false).expect("the app builds");
    let browser = Browser::new(&format!("http://127.0.0.1:{}", app.port()));
    let engine = app.search_engine();
    actix_web::rt::spawn(app.run_until_stopped());
    Served {
        browser,
        engine,
        data_dir,
    }
}

impl Served {
    /// The JSON answer of `/api/v1/commitments?{query}`.
    async fn api(&self, query: &str) -> Value {
        let (status, body) = self
            .browser
            .get(&format!("/api/v1/commitments?{query}"))
            .await;
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).unwrap()
    }

    /// Runs SQL on the database through a connection of its own, as another process would.
    fn write(&self, sql: &str) {
        let mut conn = pool_of(self.data_dir.path()).get().unwrap();
        conn.batch_execute(sql).unwrap();
    }
}

fn record(title: &str, sdgs: &[u8], regions: &[&str]) -> Value {
    let mut r = water_record();
    r["title"] = json!(title);
    r["sdgs"] = json!(sdgs);
    r["targets"] = json!([]);
    r["regions"] = json!(regions);
    r["workflow"] = json!("published");
    r["published_at"] = json!("2026-01-10T10:00:00Z");
    r
}

fn titles(answer: &Value) -> Vec<String> {
    answer["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap().to_string())
        .collect()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[actix_web::test]
async fn commitments_imported_by_another_process_count_in_the_very_next_search() {
    let registry_dir = data_dir_with(&[
        record("Clean water in Kenya", &[6], &["africa"]),
        record("Climate plan for Peru", &[13], &["latin-america-caribbean"]),
    ]);
    let app = serve(registry_dir, Clock::default());
    let before = app.api("sdg=6&sort=title").await;
    assert_eq!(before["total"], 1);
    let file = app.data_dir.path().join("more.jsonl");
    write_jsonl(
        &file,
        &[
            record("Boreholes for Mali", &[6, 13], &["africa"]),
            record("Alpine water rights", &[6], &["europe"]),
        ],
    );
    let output = registry(
        app.data_dir.path(),
        &["import", file.to_str().unwrap(), "--publish"],
    );
    assert!(output.status.success(), "{}", stderr(&output));

    let after = app.api("sdg=6&sort=title").await;
    assert_eq!(after["total"], 3, "the two imported ones count at once");
    assert_eq!(
        titles(&after),
        [
            "Alpine water rights",
            "Boreholes for Mali",
            "Clean water in Kenya"
        ]
    );
    // The goal facet counts without the goal filter: Peru, and Mali imported just now.
    assert_eq!(after["facets"]["sdg"]["13"], 2);
    assert_eq!(after["facets"]["region"]["africa"], 2);
    assert_eq!(after["facets"]["region"]["europe"], 1);

    app.write("UPDATE commitments SET workflow = 'archived' WHERE title = 'Clean water in Kenya'");
    let archived = app.api("sdg=6&sort=title").await;
    assert_eq!(
        archived["total"], 2,
        "an archived commitment leaves at once"
    );
    assert_eq!(
        titles(&archived),
        ["Alpine water rights", "Boreholes for Mali"]
    );
    let refreshes = app.engine.refreshes();
    assert_eq!(refreshes.rebuilds, 1, "built once, at start: {refreshes:?}");
    assert_eq!(refreshes.catch_ups, 2, "then caught up on each write");
}

#[actix_web::test]
async fn a_new_day_moves_commitments_to_completed_and_reporting_due_in_the_next_search() {
    let mut ending = record("Wells finished by the end of 2026", &[6], &["africa"]);
    ending["completion_date"] = json!("2026-12-31");
    ending["ongoing"] = json!(false);
    let clock = Clock::fixed_at(day("2026-12-01"));
    let app = serve(data_dir_with(&[ending]), clock.clone());
    let before = app.api("").await;
    assert_eq!(before["facets"]["status"]["ongoing"], 1);
    assert_eq!(before["facets"]["status"]["completed"], 0);
    assert_eq!(before["facets"]["reporting"]["up-to-date"], 1);

    clock.set(day("2027-03-01"));
    let after = app.api("").await;
    assert_eq!(
        after["facets"]["status"]["completed"], 1,
        "past its completion date"
    );
    assert_eq!(after["facets"]["status"]["ongoing"], 0);
    assert_eq!(
        after["facets"]["reporting"]["due"], 1,
        "over 12 months since published"
    );
    assert_eq!(app.api("status=completed").await["total"], 1);
    let refreshes = app.engine.refreshes();
    assert_eq!(refreshes.day_changes, 1, "{refreshes:?}");
    assert_eq!(refreshes.rebuilds, 1, "a new day is not a rebuild");
}

/// Enough commitments (1,500, all in Africa) that a catch-up on a third of them takes a while,
/// so that requests arriving together would overlap if nothing made them wait.
fn crowd_registry() -> TempDir {
    let records: Vec<Value> = (0..1_500)
        .map(|i| record(&format!("Water project {i}"), &[6], &["africa"]))
        .collect();
    data_dir_with(&records)
}

/// Moves the first 500 commitments from Africa to Europe.
const MOVE_500_TO_EUROPE: &str =
    "UPDATE commitment_values SET value = 'europe' WHERE kind = 'region' AND commitment_id <= 500";

#[actix_web::test]
async fn many_requests_on_a_stale_index_wait_for_one_catch_up_and_all_see_it() {
    let app = serve(crowd_registry(), Clock::default());
    assert_eq!(app.api("region=europe").await["total"], 0);
    let before = app.engine.refreshes();
    app.write(MOVE_500_TO_EUROPE);
    let answers =
        futures_util::future::join_all((0..32).map(|_| app.api("region=europe&per_page=5"))).await;
    for answer in &answers {
        assert_eq!(answer["total"], 500);
        assert_eq!(answer["facets"]["region"]["africa"], 1_000);
    }
    let after = app.engine.refreshes();
    assert_eq!(after.catch_ups, before.catch_ups + 1, "{after:?}");
    assert_eq!(after.rebuilds, before.rebuilds);
}

/// Runs the default search on `threads` threads released at the same instant, each with its
/// own connection; returns their region counts.
fn searches_released_together(
    engine: &Arc<SearchEngine>,
    dir: &TempDir,
    threads: usize,
) -> Vec<Vec<(String, u64)>> {
    let barrier = Arc::new(Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (engine, barrier) = (Arc::clone(engine), Arc::clone(&barrier));
            let mut conn = pool_of(dir.path()).get().unwrap();
            std::thread::spawn(move || {
                barrier.wait();
                let today = day("2026-12-01");
                let evaluation = engine
                    .search(&mut conn, &SearchQuery::default(), today)
                    .unwrap();
                let regions = evaluation.facets.into_iter();
                regions
                    .filter(|(f, _)| *f == Facet::Region)
                    .flat_map(|(_, c)| c)
                    .map(|(value, count)| (value.to_string(), count))
                    .collect()
            })
        })
        .collect();
    workers.into_iter().map(|w| w.join().unwrap()).collect()
}

#[test]
fn threads_released_together_build_the_index_once_then_catch_it_up_once() {
    let dir = crowd_registry();
    let engine = Arc::new(SearchEngine::default());
    for regions in searches_released_together(&engine, &dir, 16) {
        assert!(regions.contains(&("africa".to_string(), 1_500)));
    }
    assert_eq!(engine.refreshes().rebuilds, 1, "{:?}", engine.refreshes());
    let mut conn = pool_of(dir.path()).get().unwrap();
    conn.batch_execute(MOVE_500_TO_EUROPE).unwrap();
    for regions in searches_released_together(&engine, &dir, 16) {
        assert!(regions.contains(&("europe".to_string(), 500)));
    }
    let refreshes = engine.refreshes();
    assert_eq!(
        (refreshes.rebuilds, refreshes.catch_ups),
        (1, 1),
        "{refreshes:?}"
    );
}
