//! The rules on a progress report: its date, achievements and percent complete.

use crate::domain::*;

fn report(reported_on: &str, achievements: &str, percent: &str) -> ReportInput {
    ReportInput {
        reported_on: reported_on.into(),
        status: "on-track".into(),
        percent_complete: percent.into(),
        achievements: achievements.into(),
        ..Default::default()
    }
}

fn report_errors(input: &ReportInput) -> FieldErrors {
    let day = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let mut errors = FieldErrors::new();
    let parsed = NewProgressReport::parse(
        input,
        day("2020-01-01"),
        day("2026-11-29"),
        None,
        &mut errors,
    );
    assert_eq!(parsed.is_some(), errors.is_empty());
    errors
}

#[test]
fn a_report_may_be_dated_tomorrow_but_not_later() {
    let enough = "Forty wells were dug this year.";
    assert!(report_errors(&report("2026-11-30", enough, "")).is_empty());
    assert!(report_errors(&report("2026-12-01", enough, "")).mentions("report_reported_on"));
}

#[test]
fn a_report_cannot_predate_the_start() {
    let errors = report_errors(&report("2019-12-31", "Forty wells were dug this year.", ""));
    assert!(errors.mentions("report_reported_on"));
}

#[test]
fn report_achievements_need_20_characters() {
    assert!(report_errors(&report("2026-01-01", "Dug wells.", "")).mentions("report_achievements"));
}

#[test]
fn percent_complete_is_0_to_100() {
    let enough = "Forty wells were dug this year.";
    assert!(report_errors(&report("2026-01-01", enough, "101")).mentions("report_percent_complete"));
    assert!(report_errors(&report("2026-01-01", enough, "-1")).mentions("report_percent_complete"));
    assert!(report_errors(&report("2026-01-01", enough, "100")).is_empty());
}
