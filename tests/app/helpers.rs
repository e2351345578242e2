//! Starting the app for a test, talking to it as a browser would, and reading its database.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use diesel::prelude::*;
use sdg_registry::config::Settings;
use sdg_registry::db::DbPool;
use sdg_registry::startup::Application;
use serde_json::Value;
use tempfile::TempDir;

/// A running registry with its own data dir.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: TempDir,
}

/// Starts the app on a free port with a fresh data dir.
pub async fn spawn_app() -> TestApp {
    spawn_app_in(tempfile::tempdir().unwrap()).await
}

/// Starts the app on a free port over an existing data dir (for data imported beforehand).
pub async fn spawn_app_in(data_dir: TempDir) -> TestApp {
    let settings = Settings::new(data_dir.path().to_path_buf(), "127.0.0.1:0".into());
    let app = Application::build(settings, false).expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        data_dir,
    }
}

impl TestApp {
    /// GET a path; returns status and body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("the request is answered");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// GET a path; returns the whole response.
    pub async fn get_response(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("the request is answered")
    }
}

/// A data dir holding the given JSON records, imported with `registry import --publish`.
pub fn data_dir_with(records: &[Value]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.jsonl");
    write_jsonl(&file, records);
    let output = registry(dir.path(), &["import", file.to_str().unwrap(), "--publish"]);
    assert!(
        output.status.success(),
        "import failed: {}",
        stderr(&output)
    );
    dir
}

/// Writes records as JSON Lines.
pub fn write_jsonl(path: &Path, records: &[Value]) {
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).unwrap();
}

/// Runs the `registry` binary with `--data-dir dir`.
pub fn registry(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("REGISTRY_PUBLIC_URL")
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

/// Standard error of a finished command, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Opens the database of a data dir.
pub fn pool_of(data_dir: &Path) -> DbPool {
    sdg_registry::db::open(&data_dir.join("registry.db"), 2).unwrap()
}

/// How many commitments the data dir's database holds.
pub fn commitment_count(data_dir: &Path) -> i64 {
    use sdg_registry::db::schema::commitments;
    let pool = pool_of(data_dir);
    let mut conn = pool.get().unwrap();
    commitments::table.count().get_result(&mut conn).unwrap()
}

/// A path inside a temp dir.
pub fn path_in(dir: &TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

/// A complete, valid record about safe water in Cambodia, with every part filled in.
pub fn water_record() -> Value {
    serde_json::json!({
        "title": "Safe water for 200 rural schools in Cambodia",
        "category": "partnership",
        "objective": "Bring safe drinking water to 200 rural schools by 2030.",
        "stakeholders": "Pupils, teachers and the school water committees.",
        "partners": [
            {"name": "UNICEF Cambodia", "entity_type": "un-entity"},
            {"name": "WaterAid", "entity_type": "ngo"}
        ],
        "implementation": "Drill wells, install filters and train school staff.\nEach school keeps a maintenance log.",
        "results": "Fewer days of school lost to water-borne illness.",
        "enabling_factors": "Strong support from provincial authorities.",
        "sustainability": "Committees collect a small fee for spare parts.",
        "other_sources": "Annual report of the Ministry.",
        "sdgs": [6, 4],
        "targets": ["6.1", "4.a"],
        "methods": ["technology", "capacity-building"],
        "other_methods": ["South-South cooperation"],
        "start_date": "1980-01-01",
        "completion_date": null,
        "ongoing": true,
        "regions": ["asia-pacific"],
        "countries": ["KH", "CI"],
        "geographical_coverage": "Rural provinces of Kampong Cham and Takeo.",
        "lead_entity": "Ministry of Rural Development of Cambodia",
        "entity_type": "government",
        "contact": {"name": "Sokha Chan", "position": "Programme manager",
                    "email": "sokha.chan@example.org", "phone": "+855 23 456 789", "public": false},
        "deliverables": [{"title": "First 50 wells drilled", "due_date": "2027-06-30", "status": "in-progress"}],
        "resources": [{"kind": "financing", "description": "Grant for drilling", "amount": 25000, "currency": "USD"}]
    })
}
