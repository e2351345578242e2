//! What the command-line subcommands do, apart from parsing their flags.

pub mod alerts;
pub mod backup;
pub mod demo;
pub mod export;
pub mod import;
pub mod remind;
pub mod user;

use chrono::NaiveDateTime;
use indicatif::ProgressBar;

use crate::mail::Mailer;

/// What the mailing commands (`remind`, `alerts`) send with, besides the database.
pub struct Mailing<'a> {
    pub mailer: Mailer,
    /// The registry's public address, for the links in the mails.
    pub public_url: &'a str,
    /// The time the run counts from.
    pub now: NaiveDateTime,
    pub progress: ProgressBar,
}

impl Mailing<'_> {
    /// The public address without a trailing `/`, to put paths after.
    pub fn base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}
