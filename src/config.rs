//! Settings from command-line flags and `REGISTRY_*` environment variables.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use chrono::{Datelike, NaiveDate};

use crate::limits::rate::{Rate, RateSettings};

/// Where the registry keeps its data and how it is reached.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Folder holding `registry.db`, `uploads/`, `outbox/` and the generated session key.
    pub data_dir: PathBuf,
    /// Address to listen on, e.g. `127.0.0.1:8080`.
    pub bind: String,
    /// Base of absolute links, without a trailing slash, e.g. `https://registry.example.org`.
    pub public_url: String,
    /// True when `public_url` came from `REGISTRY_PUBLIC_URL` rather than from `bind`.
    public_url_is_set: bool,
    /// `REGISTRY_SMTP_URL`: the mail server; `None` writes mail to the outbox folder.
    pub smtp_url: Option<Secret>,
    /// `REGISTRY_MAIL_FROM`: the sender of mail; `None` derives one from the public URL.
    pub mail_from: Option<String>,
    /// What day it is for search and pages (status, reporting light): the UTC date.
    pub clock: Clock,
    /// `REGISTRY_TRUSTED_PROXIES`: addresses and networks whose `X-Forwarded-For` is
    /// believed, comma-separated (checked when the app starts); empty: the header is ignored.
    pub trusted_proxies: String,
    /// Rate limits and the daily registration quota.
    pub rate_limits: RateSettings,
}

/// The date the registry takes as today: the UTC date, unless a test has fixed one. Clones
/// share it, so a test can move a running server to another day.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// The fixed date, as days from the first day of the common era; `None`: the UTC date.
    fixed: Option<Arc<AtomicI32>>,
}

impl Clock {
    /// A clock that says `date` until [`Clock::set`] moves it.
    pub fn fixed_at(date: NaiveDate) -> Self {
        Clock {
            fixed: Some(Arc::new(AtomicI32::new(date.num_days_from_ce()))),
        }
    }

    /// Moves a fixed clock (and every clone of it) to `date`; the UTC clock cannot be moved.
    pub fn set(&self, date: NaiveDate) {
        if let Some(fixed) = &self.fixed {
            fixed.store(date.num_days_from_ce(), Ordering::Relaxed);
        }
    }

    /// Today, for this clock.
    pub fn today(&self) -> NaiveDate {
        self.fixed
            .as_ref()
            .and_then(|f| NaiveDate::from_num_days_from_ce_opt(f.load(Ordering::Relaxed)))
            .unwrap_or_else(crate::domain::commitment::stored::today)
    }
}

/// A configuration value that must never be printed (it may hold a password).
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: String) -> Self {
        Secret(value)
    }

    /// The value itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The default limits, with `REGISTRY_REGISTRATIONS_PER_DAY` and
/// `REGISTRY_API_REQUESTS_PER_MINUTE` (0: no limit) when set to a number.
fn rate_settings_from_env() -> RateSettings {
    let defaults = RateSettings::default();
    RateSettings {
        registrations_per_day: env_value("REGISTRY_REGISTRATIONS_PER_DAY")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(defaults.registrations_per_day),
        api_per_address: match env_value("REGISTRY_API_REQUESTS_PER_MINUTE")
            .and_then(|v| v.trim().parse::<u32>().ok())
        {
            Some(0) => None,
            Some(per_minute) => Some(Rate::new(per_minute, Duration::from_secs(60))),
            None => defaults.api_per_address,
        },
        ..defaults
    }
}

/// A non-empty environment variable.
fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    /// Settings for `data_dir` and `bind`, reading `REGISTRY_PUBLIC_URL`, `REGISTRY_SMTP_URL`
    /// and `REGISTRY_MAIL_FROM` when set.
    pub fn new(data_dir: PathBuf, bind: String) -> Self {
        let settings = Settings {
            public_url: format!("http://{bind}"),
            data_dir,
            bind,
            public_url_is_set: false,
            smtp_url: env_value("REGISTRY_SMTP_URL").map(Secret),
            mail_from: env_value("REGISTRY_MAIL_FROM"),
            clock: Clock::default(),
            trusted_proxies: env_value("REGISTRY_TRUSTED_PROXIES").unwrap_or_default(),
            rate_limits: rate_settings_from_env(),
        };
        match env_value("REGISTRY_PUBLIC_URL") {
            Some(url) => settings.with_public_url(&url),
            None => settings,
        }
    }

    /// The same settings with this public URL (what `REGISTRY_PUBLIC_URL` sets; tests use it
    /// directly, since environment variables are shared by every test of a process).
    pub fn with_public_url(mut self, url: &str) -> Self {
        self.public_url = url.trim().trim_end_matches('/').to_string();
        self.public_url_is_set = true;
        self
    }

    /// The same settings with these trusted proxies (what `REGISTRY_TRUSTED_PROXIES` sets).
    pub fn with_trusted_proxies(mut self, proxies: &str) -> Self {
        self.trusted_proxies = proxies.to_string();
        self
    }

    /// The same settings with these rate limits (tests lower them).
    pub fn with_rate_limits(mut self, limits: RateSettings) -> Self {
        self.rate_limits = limits;
        self
    }

    /// The same settings with this clock (tests use it to set the date).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// After binding (perhaps to port 0), links use the real address unless one was configured.
    pub fn adopt_bound_address(&mut self, address: std::net::SocketAddr) {
        self.bind = address.to_string();
        if !self.public_url_is_set {
            self.public_url = format!("http://{address}");
        }
    }

    /// The database file.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("registry.db")
    }

    /// The folder of uploaded photos.
    pub fn uploads_dir(&self) -> PathBuf {
        self.data_dir.join("uploads")
    }

    /// The folder of outgoing mail when no SMTP server is configured.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// True when links (and so cookies) are served over https.
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// Creates the data folders if they are missing.
    pub fn ensure_dirs(&self) -> anyhow::Result<()> {
        for dir in [self.data_dir.clone(), self.uploads_dir(), self.outbox_dir()] {
            create_dir(&dir)?;
        }
        Ok(())
    }
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    crate::private_files::create_dir(dir)
}

/// The key that signs and encrypts session cookies: `REGISTRY_SECRET_KEY` (at least 64
/// characters), else a key generated once and kept in `<data dir>/session.key`.
pub fn session_key(data_dir: &Path) -> anyhow::Result<actix_web::cookie::Key> {
    if let Ok(secret) = std::env::var("REGISTRY_SECRET_KEY") {
        anyhow::ensure!(
            secret.len() >= 64,
            "REGISTRY_SECRET_KEY must be at least 64 characters long"
        );
        return Ok(actix_web::cookie::Key::from(secret.as_bytes()));
    }
    let path = data_dir.join("session.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        crate::private_files::ensure_private(&path)?;
        let bytes = decode_hex(text.trim()).with_context(|| {
            format!(
                "{} is not a valid key: delete it to make a new one",
                path.display()
            )
        })?;
        anyhow::ensure!(
            bytes.len() >= 64,
            "{} is too short: delete it to make a new one",
            path.display()
        );
        return Ok(actix_web::cookie::Key::from(&bytes));
    }
    let key = actix_web::cookie::Key::generate();
    let hex: String = key.master().iter().map(|b| format!("{b:02x}")).collect();
    crate::private_files::write_new(&path, hex.as_bytes())?;
    Ok(key)
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}
