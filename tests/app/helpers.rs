//! Starting the app for a test, talking to it as a browser would, and reading its database.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use diesel::prelude::*;
use sdg_registry::auth::account::NewAccount;
use sdg_registry::config::Settings;
use sdg_registry::db::DbPool;
pub use sdg_registry::domain::Role;
use sdg_registry::startup::Application;
use sdg_registry::use_cases::accounts::create::create_verified;
use serde_json::Value;
use tempfile::TempDir;

pub use crate::browser::*;

/// A running registry with its own data dir, and a browser (cookie jar) to talk to it.
pub struct TestApp {
    pub address: String,
    pub data_dir: TempDir,
    browser: Browser,
}

impl std::ops::Deref for TestApp {
    type Target = Browser;

    fn deref(&self) -> &Browser {
        &self.browser
    }
}

/// Starts the app on a free port with a fresh data dir.
pub async fn spawn_app() -> TestApp {
    spawn_app_in(tempfile::tempdir().unwrap()).await
}

/// Starts the app on a free port over an existing data dir (for data imported beforehand).
pub async fn spawn_app_in(data_dir: TempDir) -> TestApp {
    let settings = Settings::new(data_dir.path().to_path_buf(), "127.0.0.1:0".into());
    start(settings, data_dir)
}

/// Starts the app as if `REGISTRY_PUBLIC_URL` were `url` (without touching the environment,
/// which every test of the process shares).
pub async fn spawn_app_with_public_url(url: &str) -> TestApp {
    spawn_app_with(|settings| settings.with_public_url(url)).await
}

/// Starts the app with settings changed by `change` (instead of environment variables).
pub async fn spawn_app_with(change: impl FnOnce(Settings) -> Settings) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let settings = Settings::new(data_dir.path().to_path_buf(), "127.0.0.1:0".into());
    start(change(settings), data_dir)
}

fn start(settings: Settings, data_dir: TempDir) -> TestApp {
    let app = Application::build(settings, false).expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        browser: Browser::new(&address),
        address,
        data_dir,
    }
}

impl TestApp {
    /// Another browser, with its own cookies (another person, or another device).
    pub fn browser(&self) -> Browser {
        Browser::new(&self.address)
    }

    /// The app's database.
    pub fn pool(&self) -> DbPool {
        pool_of(self.data_dir.path())
    }

    /// Every mail the app has written to its outbox, oldest first.
    pub fn outbox(&self) -> Vec<Mail> {
        read_outbox(&self.data_dir.path().join("outbox"))
    }

    /// The newest mail to `email`.
    pub fn newest_mail_to(&self, email: &str) -> Mail {
        self.outbox()
            .into_iter()
            .rev()
            .find(|m| m.to.contains(email))
            .unwrap_or_else(|| panic!("no mail to {email}"))
    }

    /// Creates an active, verified account through the library; returns its password.
    pub fn create_user(&self, email: &str, role: Role) -> String {
        let password = format!("tidal-basin-{}", email.len() * 7919);
        let account = NewAccount {
            name: format!("{} {}", role.label(), email.split('@').next().unwrap()),
            email: email.to_string(),
            password: password.clone(),
        };
        let mut conn = self.pool().get().unwrap();
        create_verified(&mut conn, &account, role).unwrap();
        password
    }

    /// Creates `<role>@example.org` and signs in as it in the app's main browser.
    pub async fn login_as(&self, role: Role) -> (String, String) {
        let email = format!("{}@example.org", role.slug());
        let password = self.create_user(&email, role);
        let response = self.login(&email, &password).await;
        assert_eq!(response.status(), 303, "signing in as {email}");
        (email, password)
    }

    /// The id of the account with this email.
    pub fn user_id(&self, email: &str) -> i64 {
        use sdg_registry::db::schema::users;
        let mut conn = self.pool().get().unwrap();
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(&mut conn)
            .unwrap()
    }

    /// How many accounts exist.
    pub fn user_count(&self) -> i64 {
        use sdg_registry::db::schema::users;
        let mut conn = self.pool().get().unwrap();
        users::table.count().get_result(&mut conn).unwrap()
    }

    /// Runs SQL against the app's database (to age tokens, for example).
    pub fn execute(&self, sql: &str) {
        let mut conn = self.pool().get().unwrap();
        diesel::sql_query(sql).execute(&mut conn).unwrap();
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

/// Runs the `registry` binary with `--data-dir dir`, writing `input` to its standard input.
pub fn registry_with_stdin(data_dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("REGISTRY_PUBLIC_URL")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
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
