//! The merge's rules, one by one, and as properties over records that differ in a few fields.

use proptest::prelude::*;

use super::*;
use crate::domain::commitment::input::DeliverableInput;
use crate::domain::record::content_keys;

fn base() -> CommitmentRecord {
    CommitmentRecord {
        title: "Safe water for rural schools".into(),
        sdgs: vec!["6".into()],
        regions: vec!["asia-pacific".into()],
        geographical_coverage: "Cambodia".into(),
        completion_date: "2030-12-31".into(),
        ongoing: Some(false),
        ..Default::default()
    }
}

#[test]
fn a_field_only_they_changed_takes_their_value_and_one_only_i_changed_keeps_mine() {
    let mut theirs = base();
    theirs.geographical_coverage = "Cambodia and Laos".into();
    let mut mine = base();
    mine.title = "Safe water for 250 rural schools".into();
    let merged = merge(Some(&base()), &theirs, &mine);
    assert!(merged.clashes.is_empty());
    assert_eq!(merged.record.geographical_coverage, "Cambodia and Laos");
    assert_eq!(merged.record.title, "Safe water for 250 rural schools");
}

#[test]
fn a_field_both_changed_differently_clashes_and_holds_my_value() {
    let mut theirs = base();
    theirs.title = "Their title".into();
    theirs.sdgs = vec!["6".into(), "13".into()];
    let mut mine = base();
    mine.title = "My title".into();
    mine.sdgs = vec!["6".into(), "4".into()];
    let merged = merge(Some(&base()), &theirs, &mine);
    let keys: Vec<&str> = merged.clashes.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        ["title", "sdgs"],
        "lists are compared as whole values"
    );
    let sdgs = &merged.clashes[1];
    let said = |value: &Value| sdgs.text(value, &crate::domain::commitment::diff::AsStored);
    assert_eq!(sdgs.original.as_ref().map(said).as_deref(), Some("6"));
    assert_eq!(
        (said(&sdgs.theirs), said(&sdgs.mine)),
        ("6, 13".into(), "6, 4".into())
    );
    assert_eq!(merged.record.title, "My title");
}

#[test]
fn the_same_change_by_both_is_no_clash() {
    let mut theirs = base();
    theirs.title = "The same new title".into();
    let merged = merge(Some(&base()), &theirs, &theirs.clone());
    assert!(merged.clashes.is_empty());
    assert_eq!(merged.record, theirs);
}

#[test]
fn contact_details_merge_one_by_one() {
    let mut theirs = base();
    theirs.contact.email = "new@example.org".into();
    let mut mine = base();
    mine.contact.phone = "+855 23 000 000".into();
    let merged = merge(Some(&base()), &theirs, &mine);
    assert!(merged.clashes.is_empty());
    assert_eq!(merged.record.contact.email, "new@example.org");
    assert_eq!(merged.record.contact.phone, "+855 23 000 000");
}

#[test]
fn ongoing_goes_with_the_completion_date_it_follows() {
    let mut theirs = base();
    theirs.completion_date = String::new();
    theirs.ongoing = Some(true);
    let merged = merge(Some(&base()), &theirs, &base());
    assert_eq!(merged.record.completion_date, "");
    assert_eq!(merged.record.ongoing, Some(true));
}

#[test]
fn without_the_original_every_difference_is_a_clash() {
    let mut theirs = base();
    theirs.title = "Their title".into();
    let merged = merge(None, &theirs, &base());
    assert_eq!(merged.clashes.len(), 1);
    assert_eq!(merged.clashes[0].original, None);
    assert_eq!(merged.record, base(), "nothing is taken unasked");
}

#[test]
fn taking_their_fields_replaces_only_those() {
    let mut theirs = base();
    theirs.title = "Their title".into();
    theirs.geographical_coverage = "Laos".into();
    let taken = take_fields(&base(), &theirs, ["title", "no-such-key"]);
    assert_eq!(taken.title, "Their title");
    assert_eq!(taken.geographical_coverage, "Cambodia");
}

#[test]
fn every_content_key_of_the_record_is_merged() {
    let keys: Vec<&str> = merge_keys().collect();
    for key in content_keys().filter(|k| *k != "ongoing") {
        let covered = keys
            .iter()
            .any(|k| *k == key || k.starts_with(&format!("{key}.")));
        assert!(covered, "{key} is not merged");
    }
    let contact = serde_json::to_value(base().contact).unwrap_or_default();
    for sub in contact.as_object().into_iter().flat_map(|o| o.keys()) {
        assert!(keys.contains(&format!("contact.{sub}").as_str()), "{sub}");
    }
}

#[test]
fn every_unit_copies_the_value_it_compares() {
    let (full, blank) = (filled(), CommitmentRecord::default());
    for key in merge_keys() {
        let copied = to_map(&take_fields(&blank, &full, [key]));
        let wanted = value_at(&to_map(&full), key);
        assert_ne!(
            wanted,
            value_at(&to_map(&blank), key),
            "{key}: a test value"
        );
        assert_eq!(value_at(&copied, key), wanted, "{key} copies its value");
        for other in merge_keys().filter(|k| *k != key) {
            assert_eq!(
                value_at(&copied, other),
                value_at(&to_map(&blank), other),
                "{key} copies {other}"
            );
        }
    }
}

/// A record with every content field set.
fn filled() -> CommitmentRecord {
    let mut r = base();
    for (i, s) in [
        &mut r.category,
        &mut r.objective,
        &mut r.stakeholders,
        &mut r.implementation,
        &mut r.results,
        &mut r.enabling_factors,
        &mut r.sustainability,
        &mut r.other_sources,
        &mut r.start_date,
        &mut r.lead_entity,
        &mut r.entity_type,
        &mut r.contact.name,
        &mut r.contact.position,
        &mut r.contact.email,
        &mut r.contact.phone,
        &mut r.language,
    ]
    .into_iter()
    .enumerate()
    {
        *s = format!("value {i}");
    }
    r.contact.public = true;
    r.targets = vec!["6.1".into()];
    r.methods = vec!["technology".into()];
    r.other_methods = vec!["Radio".into()];
    r.countries = vec!["KH".into()];
    r.partners = vec![Default::default()];
    r.resources = vec![Default::default()];
    r.deliverables = vec![DeliverableInput {
        title: "Wells".into(),
        ..Default::default()
    }];
    r
}

/// Records that differ from each other in a few fields, with few values each, so that the
/// three versions often agree and often clash.
fn record() -> impl Strategy<Value = CommitmentRecord> {
    (
        prop::sample::select(vec!["A title", "B title", "C title"]),
        prop::sample::subsequence(vec!["4", "6", "13"], 0..=3),
        prop::sample::select(vec!["", "2030-12-31"]),
        prop::sample::select(vec!["", "a@example.org", "b@example.org"]),
        prop::sample::select(vec!["planned", "completed"]),
    )
        .prop_map(
            |(title, sdgs, completion, email, status)| CommitmentRecord {
                title: title.into(),
                sdgs: sdgs.into_iter().map(String::from).collect(),
                completion_date: completion.into(),
                ongoing: Some(completion.is_empty()),
                contact: crate::domain::ContactInput {
                    email: email.into(),
                    ..Default::default()
                },
                deliverables: vec![DeliverableInput {
                    title: "Wells".into(),
                    due_date: "2027-06-30".into(),
                    status: status.into(),
                }],
                ..Default::default()
            },
        )
}

proptest! {
    #[test]
    fn merging_my_changes_onto_an_unchanged_base_gives_mine(base in record(), mine in record()) {
        let merged = merge(Some(&base), &base, &mine);
        prop_assert!(merged.clashes.is_empty());
        prop_assert_eq!(merged.record, mine);
    }

    #[test]
    fn merging_without_changes_of_mine_gives_theirs(base in record(), theirs in record()) {
        let merged = merge(Some(&base), &theirs, &base);
        prop_assert!(merged.clashes.is_empty());
        prop_assert_eq!(merged.record, theirs);
    }

    #[test]
    fn each_field_ends_as_the_one_who_changed_it_left_it(
        base in record(), theirs in record(), mine in record()
    ) {
        let merged = merge(Some(&base), &theirs, &mine);
        let (b, t, m, r) = (to_map(&base), to_map(&theirs), to_map(&mine), to_map(&merged.record));
        for key in merge_keys() {
            let clashed = merged.clashes.iter().any(|c| c.key == key);
            let (bv, tv, mv, rv) = (value_at(&b, key), value_at(&t, key), value_at(&m, key), value_at(&r, key));
            prop_assert_eq!(clashed, bv != tv && bv != mv && tv != mv, "{}", key);
            let expected = if mv == bv { tv } else { mv };
            prop_assert_eq!(rv, expected, "{}", key);
        }
    }
}
