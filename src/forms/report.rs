//! The progress report form, as posted: field names fixed by the spec.

use serde::Deserialize;

use crate::domain::ReportInput;

/// The posted report, with one `deliverable_id` + `deliverable_status` pair per deliverable.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    pub reported_on: String,
    pub status: String,
    pub percent_complete: String,
    pub achievements: String,
    pub challenges: String,
    pub next_steps: String,
    pub deliverable_id: Vec<String>,
    pub deliverable_status: Vec<String>,
}

impl ReportForm {
    /// The report's own fields, for the shared report rules.
    pub fn to_input(&self) -> ReportInput {
        ReportInput {
            reported_on: self.reported_on.clone(),
            status: self.status.clone(),
            percent_complete: self.percent_complete.clone(),
            achievements: self.achievements.clone(),
            challenges: self.challenges.clone(),
            next_steps: self.next_steps.clone(),
        }
    }

    /// The status posted for the deliverable with this id, if any.
    pub fn status_of(&self, id: i64) -> Option<&str> {
        self.deliverable_id
            .iter()
            .position(|raw| raw.trim().parse() == Ok(id))
            .and_then(|i| self.deliverable_status.get(i))
            .map(String::as_str)
    }
}
