//! A commitment as the registry holds it: the valid content plus id, workflow, dates and reports.

use chrono::{NaiveDate, NaiveDateTime};

use super::NewCommitment;
use crate::domain::report::light::reporting;
use crate::domain::report::NewProgressReport;
use crate::domain::vocab::{Reporting, Status, Workflow};

/// A stored commitment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    pub id: i64,
    pub content: NewCommitment,
    pub workflow: Workflow,
    pub owner_id: Option<i64>,
    /// Bumped on every save, so that concurrent edits are noticed.
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    /// Progress reports, oldest first, hidden ones included.
    pub reports: Vec<ProgressReport>,
}

/// A stored progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressReport {
    pub id: i64,
    pub report: NewProgressReport,
    pub created_at: NaiveDateTime,
    /// Set when a moderator hid the report, with the reason.
    pub hidden_reason: Option<String>,
}

impl Commitment {
    /// `ongoing` or `completed`, as of `today`.
    pub fn status(&self, today: NaiveDate) -> Status {
        self.content.status(today)
    }

    /// Reports that the public sees, oldest first.
    pub fn visible_reports(&self) -> impl DoubleEndedIterator<Item = &ProgressReport> {
        self.reports.iter().filter(|r| r.hidden_reason.is_none())
    }

    /// The reporting light as of `today`; `None` unless published.
    pub fn reporting(&self, today: NaiveDate) -> Option<Reporting> {
        let latest = self.visible_reports().map(|r| r.report.reported_on).max();
        reporting(
            self.workflow,
            self.published_at.map(|t| t.date()),
            latest,
            today,
        )
    }
}

/// The UTC date today.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The current UTC time, to the second (what the registry stores and exports).
pub fn now() -> NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    now.date()
        .and_hms_opt(
            chrono::Timelike::hour(&now),
            chrono::Timelike::minute(&now),
            chrono::Timelike::second(&now),
        )
        .unwrap_or(now)
}
