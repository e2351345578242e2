//! The derived reporting light: how long since a published commitment last reported.

use chrono::{Datelike, NaiveDate};

use crate::domain::vocab::{Reporting, Workflow};

/// Whole calendar months from `from` to `to` (0 when `to` is not later).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i32 {
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let partial = if to.day() < from.day() { 1 } else { 0 };
    (months - partial).max(0)
}

/// The reporting light of a commitment; `None` unless it is published.
///
/// Counted from the later of `published_on` and the latest visible report, to `today` (UTC).
pub fn reporting(
    workflow: Workflow,
    published_on: Option<NaiveDate>,
    latest_report: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Reporting> {
    if workflow != Workflow::Published {
        return None;
    }
    let anchor = published_on.max(latest_report)?;
    let months = months_between(anchor, today);
    Some(match months {
        m if m < 12 => Reporting::UpToDate,
        m if m <= 24 => Reporting::Due,
        _ if latest_report.is_some() => Reporting::Overdue,
        _ => Reporting::Inactive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn months_are_counted_as_whole_calendar_months() {
        assert_eq!(months_between(date("2025-11-29"), date("2026-11-29")), 12);
        assert_eq!(months_between(date("2025-11-30"), date("2026-11-29")), 11);
        assert_eq!(months_between(date("2026-11-29"), date("2025-11-29")), 0);
    }

    /// The light, on 29 November 2026, of a commitment in `workflow` published on `published`
    /// whose latest progress report is dated `report`.
    fn light(workflow: Workflow, published: &str, report: Option<&str>) -> Option<Reporting> {
        reporting(
            workflow,
            Some(date(published)),
            report.map(date),
            date("2026-11-29"),
        )
    }

    #[test]
    fn a_commitment_published_under_a_year_ago_is_up_to_date() {
        let r = light(Workflow::Published, "2026-01-01", None);
        assert_eq!(r, Some(Reporting::UpToDate));
    }

    #[test]
    fn twelve_to_twenty_four_months_is_due() {
        for published in ["2025-11-29", "2024-11-29"] {
            let r = light(Workflow::Published, published, None);
            assert_eq!(r, Some(Reporting::Due), "{published}");
        }
    }

    #[test]
    fn past_twenty_four_months_is_overdue_with_a_report_and_inactive_without() {
        let without = light(Workflow::Published, "2020-01-01", None);
        assert_eq!(without, Some(Reporting::Inactive));
        let with = light(Workflow::Published, "2020-01-01", Some("2024-10-01"));
        assert_eq!(with, Some(Reporting::Overdue));
    }

    #[test]
    fn a_recent_report_resets_the_light() {
        let r = light(Workflow::Published, "2020-01-01", Some("2026-06-01"));
        assert_eq!(r, Some(Reporting::UpToDate));
    }

    #[test]
    fn unpublished_commitments_have_no_light() {
        assert_eq!(light(Workflow::Submitted, "2020-01-01", None), None);
    }
}
