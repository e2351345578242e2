//! The command line: import's all-or-nothing rule, export round trips, demo data and backups.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::helpers::*;

/// The 1980 project that "completed" in 1969, as the old registry showed it.
fn broken_record() -> Value {
    let mut record = water_record();
    record["completion_date"] = json!("1969-12-31");
    record["ongoing"] = json!(false);
    record
}

#[test]
fn importing_the_1969_completion_date_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    write_jsonl(&file, &[water_record(), broken_record()]);
    let output = registry(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.contains("line 2: completion_date: "), "{errors}");
    assert!(errors.contains("placeholder"), "{errors}");
    assert!(!errors.contains("line 1:"), "{errors}");
    assert_eq!(commitment_count(dir.path()), 0);
}

#[actix_web::test]
async fn the_same_record_marked_ongoing_imports_and_renders_in_full() {
    let dir = data_dir_with(&[water_record()]);
    assert_eq!(commitment_count(dir.path()), 1);
    let app = spawn_app_in(dir).await;
    let (status, page) = app.get("/commitments/1").await;
    assert_eq!(status, 200);
    assert!(page.contains("<dt>Start</dt><dd>1 January 1980</dd>"));
    assert!(page.contains("<dt>Completion</dt><dd>Ongoing</dd>"));
}

#[test]
fn every_invalid_line_is_reported_with_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut unknown_key = water_record();
    unknown_key["colour"] = json!("blue");
    let mut bad_target = water_record();
    bad_target["targets"] = json!(["3.1"]);
    let mut bad_type = water_record();
    bad_type["sdgs"] = json!(["six"]);
    write_jsonl(&file, &[unknown_key, bad_target, water_record(), bad_type]);
    std::fs::write(
        &file,
        std::fs::read_to_string(&file).unwrap() + "not json\n",
    )
    .unwrap();
    let output = registry(dir.path(), &["import", file.to_str().unwrap()]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(errors.contains("line 1: colour: unknown field"), "{errors}");
    assert!(
        errors.contains("line 2: targets: Target 3.1 belongs to Goal 3, which is not selected"),
        "{errors}"
    );
    assert!(errors.contains("line 4: sdgs[0]: "), "{errors}");
    assert!(
        errors.contains("line 5: record: not valid JSON"),
        "{errors}"
    );
    assert!(!errors.contains("line 3:"), "{errors}");
    assert_eq!(commitment_count(dir.path()), 0);
}

#[test]
fn skip_invalid_imports_the_valid_lines() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    write_jsonl(&file, &[water_record(), broken_record(), water_record()]);
    let output = registry(
        dir.path(),
        &["import", file.to_str().unwrap(), "--skip-invalid"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("line 2: completion_date"));
    assert_eq!(commitment_count(dir.path()), 2);
}

#[test]
fn records_become_submitted_unless_published_or_carrying_a_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut returned = water_record();
    returned["workflow"] = json!("returned");
    write_jsonl(&file, &[water_record(), returned]);
    assert!(registry(dir.path(), &["import", file.to_str().unwrap()])
        .status
        .success());
    let exported = export_records(dir.path());
    let workflows: Vec<&str> = exported
        .iter()
        .map(|r| r["workflow"].as_str().unwrap())
        .collect();
    assert_eq!(workflows, ["submitted", "returned"]);
    assert_eq!(exported[0]["reporting"], Value::Null);
    assert_eq!(exported[0]["published_at"], Value::Null);
}

#[test]
fn keep_ids_keeps_ids_and_refuses_taken_ones() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut record = water_record();
    record["id"] = json!(42);
    write_jsonl(&file, &[record]);
    let path = file.to_str().unwrap();
    assert!(registry(dir.path(), &["import", path, "--keep-ids"])
        .status
        .success());
    assert_eq!(export_records(dir.path())[0]["id"], json!(42));
    let again = registry(dir.path(), &["import", path, "--keep-ids"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("line 1: id: commitment 42 already exists"));
    assert_eq!(commitment_count(dir.path()), 1);
}

#[test]
fn export_shows_private_contacts_and_absolute_urls() {
    let dir = data_dir_with(&[water_record()]);
    let record = &export_records(dir.path())[0];
    assert_eq!(record["contact"]["email"], json!("sokha.chan@example.org"));
    assert_eq!(record["url"], json!("http://127.0.0.1:8080/commitments/1"));
    assert_eq!(record["status"], json!("ongoing"));
    assert_eq!(record["workflow"], json!("published"));
    assert_eq!(record["reporting"], json!("up-to-date"));
}

fn export_records(data_dir: &std::path::Path) -> Vec<Value> {
    let output = registry(data_dir, &["export"]);
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn without_id_and_url(records: Vec<Value>) -> Vec<BTreeMap<String, Value>> {
    records
        .into_iter()
        .map(|r| {
            let mut map: BTreeMap<String, Value> = serde_json::from_value(r).unwrap();
            map.remove("id");
            map.remove("url");
            map
        })
        .collect()
}

#[test]
fn export_import_export_round_trips_1000_demo_records() {
    let first = tempfile::tempdir().unwrap();
    let demo = registry(
        first.path(),
        &["demo-data", "--count", "1000", "--seed", "7"],
    );
    assert!(demo.status.success());
    let demo_file = path_in(&first, "demo.jsonl");
    std::fs::write(&demo_file, &demo.stdout).unwrap();
    let imported = registry(first.path(), &["import", demo_file.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let export_file = path_in(&first, "export.jsonl");
    let out = registry(
        first.path(),
        &["export", "--out", export_file.to_str().unwrap()],
    );
    assert!(out.status.success());

    let second = tempfile::tempdir().unwrap();
    let reimported = registry(second.path(), &["import", export_file.to_str().unwrap()]);
    assert!(reimported.status.success(), "{}", stderr(&reimported));
    let first_export = without_id_and_url(export_records(first.path()));
    let second_export = without_id_and_url(export_records(second.path()));
    assert_eq!(first_export.len(), 1000);
    assert!(
        first_export == second_export,
        "the second export differs from the first"
    );
}

#[test]
fn demo_data_is_deterministic_per_seed() {
    let dir = tempfile::tempdir().unwrap();
    let run =
        |seed: &str| registry(dir.path(), &["demo-data", "--count", "50", "--seed", seed]).stdout;
    assert_eq!(run("3"), run("3"));
    assert_ne!(run("3"), run("4"));
    assert_eq!(String::from_utf8(run("3")).unwrap().lines().count(), 50);
}

#[test]
fn a_backup_taken_while_writing_passes_the_integrity_check() {
    use diesel::prelude::*;
    use diesel::sql_types::Text;
    let dir = tempfile::tempdir().unwrap();
    let demo = registry(dir.path(), &["demo-data", "--count", "300", "--seed", "1"]);
    let file = path_in(&dir, "demo.jsonl");
    std::fs::write(&file, &demo.stdout).unwrap();
    std::fs::create_dir_all(dir.path().join("uploads")).unwrap();
    std::fs::write(dir.path().join("uploads/photo.jpg"), b"jpeg bytes").unwrap();
    let writer = {
        let data_dir = dir.path().to_path_buf();
        let file = file.clone();
        std::thread::spawn(move || {
            for _ in 0..3 {
                let output = registry(&data_dir, &["import", file.to_str().unwrap()]);
                assert!(output.status.success(), "{}", stderr(&output));
            }
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(300));
    let backup_dir = path_in(&dir, "backup");
    let output = registry(dir.path(), &["backup", backup_dir.to_str().unwrap()]);
    writer.join().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(backup_dir.join("uploads/photo.jpg")).unwrap(),
        b"jpeg bytes"
    );

    #[derive(QueryableByName)]
    struct Check {
        #[diesel(sql_type = Text)]
        integrity_check: String,
    }
    let mut conn =
        diesel::SqliteConnection::establish(backup_dir.join("registry.db").to_str().unwrap())
            .unwrap();
    let check: Check = diesel::sql_query("PRAGMA integrity_check")
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(check.integrity_check, "ok");
    let count: i64 = sdg_registry::db::schema::commitments::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(
        count % 300,
        0,
        "the backup holds whole imports only, never half of one"
    );
}
