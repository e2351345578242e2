//! Fixtures for the integration tests: the app started for a test, browsers and accounts to
//! talk to it, commitments made through a builder, the `registry` binary and the database.
//!
//! Test files import fixtures from here only, never from each other.

use std::sync::atomic::AtomicUsize;

use tempfile::TempDir;

pub mod api;
mod browser;
mod builder;
pub mod chromium;
mod cli;
mod client;
mod db;
mod drafts;
pub mod editing;
mod forms;
pub mod internals;
pub mod languages;
mod outbox;
mod records;
pub mod reports;
pub mod search;
pub mod upload;

pub use browser::*;
pub use builder::*;
pub use chromium::start_driver;
pub use cli::*;
pub use client::*;
pub use db::*;
pub use drafts::*;
pub use forms::*;
pub use outbox::*;
pub use records::*;
pub use sdg_registry::domain::Role;

use internals::{Application, Rate, RateSettings, Settings};

/// A running registry with its own data dir, and a browser (cookie jar) to talk to it.
pub struct TestApp {
    pub address: String,
    pub data_dir: TempDir,
    browser: Browser,
    /// How many accounts `signed_in` has made (each gets its own address).
    accounts_made: AtomicUsize,
    /// The server's bound on password hashing and image decoding.
    expensive: std::sync::Arc<internals::ExpensiveWork>,
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
    let settings = test_settings(&data_dir);
    start(settings, data_dir)
}

/// Starts the app over an existing data dir with settings changed by `change` (a restart).
pub async fn spawn_app_in_with(
    data_dir: TempDir,
    change: impl FnOnce(Settings) -> Settings,
) -> TestApp {
    let settings = test_settings(&data_dir);
    start(change(settings), data_dir)
}

/// Starts the app as if `REGISTRY_PUBLIC_URL` were `url` (without touching the environment,
/// which every test of the process shares).
pub async fn spawn_app_with_public_url(url: &str) -> TestApp {
    spawn_app_with(|settings| settings.with_public_url(url)).await
}

/// Starts the app with settings changed by `change` (instead of environment variables).
pub async fn spawn_app_with(change: impl FnOnce(Settings) -> Settings) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let settings = test_settings(&data_dir);
    start(change(settings), data_dir)
}

/// Why the app refuses to start with settings changed by `change` (panics if it starts).
pub fn start_error(change: impl FnOnce(Settings) -> Settings) -> String {
    let data_dir = tempfile::tempdir().unwrap();
    let settings = test_settings(&data_dir);
    match Application::build(change(settings), false) {
        Ok(_) => panic!("the app started with settings it should refuse"),
        Err(error) => format!("{error:#}"),
    }
}

/// Settings for a test app: the site's defaults, except rate limits high enough that tests
/// signing in and up many times from 127.0.0.1 are never limited (tests of the limits lower
/// them again with [`spawn_app_with`]).
pub fn test_settings(data_dir: &TempDir) -> Settings {
    let many = Rate::new(100_000, std::time::Duration::from_secs(60));
    let lenient = RateSettings {
        sign_up_per_address: many,
        sign_up_per_email: many,
        sign_in_per_address: many,
        mail_per_address: many,
        mail_per_email: many,
        registrations_per_day: 100_000,
        free_sign_in_failures: 1_000,
        ..RateSettings::default()
    };
    Settings::new(data_dir.path().to_path_buf(), "127.0.0.1:0".into()).with_rate_limits(lenient)
}

fn start(settings: Settings, data_dir: TempDir) -> TestApp {
    let app = Application::build(settings, false).expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let expensive = app.expensive_work();
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        browser: Browser::new(&address),
        address,
        data_dir,
        accounts_made: AtomicUsize::new(0),
        expensive,
    }
}

impl TestApp {
    /// Another browser, with its own cookies (another person, or another device).
    pub fn browser(&self) -> Browser {
        Browser::new(&self.address)
    }

    /// How many password hashes and image decodes the server has started.
    pub fn expensive_jobs_started(&self) -> u64 {
        self.expensive.jobs_started()
    }

    /// Holds the server's bound on expensive work full until the guard is dropped: every
    /// password hash and image decode is refused as busy meanwhile.
    pub fn saturate_expensive_work(&self) -> internals::Saturation {
        self.expensive.saturate()
    }

    /// Holds all the server's image decoding memory but `mebibytes_left` until the guard is
    /// dropped, as while the largest photo allowed is decoded.
    pub fn hold_decoding_memory(&self, mebibytes_left: u32) -> internals::Saturation {
        self.expensive.hold_decoding_memory(mebibytes_left)
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
}
