use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};
use diesel_migrations::MigrationHarness;

use super::*;
use crate::search::tokens::words;

/// A database holding commitments whose title and objective are given (borrowed or owned).
fn registry<T: AsRef<str>>(texts: &[(T, T)]) -> SqliteConnection {
    let mut conn = SqliteConnection::establish(":memory:").expect("an in-memory database");
    conn.run_pending_migrations(crate::db::MIGRATIONS)
        .expect("migrations run");
    for (id, (title, objective)) in texts.iter().enumerate() {
        insert_text(&mut conn, id as i64 + 1, title.as_ref(), objective.as_ref());
    }
    conn
}

fn insert_text(conn: &mut SqliteConnection, id: i64, title: &str, objective: &str) {
    let quote = |t: &str| t.replace('\'', "''");
    conn.batch_execute(&format!(
        "INSERT INTO commitments (id, title, title_sort, category, objective, stakeholders,
             implementation, results, enabling_factors, sustainability, other_sources, start_date,
             geographical_coverage, lead_entity, entity_type, contact_name, contact_position,
             contact_email, contact_phone, contact_public, workflow, created_at, updated_at)
         VALUES ({id}, '{}', '', 'partnership', '{}', '', '', '', '', '', '', '2020-01-01', '',
             'Lead', 'ngo', 'A', '', 'a@example.org', '', 0, 'published',
             '2020-01-01 00:00:00', '2020-01-01 00:00:00')",
        quote(title),
        quote(objective)
    ))
    .expect("insert");
}

fn ids(set: &RoaringBitmap) -> Vec<u32> {
    set.iter().collect()
}

#[test]
fn a_word_matches_every_commitment_holding_it_and_all_words_must_match() {
    let mut conn = registry(&[
        ("Clean water", "Wells in Côte d'Ivoire"),
        ("Solar power", "Clean energy for schools"),
        ("Water and energy", "Solar pumps"),
    ]);
    let index = WordIndex::build(&mut conn).expect("built");
    assert_eq!(index.len(), 3);
    assert_eq!(ids(&index.matching(&words("water"))), [1, 3]);
    assert_eq!(ids(&index.matching(&words("solar energy"))), [2, 3]);
    assert_eq!(ids(&index.matching(&words("cote"))), [1]);
    assert!(index.matching(&words("water nowhere")).is_empty());
    assert!(index.matching(&[]).is_empty());
}

#[test]
fn title_matches_rank_before_body_matches_and_more_mentions_rank_higher() {
    let mut conn = registry(&[
        (
            "Schools",
            "Water for schools, and more water, and water again",
        ),
        ("Water for all", "Schools"),
        (
            "Schools",
            "Water once, among many other words about schools and towns",
        ),
    ]);
    let index = WordIndex::build(&mut conn).expect("built");
    let water = words("water");
    let mut ranked = index.ranked(&water, &index.matching(&water));
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1));
    let order: Vec<u32> = ranked.iter().map(|(id, _)| *id).collect();
    assert_eq!(order, [2, 1, 3]);
    assert!(ranked.iter().all(|(_, rank)| *rank < 0.0), "{ranked:?}");
}

#[test]
fn applying_changed_ids_follows_edits_new_commitments_and_deletions() {
    let mut conn = registry(&[("Clean water", ""), ("Solar power", "")]);
    let mut index = WordIndex::build(&mut conn).expect("built");
    conn.batch_execute(
        "UPDATE commitments SET title = 'Wind power' WHERE id = 1;
         DELETE FROM commitments WHERE id = 2;",
    )
    .expect("edit");
    insert_text(&mut conn, 3, "Clean water again", "");
    index.apply(&mut conn, &[1, 2, 3]).expect("applied");
    assert_eq!(ids(&index.matching(&words("water"))), [3]);
    assert_eq!(ids(&index.matching(&words("power"))), [1]);
    assert!(index.matching(&words("solar")).is_empty());
    assert_eq!(index.len(), 2);
    let rebuilt = WordIndex::build(&mut conn).expect("built");
    let power = words("power wind");
    assert_eq!(
        index.ranked(&power, &index.matching(&power)),
        rebuilt.ranked(&power, &rebuilt.matching(&power)),
        "the same ranks as an index built afresh"
    );
}

#[test]
fn an_edit_inside_the_range_keeps_each_weight_with_its_commitment() {
    let texts: Vec<(String, String)> = (1..=5)
        .map(|n| (format!("Project {n}"), "water ".repeat(n)))
        .collect();
    let mut conn = registry(&texts);
    let mut index = WordIndex::build(&mut conn).expect("built");
    conn.batch_execute("UPDATE commitments SET objective = 'water water water water water water water' WHERE id = 2")
        .expect("edit");
    index.apply(&mut conn, &[2]).expect("applied");
    let rebuilt = WordIndex::build(&mut conn).expect("built");
    let water = words("water");
    assert_eq!(
        index.ranked(&water, &index.matching(&water)),
        rebuilt.ranked(&water, &rebuilt.matching(&water))
    );
}

#[test]
fn a_few_results_among_many_postings_score_as_they_do_among_all() {
    let texts: Vec<(String, String)> = (0..400)
        .map(|i| {
            let repeats = "water ".repeat(i % 5 + 1);
            (
                format!("Project {i}"),
                format!("{repeats} and sanitation {}", "x ".repeat(i % 13)),
            )
        })
        .collect();
    let mut conn = registry(&texts);
    let index = WordIndex::build(&mut conn).expect("built");
    let words = vec!["water".to_string()];
    let all: RoaringBitmap = (1..=400).collect();
    let every = index.ranked(&words, &all);
    let few: RoaringBitmap = [3, 77, 200, 399].into_iter().collect();
    let looked_up = index.ranked(&words, &few);
    let expected: Vec<(u32, f64)> = every
        .into_iter()
        .filter(|(id, _)| few.contains(*id))
        .collect();
    assert_eq!(looked_up, expected);
    assert!(
        looked_up.iter().all(|(_, score)| *score < 0.0),
        "each one scored"
    );
}

#[test]
fn a_dense_word_finds_each_weight_as_the_walk_through_its_postings_does() {
    let mut postings = Postings::default();
    for id in (1..6_000u32).filter(|id| id % 3 != 0) {
        postings.add_while_building(id, (id % 7 + 1) as u16);
    }
    postings.finish_building();
    assert!(postings.dense.is_some(), "4,000 of 6,000 ids are dense");
    postings.add(3, 9);
    postings.add(9_000, 4);
    let results: Vec<u32> = (1..9_001).step_by(2).collect();
    let dense = postings.weights_of(&results);
    postings.dense = None;
    assert_eq!(dense, postings.weights_of(&results));
    assert!(
        dense.contains(&(1, 9)),
        "id 3, added after building, at position 1"
    );
}

#[test]
fn an_id_far_past_the_others_drops_the_bits_rather_than_growing_them() {
    let mut postings = Postings::default();
    (1..5_000u32).for_each(|id| postings.add_while_building(id, 1));
    postings.finish_building();
    postings.add(4_000_000_000, 2);
    assert!(postings.dense.is_none());
    assert_eq!(postings.weights_of(&[7, 4_000_000_000]), [(0, 1), (1, 2)]);
}

#[test]
fn the_best_holding_any_word_are_the_first_of_ranking_them_all() {
    let texts: Vec<(String, String)> = (0..300)
        .map(|i| {
            let body = match i % 3 {
                0 => format!("wells {}", "pumps ".repeat(i % 4 + 1)),
                1 => format!("wells and rain {}", "x ".repeat(i % 7)),
                _ => "nothing here".to_string(),
            };
            (format!("Project {i}"), body)
        })
        .collect();
    let mut conn = registry(&texts);
    let index = WordIndex::build(&mut conn).expect("built");
    let words = vec!["pumps".to_string(), "rain".to_string()];
    let within: RoaringBitmap = (1..=300).filter(|id| id % 5 != 0).collect();
    let holding = index.holding_any(&words) & &within;
    let mut all = index.ranked(&words, &holding);
    all.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    all.truncate(7);
    let best = index.best_holding_any(&words, &within, 7);
    assert_eq!(best.len(), 7);
    for ((id, score), (expected_id, expected)) in best.iter().zip(&all) {
        assert_eq!(id, expected_id);
        assert!((score - expected).abs() < 1e-9);
    }
}
