//! Progress reports: a commitment waiting for its first report, and the report form of
//! commitment 1 as a browser sends it.

use chrono::Utc;
use serde_json::{json, Value};

use super::{spawn_app, Browser, Role, TestApp};

/// The owner of the water record (its contact's address).
pub const OWNER: &str = "sokha.chan@example.org";
/// The achievements of a valid report.
pub const ACHIEVED: &str = "Forty-two wells were drilled and handed over to the schools.";
/// The report form of commitment 1.
pub const FORM: &str = "/commitments/1/reports/new";
/// Where the report form of commitment 1 posts.
pub const ACTION: &str = "/commitments/1/reports";

const IN_2020: &str = "2020-01-01T10:00:00Z";

/// An app holding the water record (id 1) in `workflow`, published in 2020 and never reported
/// on (so `inactive`), with `extra` keys; its owner `OWNER` is signed in to the app's browser.
pub async fn app_with_unreported_commitment(workflow: &str, extra: Value) -> TestApp {
    let app = spawn_app().await;
    let owner = app.sign_in(OWNER, Role::Contributor).await;
    let public = workflow == "published" || workflow == "archived";
    app.commitment()
        .in_workflow(workflow)
        .with("updated_at", json!(IN_2020))
        .with(
            "published_at",
            if public { json!(IN_2020) } else { Value::Null },
        )
        .with_keys(extra)
        .owned_by(&owner)
        .create()
        .await;
    app
}

/// Today's date, as the report form shows it.
pub fn today() -> String {
    Utc::now().date_naive().to_string()
}

/// Sends the report form of commitment 1 as `browser` with `changes` over a valid report.
pub async fn file(browser: &Browser, changes: &[(&str, &str)]) -> reqwest::Response {
    let mut fields = vec![
        ("reported_on", today()),
        ("status", "on-track".to_string()),
        ("percent_complete", "40".to_string()),
        ("achievements", ACHIEVED.to_string()),
        (
            "challenges",
            "The rainy season delayed the drilling.".to_string(),
        ),
        ("next_steps", "Train the school committees.".to_string()),
    ];
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value.to_string()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    browser.submit(FORM, ACTION, &fields).await
}
