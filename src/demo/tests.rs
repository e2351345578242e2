//! Tests of the demo-data generator: determinism, validity and realistic skew.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::regions::REGIONS;
use super::vocab::REFERENCE_DATE;
use super::*;
use crate::domain::record::exchange::parse_record_line;
use crate::domain::Country;

fn sample(seed: u64, count: usize) -> Vec<CommitmentRecord> {
    generate(seed, count).collect()
}

fn tally<'a>(values: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut counts = HashMap::new();
    for value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    counts
}

#[test]
fn the_same_seed_gives_the_same_records() {
    assert_eq!(sample(7, 300), sample(7, 300));
    assert_eq!(sample(7, 10), sample(7, 300)[..10]);
}

#[test]
fn different_seeds_give_different_records() {
    let (a, b) = (sample(1, 20), sample(2, 20));
    assert!(a.iter().zip(&b).all(|(x, y)| x != y));
}

#[test]
fn every_record_passes_validation_now_and_later() {
    let later = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
    for (i, record) in generate(42, 2_000).enumerate() {
        let line = serde_json::to_string(&record).unwrap();
        for today in [REFERENCE_DATE, later] {
            if let Err(problems) = parse_record_line(&line, today) {
                panic!("record {i} on {today}: {problems:?}\n{line}");
            }
        }
    }
}

#[test]
fn records_are_already_in_canonical_form() {
    for record in generate(3, 500) {
        let line = serde_json::to_string(&record).unwrap();
        let parsed = parse_record_line(&line, REFERENCE_DATE).unwrap();
        let input = parsed.content.to_record();
        assert_eq!(input.targets, record.targets);
        assert_eq!(input.methods, record.methods);
        assert_eq!(input.regions, record.regions);
        assert_eq!(input.countries, record.countries);
        assert_eq!(parsed.reports.len(), record.progress_reports.len());
        let sorted = record
            .progress_reports
            .windows(2)
            .all(|w| w[0].reported_on <= w[1].reported_on);
        assert!(sorted, "reports out of order: {line}");
    }
}

#[test]
fn facets_are_skewed_like_a_real_registry() {
    let records = sample(11, 2_000);
    let mut sdgs = [0usize; 17];
    for goal in records.iter().flat_map(|r| &r.sdgs) {
        sdgs[goal.parse::<usize>().unwrap() - 1] += 1;
    }
    let (most, least) = (sdgs.iter().max().unwrap(), sdgs.iter().min().unwrap());
    assert!(*most >= 3 * *least, "goals not skewed: {sdgs:?}");
    let regions = tally(records.iter().flat_map(|r| &r.regions).map(String::as_str));
    assert!(
        regions["africa"] > 3 * regions["north-america"],
        "{regions:?}"
    );
    let kinds = tally(records.iter().map(|r| r.entity_type.as_str()));
    assert!(kinds["ngo"] > 5 * kinds["philanthropic"], "{kinds:?}");
    let categories = tally(records.iter().map(|r| r.category.as_str()));
    assert!(categories["voluntary-commitment"] > categories["partnership"]);
    assert!(categories["partnership"] > categories["good-practice"]);
    let ongoing = records.iter().filter(|r| r.ongoing == Some(true)).count();
    assert!((900..1_300).contains(&ongoing), "{ongoing} ongoing");
}

#[test]
fn text_holds_accents_and_chinese_or_japanese() {
    let records = sample(5, 1_000);
    let cjk =
        |c: char| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
    let accented =
        |c: char| ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c);
    let with_cjk = records
        .iter()
        .filter(|r| r.title.chars().chain(r.objective.chars()).any(cjk))
        .count();
    assert!(
        (10..=60).contains(&with_cjk),
        "{with_cjk} records with CJK text"
    );
    let with_accents = records
        .iter()
        .filter(|r| r.title.chars().chain(r.lead_entity.chars()).any(accented))
        .count();
    assert!(with_accents >= 20, "{with_accents} records with accents");
}

#[test]
fn workflow_mix_and_timestamps_are_consistent() {
    let records = sample(9, 2_000);
    let states = tally(records.iter().filter_map(|r| r.workflow.as_deref()));
    assert!(
        states["published"] > 1_600 && states["submitted"] > 50,
        "{states:?}"
    );
    let now = "2026-06-30T12:00:00Z";
    for r in &records {
        let created = r.created_at.as_deref().unwrap();
        let updated = r.updated_at.as_deref().unwrap();
        assert!(created >= "2016-01-01" && created <= updated && updated <= now);
        let visible = matches!(r.workflow.as_deref(), Some("published" | "archived"));
        match r.published_at.clone().flatten() {
            Some(published) => assert!(visible && created <= published.as_str()),
            None => assert!(!visible && r.published_at.is_none()),
        }
        assert!(r.progress_reports.is_empty() || r.workflow.as_deref() == Some("published"));
    }
    let reported = records
        .iter()
        .filter(|r| !r.progress_reports.is_empty())
        .count();
    assert!((400..1_000).contains(&reported), "{reported} with reports");
}

#[test]
fn countries_are_real_and_emails_use_example_domains() {
    let known: Vec<&str> = Country::all().into_iter().map(Country::code).collect();
    for region in &REGIONS {
        for country in region.countries {
            assert!(known.contains(&country.code), "{}", country.code);
        }
    }
    for r in sample(13, 500) {
        let email = &r.contact.email;
        assert!(email.ends_with("@example.org") || email.ends_with("@example.com"));
    }
}
