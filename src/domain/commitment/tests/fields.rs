//! The rules on the commitment's single fields: text, dates, goals, vocabularies, contact.

use super::{error_about, errors_of, message, refusal, valid_input};
use crate::domain::*;

#[test]
fn a_complete_submission_parses() {
    let c = NewCommitment::parse(&valid_input()).unwrap();
    assert_eq!(
        c.sdgs.iter().map(|s| s.number()).collect::<Vec<_>>(),
        [4, 6]
    );
    assert_eq!(c.completion_date, None);
}

#[test]
fn every_required_field_is_reported_at_once() {
    let errors = errors_of(&CommitmentRecord::default());
    for name in [
        "title",
        "category",
        "objective",
        "implementation",
        "lead_entity",
        "entity_type",
        "sdgs",
        "regions",
        "start_date",
        "contact_name",
        "contact_email",
    ] {
        assert!(errors.mentions(name), "{name} missing from {errors:?}");
    }
}

#[test]
fn title_must_be_10_to_250_characters_after_trimming() {
    let mut input = valid_input();
    input.title = "   Too short   ".into();
    assert_eq!(message(&errors_of(&input), "title"), "title-too-short");
    input.title = "é".repeat(251);
    assert_eq!(message(&errors_of(&input), "title"), "title-too-long");
    input.title = format!("  {}  ", "é".repeat(250));
    assert_eq!(
        NewCommitment::parse(&input).unwrap().title.chars().count(),
        250
    );
}

#[test]
fn titles_and_names_refuse_control_characters() {
    let mut input = valid_input();
    input.title = "A title with a\u{0007}bell".into();
    input.contact.name = "Line\nbreak".into();
    let errors = errors_of(&input);
    assert!(errors.mentions("title"));
    assert!(errors.mentions("contact_name"));
}

#[test]
fn text_fields_are_limited_to_10000_characters() {
    let mut input = valid_input();
    input.results = "x".repeat(10_001);
    assert_eq!(message(&errors_of(&input), "results"), "field-too-long-has");
    input.results = "x".repeat(10_000);
    assert!(NewCommitment::parse(&input).is_ok());
}

#[test]
fn the_1969_placeholder_completion_date_is_refused() {
    let key = refusal("completion_date", |input| {
        input.completion_date = "1969-12-31".into();
        input.ongoing = Some(false);
    });
    assert_eq!(key, "date-placeholder");
}

#[test]
fn the_1970_placeholder_start_date_is_refused() {
    let key = refusal("start_date", |input| input.start_date = "1970-01-01".into());
    assert_eq!(key, "date-placeholder");
}

#[test]
fn a_completion_date_before_the_start_is_refused() {
    let key = refusal("completion_date", |input| {
        input.completion_date = "1979-06-30".into();
        input.ongoing = Some(false);
    });
    assert_eq!(key, "completion-before-start");
}

#[test]
fn dates_must_be_real_and_between_1945_and_2100() {
    for (start_date, key) in [
        ("2023-02-30", "date-not-a-date"),
        ("1900-01-01", "date-out-of-range"),
    ] {
        let refused = refusal("start_date", |input| input.start_date = start_date.into());
        assert_eq!(refused, key, "{start_date}");
    }
}

#[test]
fn neither_completion_date_nor_ongoing_is_refused() {
    let key = refusal("completion_date", |input| input.ongoing = Some(false));
    assert_eq!(key, "completion-date-or-ongoing");
}

#[test]
fn both_completion_date_and_ongoing_is_refused() {
    let key = refusal("ongoing", |input| {
        input.completion_date = "2030-12-31".into();
        input.ongoing = Some(true);
    });
    assert_eq!(key, "ongoing-and-completion-date");
}

#[test]
fn ongoing_ticked_with_a_completion_date_before_the_start_reports_both_problems_at_once() {
    let mut input = valid_input();
    input.start_date = "2024-03-31".into();
    input.completion_date = "2023-01-01".into();
    input.ongoing = Some(true);
    input.title = "short".into();
    let errors = errors_of(&input);
    assert_eq!(message(&errors, "ongoing"), "ongoing-and-completion-date");
    assert_eq!(
        message(&errors, "completion_date"),
        "completion-before-start"
    );
    assert_eq!(message(&errors, "title"), "title-too-short");
}

#[test]
fn a_bad_start_date_does_not_hide_the_ongoing_problem() {
    let mut input = valid_input();
    input.start_date = "40331-02-02".into();
    input.completion_date = String::new();
    input.ongoing = Some(false);
    let errors = errors_of(&input);
    assert_eq!(message(&errors, "start_date"), "date-not-a-date");
    assert_eq!(
        message(&errors, "completion_date"),
        "completion-date-or-ongoing"
    );
}

#[test]
fn a_record_without_ongoing_follows_its_completion_date() {
    let mut input = valid_input();
    input.ongoing = None;
    input.completion_date = "2030-12-31".into();
    assert!(NewCommitment::parse(&input).is_ok());
}

#[test]
fn a_target_outside_the_selected_goals_is_refused() {
    let mut input = valid_input();
    input.sdgs = vec!["4".into()];
    let errors = errors_of(&input);
    let error = error_about(&errors, "targets");
    assert_eq!(error.message.key, "target-goal-not-selected");
    assert_eq!(error.message.text_arg("target"), Some("6.1"));
}

#[test]
fn unknown_targets_and_goals_are_refused() {
    let mut input = valid_input();
    input.targets = vec!["6.9".into()];
    input.sdgs.push("18".into());
    let errors = errors_of(&input);
    assert_eq!(message(&errors, "targets"), "target-unknown");
    assert_eq!(message(&errors, "sdgs"), "sdg-unknown");
}

#[test]
fn unknown_vocabulary_values_are_refused() {
    let mut input = valid_input();
    input.regions = vec!["atlantis".into()];
    input.countries = vec!["XX".into()];
    input.methods = vec!["magic".into()];
    input.category = "wish".into();
    let errors = errors_of(&input);
    for name in ["regions", "countries", "methods", "category"] {
        assert!(errors.mentions(name), "{name}");
    }
}

#[test]
fn duplicate_values_are_dropped() {
    let mut input = valid_input();
    input.sdgs = vec!["6".into(), "6".into()];
    input.regions = vec!["africa".into(), "africa".into()];
    input.targets = vec!["6.1".into(), "6.1".into()];
    input.other_methods = vec!["Radio".into(), "Radio".into()];
    let c = NewCommitment::parse(&input).unwrap();
    assert_eq!(
        (
            c.sdgs.len(),
            c.regions.len(),
            c.targets.len(),
            c.other_methods.len()
        ),
        (1, 1, 1, 1)
    );
}

#[test]
fn bad_emails_are_refused() {
    for bad in ["sokha", "sokha@", "@example.org", "so kha@example.org"] {
        let key = refusal("contact_email", |input| input.contact.email = bad.into());
        assert_eq!(key, "email-invalid", "{bad}");
    }
}

#[test]
fn bad_phones_are_refused_and_good_ones_kept() {
    let key = refusal("contact_phone", |input| {
        input.contact.phone = "12345".into()
    });
    assert_eq!(key, "phone-invalid");
    let mut input = valid_input();
    input.contact.phone = "+855 (23) 456-789".into();
    assert_eq!(
        NewCommitment::parse(&input).unwrap().contact.phone,
        "+855 (23) 456-789"
    );
}

#[test]
fn a_valid_commitment_round_trips_through_its_record() {
    let c = NewCommitment::parse(&valid_input()).unwrap();
    assert_eq!(NewCommitment::parse(&c.to_record()).unwrap(), c);
}

#[test]
fn status_is_derived_from_the_completion_date() {
    let mut input = valid_input();
    input.ongoing = Some(false);
    input.completion_date = "2026-11-29".into();
    let c = NewCommitment::parse(&input).unwrap();
    let day = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert_eq!(c.status(day("2026-11-29")), Status::Ongoing);
    assert_eq!(c.status(day("2026-11-30")), Status::Completed);
}
