use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};
use diesel_migrations::MigrationHarness;

use super::*;
use crate::db::commitments::{insert, CommitmentMeta};
use crate::domain::record::exchange::parse_record;

fn migrated() -> SqliteConnection {
    let mut conn = SqliteConnection::establish(":memory:").expect("an in-memory database");
    conn.run_pending_migrations(crate::db::MIGRATIONS)
        .expect("migrations run");
    conn
}

fn meta() -> CommitmentMeta {
    CommitmentMeta {
        id: None,
        workflow: Workflow::Published,
        owner_id: None,
        created_at: NaiveDateTime::default(),
        updated_at: NaiveDateTime::default(),
        published_at: None,
    }
}

#[test]
fn every_demo_commitment_reads_back_exactly_as_it_was_written() {
    let mut conn = migrated();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    let mut written = Vec::new();
    for record in crate::demo::generate(7, 40) {
        let imported = parse_record(&record, today).expect("demo records are valid");
        let id = insert(&mut conn, &imported.content, &meta(), &imported.reports).expect("insert");
        written.push((id, imported));
    }
    let ids: Vec<i64> = written.iter().rev().map(|(id, _)| *id).collect();
    let read = find_many(&mut conn, &ids).expect("the commitments load");
    assert_eq!(read.len(), written.len());
    for (commitment, (id, imported)) in read.iter().zip(written.iter().rev()) {
        assert_eq!(commitment.id, *id, "in the order asked for");
        assert_eq!(commitment.content, imported.content);
        let reports: Vec<_> = commitment
            .reports
            .iter()
            .map(|r| r.report.clone())
            .collect();
        let mut expected = imported.reports.clone();
        expected.sort_by_key(|r| r.reported_on);
        assert_eq!(reports, expected);
    }
}

#[test]
fn a_stored_value_outside_its_vocabulary_is_an_error_naming_the_commitment() {
    let mut conn = migrated();
    let record = crate::demo::generate(1, 1).next().expect("one record");
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    let imported = parse_record(&record, today).expect("valid");
    let id = insert(&mut conn, &imported.content, &meta(), &[]).expect("insert");
    conn.batch_execute(&format!(
        "UPDATE commitments SET entity_type = 'pirates' WHERE id = {id}"
    ))
    .expect("update");
    let error = find(&mut conn, id).expect_err("a corrupt row is refused");
    let message = error.to_string();
    assert!(message.contains(&format!("commitment {id}")), "{message}");
    assert!(message.contains("\"pirates\""), "{message}");
}
