//! Unit tests of the engine's catch-up: after any run of random writes (by plain SQL, as another
//! process would) and day changes, the caught-up index equals one built from scratch.
use chrono::{Duration, NaiveDate};
use diesel::connection::SimpleConnection;
use diesel::{Connection, RunQueryDsl, SqliteConnection};
use diesel_migrations::MigrationHarness;
use indicatif::ProgressBar;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use roaring::RoaringBitmap;

use super::*;
use crate::commands::import::{write_all, ImportOptions};
use crate::domain::record::exchange::parse_record;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// An in-memory registry holding `count` generated commitments, all published.
fn registry(count: usize, today: NaiveDate) -> SqliteConnection {
    let mut conn = SqliteConnection::establish(":memory:").unwrap();
    conn.batch_execute("PRAGMA foreign_keys = ON").unwrap();
    conn.run_pending_migrations(crate::db::MIGRATIONS).unwrap();
    let records: Vec<_> = crate::demo::generate(7, count)
        .enumerate()
        .map(|(i, record)| (i + 1, parse_record(&record, today).unwrap()))
        .collect();
    let options = ImportOptions {
        publish: true,
        ..Default::default()
    };
    write_all(&mut conn, &records, options, &ProgressBar::hidden()).unwrap();
    conn
}

/// The index of a registry of `count` commitments, and for each of `keep_one_in` a random
/// sample of its ids keeping about one in that many (drawn from `seed`).
fn index_and_samples(
    count: usize,
    seed: u64,
    keep_one_in: &[i32],
) -> (FacetIndex, Vec<(i32, RoaringBitmap)>) {
    let today = day("2026-11-29");
    let mut conn = registry(count, today);
    let index = FacetIndex::build(&mut conn, 0, today).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let samples = keep_one_in
        .iter()
        .map(|&n| {
            let sample = index
                .all
                .iter()
                .filter(|_| rng.random_range(0..n) == 0)
                .collect();
            (n, sample)
        })
        .collect();
    (index, samples)
}

/// One random write touching what search depends on, to a random commitment.
fn random_write(conn: &mut SqliteConnection, rng: &mut ChaCha8Rng, count: usize) {
    let id = rng.random_range(1..=count as i64);
    let n = rng.random_range(1..400);
    let sql = match rng.random_range(0..11) {
        0 => format!("UPDATE commitments SET workflow = 'archived' WHERE id = {id}"),
        1 => format!("UPDATE commitments SET workflow = 'published', published_at = coalesce(published_at, '2026-01-0{} 10:00:00') WHERE id = {id}", n % 9 + 1),
        2 => format!("UPDATE commitments SET published_at = datetime(published_at, '-{n} days') WHERE id = {id}"),
        3 => format!("UPDATE commitments SET title_sort = 'title {n}', lead_entity = 'lead {}' WHERE id = {id}", n % 7),
        4 => format!("UPDATE commitments SET start_date = date('2019-01-01', '+{n} days'), completion_date = date('2019-01-01', '+{} days') WHERE id = {id}", n * 3),
        5 => format!("UPDATE commitments SET category = 'good-practice', entity_type = 'ngo', completion_date = NULL WHERE id = {id}"),
        6 => format!("DELETE FROM commitment_values WHERE commitment_id = {id} AND kind IN ('sdg', 'country', 'target')"),
        // As every write of the registry does, values are added with their commitment's row.
        7 => format!("BEGIN; UPDATE commitments SET version = version + 1 WHERE id = {id}; INSERT OR IGNORE INTO commitment_values (commitment_id, kind, position, value) SELECT id, kind, 90, value FROM commitments, (SELECT 'sdg' AS kind, '{}' AS value UNION ALL SELECT 'country', 'KE' UNION ALL SELECT 'target', '6.1') WHERE id = {id}; COMMIT", n % 17 + 1),
        8 => format!("INSERT INTO progress_reports (commitment_id, reported_on, status, achievements, challenges, next_steps, created_at) SELECT id, date('2026-11-29', '-{n} days'), 'on-track', 'a', '', '', '2026-11-29 10:00:00' FROM commitments WHERE id = {id}"),
        9 => format!("UPDATE progress_reports SET hidden_reason = 'spam' WHERE id = (SELECT MAX(id) FROM progress_reports WHERE commitment_id = {id})"),
        _ => format!("DELETE FROM commitments WHERE id = {id}"),
    };
    conn.batch_execute(&sql).unwrap();
}

#[test]
fn catching_up_on_random_writes_and_days_gives_the_index_a_rebuild_would() {
    let mut today = day("2026-11-29");
    let count = 150;
    let mut conn = registry(count, today);
    let engine = SearchEngine::default();
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let (mut new_days, mut rounds_with_changes) = (0, 0);
    drop(engine.index(&mut conn, today).unwrap());
    for round in 0..60 {
        let before = rows::head(&mut conn).unwrap();
        for _ in 0..rng.random_range(1..6) {
            random_write(&mut conn, &mut rng, count);
        }
        if rows::head(&mut conn).unwrap() > before {
            rounds_with_changes += 1;
        }
        if round % 7 == 3 {
            today += Duration::days(rng.random_range(1..200));
            new_days += 1;
        }
        let caught_up = engine.index(&mut conn, today).unwrap();
        let head = rows::head(&mut conn).unwrap();
        let rebuilt = FacetIndex::build(&mut conn, head, today).unwrap();
        assert!(*caught_up == rebuilt, "round {round}: caught up ≠ rebuilt");
    }
    let refreshes = engine.refreshes();
    assert_eq!(refreshes.rebuilds, 1, "only the first build: {refreshes:?}");
    assert_eq!(refreshes.catch_ups, rounds_with_changes);
    assert!(
        rounds_with_changes > 50,
        "{rounds_with_changes} rounds changed something"
    );
    assert_eq!(refreshes.day_changes, new_days);
}

#[test]
fn a_page_of_a_sparse_set_sorted_by_entries_is_the_page_read_along_the_order() {
    let (index, sets) = index_and_samples(150, 5, &[1, 3, 20, 75, 150]);
    for (_, set) in sets {
        for sort in Sort::ALL {
            for (skip, take) in [(0, 1), (0, 20), (3, 5), (40, 20)] {
                let scanned: Vec<u32> = index
                    .ordered(sort)
                    .filter(|id| set.contains(*id))
                    .skip(skip)
                    .take(take)
                    .collect();
                let page = index.page_in_order(sort, &set, skip, take);
                assert_eq!(page, scanned, "{sort:?} of {} from {skip}", set.len());
            }
        }
    }
}

#[test]
fn countries_counted_by_members_match_one_intersection_per_country() {
    let (index, bases) = index_and_samples(300, 9, &[1, 2, 10, 100]);
    for (keep_one_in, base) in bases {
        let by_members = index.country_counts_by_members(&base);
        assert_eq!(
            by_members,
            index.value_counts_by_sets(Facet::Country, &base)
        );
        assert!(keep_one_in > 2 || by_members.iter().sum::<u64>() > 0);
    }
}

#[test]
fn an_index_behind_a_pruned_log_rebuilds_and_is_exact() {
    let today = day("2026-11-29");
    let mut conn = registry(20, today);
    let engine = SearchEngine::default();
    drop(engine.index(&mut conn, today).unwrap());
    // As if 100,000 changes had been logged and pruned since the index was built.
    conn.batch_execute(
        "UPDATE commitments SET category = 'good-practice' WHERE id = 3;
         DELETE FROM search_changes;
         INSERT INTO search_changes (seq, commitment_id) VALUES (500000, 3);",
    )
    .unwrap();
    let index = engine.index(&mut conn, today).unwrap();
    let rebuilt = FacetIndex::build(&mut conn, 500_000, today).unwrap();
    assert!(*index == rebuilt);
    assert_eq!(index.seq, Some(500_000));
    assert_eq!(engine.refreshes().rebuilds, 2);
    assert_eq!(engine.refreshes().catch_ups, 0);
}

#[test]
fn an_index_with_nothing_new_is_used_as_it_is() {
    let today = day("2026-11-29");
    let mut conn = registry(5, today);
    let engine = SearchEngine::default();
    for _ in 0..3 {
        engine
            .search(&mut conn, &SearchQuery::default(), today)
            .unwrap();
    }
    assert_eq!(
        engine.refreshes(),
        Refreshes {
            rebuilds: 1,
            catch_ups: 0,
            day_changes: 0
        }
    );
}

#[test]
fn the_change_log_keeps_only_its_last_hundred_thousand_entries() {
    let mut conn = registry(1, day("2026-11-29"));
    conn.batch_execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000)
         INSERT INTO search_changes (commitment_id) SELECT 1 FROM n;",
    )
    .unwrap();
    let kept: i64 =
        diesel::dsl::sql::<diesel::sql_types::BigInt>("SELECT COUNT(*) FROM search_changes")
            .get_result(&mut conn)
            .unwrap();
    assert!((100_000..=110_000).contains(&kept), "{kept} entries kept");
}

#[test]
fn facets_are_stored_at_their_place_in_the_list_of_all() {
    for (place, facet) in Facet::ALL.into_iter().enumerate() {
        assert_eq!(facet as usize, place);
    }
}

#[test]
fn the_cards_the_index_holds_are_what_the_database_holds_after_random_writes() {
    let today = day("2026-11-29");
    let count = 120;
    let mut conn = registry(count, today);
    let engine = SearchEngine::default();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for round in 0..30 {
        for _ in 0..rng.random_range(1..6) {
            random_write(&mut conn, &mut rng, count);
        }
        conn.batch_execute(&format!(
            "UPDATE commitments SET title = 'Renamed {round}' WHERE id = {}",
            rng.random_range(1..=count)
        ))
        .unwrap();
        let index = engine.index(&mut conn, today).unwrap();
        let mut ids: Vec<i64> = index.all.iter().map(i64::from).collect();
        let held = index.summaries(&ids);
        ids.push(999_999);
        assert_eq!(
            index.summaries(&ids).len(),
            held.len(),
            "unknown ids are skipped"
        );
        ids.pop();
        drop(index);
        let stored: Vec<_> = crate::db::load::find_many(&mut conn, &ids)
            .unwrap()
            .iter()
            .map(crate::domain::commitment::summary::CommitmentSummary::from)
            .collect();
        assert_eq!(
            held, stored,
            "round {round}: a card reads what the whole commitment holds"
        );
        assert_eq!(
            held.len(),
            ids.len(),
            "every published commitment has its card"
        );
    }
}
