//! The progress report form, as posted: field names fixed by the spec.

use serde::{Deserialize, Deserializer};

use crate::domain::ReportInput;

/// The posted report, with one `deliverable_id` + `deliverable_status` pair per deliverable
/// and, from the site's form, the status each had when the form was opened (`deliverable_was`).
#[derive(Debug, Default)]
pub struct ReportForm {
    /// The report's own fields, for the shared report rules.
    pub report: ReportInput,
    pub deliverable_id: Vec<String>,
    pub deliverable_status: Vec<String>,
    /// The statuses the form was opened with, parallel to the ids (empty from scripts).
    pub deliverable_was: Vec<String>,
}

impl<'de> Deserialize<'de> for ReportForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut form = ReportForm::default();
        for (name, value) in Vec::<(String, String)>::deserialize(deserializer)? {
            let report = &mut form.report;
            match name.as_str() {
                "reported_on" => report.reported_on = value,
                "status" => report.status = value,
                "percent_complete" => report.percent_complete = value,
                "achievements" => report.achievements = value,
                "challenges" => report.challenges = value,
                "next_steps" => report.next_steps = value,
                "deliverable_id" => form.deliverable_id.push(value),
                "deliverable_status" => form.deliverable_status.push(value),
                "deliverable_was" => form.deliverable_was.push(value),
                _ => {}
            }
        }
        Ok(form)
    }
}

impl ReportForm {
    /// The status posted for the deliverable with this id, if any.
    pub fn status_of(&self, id: i64) -> Option<&str> {
        self.for_deliverable(&self.deliverable_status, id)
    }

    /// The status the deliverable with this id had when the form was opened, if sent.
    pub fn was_of(&self, id: i64) -> Option<&str> {
        self.for_deliverable(&self.deliverable_was, id)
    }

    /// The value of a per-deliverable field (posted in the order of `deliverable_id`) for the
    /// deliverable with this id.
    fn for_deliverable<'a>(&self, values: &'a [String], id: i64) -> Option<&'a str> {
        self.deliverable_id
            .iter()
            .position(|raw| raw.trim().parse() == Ok(id))
            .and_then(|i| values.get(i))
            .map(String::as_str)
    }
}
