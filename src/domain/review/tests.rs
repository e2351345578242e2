//! The moderation rules, one test per rule.

use chrono::NaiveDateTime;

use super::{Review, COMMENT_FIELD, DECISION_FIELD};
use crate::domain::message::Message;
use crate::domain::vocab::{Decision, Workflow::*};

fn at(day: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 3, day)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
}

#[test]
fn publishing_fits_what_awaits_review_or_was_returned() {
    assert!(Decision::Publish.fits(Submitted));
    assert!(Decision::Publish.fits(Returned));
    assert!(!Decision::Publish.fits(Published));
    assert!(!Decision::Publish.fits(Archived));
}

#[test]
fn only_a_commitment_awaiting_review_can_be_returned() {
    assert!(Decision::Return.fits(Submitted));
    assert!(!Decision::Return.fits(Returned));
    assert!(!Decision::Return.fits(Published));
    assert!(!Decision::Return.fits(Archived));
}

#[test]
fn anything_not_yet_archived_can_be_archived() {
    assert!(Decision::Archive.fits(Submitted));
    assert!(Decision::Archive.fits(Returned));
    assert!(Decision::Archive.fits(Published));
    assert!(!Decision::Archive.fits(Archived));
}

#[test]
fn the_form_offers_only_the_decisions_that_fit() {
    use Decision::*;
    assert_eq!(Decision::choices(Submitted), [Publish, Return, Archive]);
    assert_eq!(Decision::choices(Returned), [Publish, Archive]);
    assert_eq!(Decision::choices(Published), [Archive]);
    assert!(Decision::choices(Archived).is_empty());
}

#[test]
fn the_first_publication_sets_the_publication_date() {
    let t = Decision::Publish.apply(Submitted, None, at(5)).unwrap();
    assert_eq!(t.workflow, Published);
    assert_eq!(t.published_at, Some(at(5)));
}

#[test]
fn publishing_again_keeps_the_earlier_publication_date() {
    let t = Decision::Publish
        .apply(Returned, Some(at(1)), at(5))
        .unwrap();
    assert_eq!(t.published_at, Some(at(1)));
}

#[test]
fn returning_and_archiving_leave_the_publication_date_alone() {
    let returned = Decision::Return.apply(Submitted, None, at(5)).unwrap();
    assert_eq!((returned.workflow, returned.published_at), (Returned, None));
    let archived = Decision::Archive
        .apply(Published, Some(at(1)), at(5))
        .unwrap();
    assert_eq!(
        (archived.workflow, archived.published_at),
        (Archived, Some(at(1)))
    );
}

#[test]
fn a_decision_that_does_not_fit_changes_nothing_and_says_why() {
    assert_eq!(Decision::Return.apply(Published, Some(at(1)), at(5)), None);
    assert_eq!(
        Decision::Publish.refusal(Published),
        Message::new("review-already")
            .text("state", "published")
            .text("decision", "publish")
    );
    assert_eq!(
        Decision::Return.refusal(Published).key,
        "review-not-fitting"
    );
    assert_eq!(Decision::Publish.refusal(Archived).key, "review-closed");
}

#[test]
fn events_are_past_tense_slugs_that_read_back() {
    for decision in Decision::ALL {
        assert_eq!(Decision::from_event(decision.event()), Some(*decision));
    }
    assert_eq!(Decision::from_event("imported"), None);
    assert_eq!(Decision::explaining(Returned), Some(Decision::Return));
    assert_eq!(Decision::explaining(Archived), Some(Decision::Archive));
    assert_eq!(Decision::explaining(Published), None);
}

/// The key of the message about the comment of a refused review.
fn comment_refusal(decision: &str, comment: &str) -> Option<&'static str> {
    let errors = Review::parse(decision, comment).unwrap_err();
    errors.message_for(COMMENT_FIELD).map(|m| m.key)
}

#[test]
fn returning_needs_a_comment() {
    let key = comment_refusal("return", "   ");
    assert_eq!(key, Some("review-comment-missing"));
}

#[test]
fn archiving_needs_a_reason() {
    let key = comment_refusal("archive", "");
    assert_eq!(key, Some("review-archive-reason-missing"));
}

#[test]
fn publishing_needs_no_comment_and_comments_are_trimmed() {
    let plain = Review::parse("publish", "").unwrap();
    assert_eq!(plain.decision, Decision::Publish);
    let commented = Review::parse("return", "  Add the targets.\n").unwrap();
    assert_eq!(commented.comment, "Add the targets.");
}

#[test]
fn an_unknown_or_missing_decision_is_refused() {
    for decision in ["", "delete", "Publish"] {
        let errors = Review::parse(decision, "Fine").unwrap_err();
        assert!(errors.message_for(DECISION_FIELD).is_some(), "{decision:?}");
    }
}

#[test]
fn comments_are_at_most_10000_characters() {
    assert!(Review::parse("return", &"é".repeat(10_000)).is_ok());
    let errors = Review::parse("return", &"é".repeat(10_001)).unwrap_err();
    assert_eq!(
        errors.message_for(COMMENT_FIELD),
        Some(&Message::new("review-comment-too-long").number("length", 10_001))
    );
}

#[test]
fn comments_hold_no_stray_control_characters() {
    assert!(Review::parse("return", "Fix\tthis\nplease").is_ok());
    assert!(Review::parse("return", "Fix\u{7}this").is_err());
}
