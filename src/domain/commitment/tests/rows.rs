//! The rules on repeated rows: partners, deliverables and resources.

use super::{error_about, errors_of, refusal, valid_input};
use crate::domain::*;

#[test]
fn blank_rows_are_ignored() {
    let mut input = valid_input();
    input.partners = vec![
        PartnerInput::default(),
        PartnerInput {
            name: " ".into(),
            entity_type: "".into(),
        },
    ];
    input.deliverables = vec![DeliverableInput::default()];
    input.resources = vec![ResourceInput::default()];
    let c = NewCommitment::parse(&input).unwrap();
    assert!(c.partners.is_empty() && c.deliverables.is_empty() && c.resources.is_empty());
}

#[test]
fn partly_filled_rows_are_errors_on_that_row() {
    let mut input = valid_input();
    input.partners = vec![
        PartnerInput {
            name: "UNICEF".into(),
            entity_type: "un-entity".into(),
        },
        PartnerInput {
            name: "Water NGO".into(),
            entity_type: "".into(),
        },
    ];
    input.deliverables = vec![DeliverableInput {
        title: "Wells".into(),
        ..Default::default()
    }];
    input.resources = vec![ResourceInput {
        kind: "financing".into(),
        ..Default::default()
    }];
    let errors = errors_of(&input);
    assert_eq!(
        error_about(&errors, "partner_entity_type").field.row,
        Some(1)
    );
    assert!(errors.mentions("deliverable_due_date") && errors.mentions("deliverable_status"));
    assert!(errors.mentions("resource_description"));
    assert!(!errors.mentions("resource_amount") && !errors.mentions("resource_currency"));
}

#[test]
fn deliverable_due_dates_obey_the_date_rules() {
    let key = refusal("deliverable_due_date", |input| {
        input.deliverables = vec![DeliverableInput {
            title: "Wells dug".into(),
            due_date: "1969-12-31".into(),
            status: "planned".into(),
        }];
    });
    assert_eq!(key, "date-placeholder");
}

#[test]
fn amounts_are_whole_numbers_with_a_currency_code() {
    let mut input = valid_input();
    let row = |amount: &str, currency: &str| ResourceInput {
        kind: "financing".into(),
        description: "Grant".into(),
        amount: amount.into(),
        currency: currency.into(),
    };
    input.resources = vec![row("-5", "USD"), row("12.5", "USD"), row("100", "DOLLARS")];
    let errors = errors_of(&input);
    let rows: Vec<_> = errors.iter().map(|e| (e.field.name, e.field.row)).collect();
    assert!(rows.contains(&("resource_amount", Some(0))));
    assert!(rows.contains(&("resource_amount", Some(1))));
    assert!(rows.contains(&("resource_currency", Some(2))));
    input.resources = vec![row("0", "usd")];
    let money = NewCommitment::parse(&input).unwrap().resources[0]
        .amount
        .clone();
    assert_eq!(money.map(|m| m.currency), Some("USD".to_string()));
}

#[test]
fn an_in_kind_resource_needs_no_amount_or_currency() {
    let mut input = valid_input();
    input.resources = vec![ResourceInput {
        kind: "in-kind".into(),
        description: "Office space".into(),
        ..Default::default()
    }];
    assert_eq!(
        NewCommitment::parse(&input).unwrap().resources[0].amount,
        None
    );
}

#[test]
fn at_most_50_rows_of_each_kind_are_accepted() {
    let mut input = valid_input();
    let partner = PartnerInput {
        name: "Partner".into(),
        entity_type: "ngo".into(),
    };
    input.partners = vec![partner; 51];
    let errors = errors_of(&input);
    let error = error_about(&errors, "partner_name");
    assert_eq!(error.field.row, Some(50));
    assert_eq!(error.message.key, "rows-too-many");
    input.partners.truncate(50);
    assert_eq!(NewCommitment::parse(&input).unwrap().partners.len(), 50);
}
