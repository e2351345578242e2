//! `registry remind`: one mail per published commitment whose report is due, overdue or
//! missing, with the link to file it; never twice within 30 days.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Months, Utc};
use serde_json::{json, Value};

use crate::helpers::*;

const PUBLIC_URL: &str = "https://registry.example.org";

/// The water record with its own contact, `workflow`, published `months_ago` (none when not
/// published), and a report `reported_months_ago` if given.
fn record(
    contact: &str,
    workflow: &str,
    months_ago: u32,
    reported_months_ago: Option<u32>,
) -> Value {
    let ago = |months| {
        let date = Utc::now().date_naive() - Months::new(months);
        date.to_string()
    };
    let mut record = water_record();
    record["contact"]["email"] = json!(contact);
    record["workflow"] = json!(workflow);
    record["published_at"] = if workflow == "published" {
        json!(format!("{}T10:00:00Z", ago(months_ago)))
    } else {
        Value::Null
    };
    if let Some(months) = reported_months_ago {
        record["progress_reports"] = json!([{
            "reported_on": ago(months),
            "status": "on-track",
            "percent_complete": 30,
            "achievements": "Thirty wells were drilled and handed over to the schools.",
            "challenges": "",
            "next_steps": ""
        }]);
    }
    record
}

/// Runs `registry remind` with the public URL set and no mail server (so: the outbox).
fn remind(data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .arg("remind")
        .env("REGISTRY_PUBLIC_URL", PUBLIC_URL)
        .env_remove("REGISTRY_SMTP_URL")
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn execute(data_dir: &Path, sql: &str) {
    use diesel::RunQueryDsl;
    let pool = pool_of(data_dir);
    let mut conn = pool.get().unwrap();
    diesel::sql_query(sql).execute(&mut conn).unwrap();
}

#[test]
fn due_overdue_and_inactive_commitments_get_one_reminder_each_every_30_days() {
    let dir = data_dir_with(&[
        record("due@example.org", "published", 18, None),
        record("late@example.org", "published", 60, Some(36)),
        record("silent@example.org", "published", 36, None),
        record("fine@example.org", "published", 2, None),
        record("waiting@example.org", "submitted", 0, None),
    ]);
    let first = remind(dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("Sent 3 reminders; 0 skipped (reminded in the last 30 days)"));
    let outbox = read_outbox(&dir.path().join("outbox"));
    assert_eq!(outbox.len(), 3);
    for (id, email, light) in [
        (1, "due@example.org", "Report due"),
        (2, "late@example.org", "Report overdue"),
        (3, "silent@example.org", "Inactive"),
    ] {
        let mails: Vec<_> = outbox.iter().filter(|m| m.to.contains(email)).collect();
        assert_eq!(mails.len(), 1, "one mail to {email}");
        let body = &mails[0].body;
        assert!(
            body.contains(&format!("{PUBLIC_URL}/commitments/{id}/reports/new")),
            "the link to file a report: {body}"
        );
        assert!(body.contains(light), "why: {body}");
        assert!(body.contains("Safe water for 200 rural schools in Cambodia"));
    }
    assert!(outbox
        .iter()
        .any(|m| m.body.contains("latest progress report is dated")));
    assert!(outbox
        .iter()
        .any(|m| m.body.contains("no progress report yet")));

    let second = remind(dir.path());
    assert!(second.status.success());
    assert!(stdout(&second).contains("Sent 0 reminders; 3 skipped"));
    assert_eq!(read_outbox(&dir.path().join("outbox")).len(), 3);

    execute(
        dir.path(),
        "UPDATE reminders SET sent_at = datetime(sent_at, '-31 days')",
    );
    let later = remind(dir.path());
    assert!(stdout(&later).contains("Sent 3 reminders; 0 skipped"));
    assert_eq!(read_outbox(&dir.path().join("outbox")).len(), 6);
}

#[test]
fn remind_refuses_while_the_registry_is_read_only() {
    let dir = data_dir_with(&[record("due@example.org", "published", 18, None)]);
    execute(dir.path(), "UPDATE site_notice SET read_only = 1");
    let output = remind(dir.path());
    assert!(!output.status.success());
    assert!(stderr(&output).contains("read-only"));
    assert!(read_outbox(&dir.path().join("outbox")).is_empty());
}
