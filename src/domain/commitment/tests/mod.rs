//! One test per validation rule of the spec, through the one shared parse: the fixtures here,
//! the rules on single fields in `fields`, those on repeated rows in `rows`.

mod fields;
mod rows;

use crate::domain::*;

pub(super) fn valid_input() -> CommitmentRecord {
    CommitmentRecord {
        title: "Safe water for rural schools in Cambodia".into(),
        category: "partnership".into(),
        objective: "Bring safe drinking water to 200 rural schools.".into(),
        implementation: "Wells, filters and training of school staff.".into(),
        sdgs: vec!["6".into(), "4".into()],
        targets: vec!["6.1".into()],
        methods: vec!["technology".into()],
        start_date: "1980-01-01".into(),
        ongoing: Some(true),
        regions: vec!["asia-pacific".into()],
        countries: vec!["KH".into()],
        lead_entity: "Ministry of Rural Development".into(),
        entity_type: "government".into(),
        contact: ContactInput {
            name: "Sokha Chan".into(),
            email: "sokha@example.org".into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

pub(super) fn errors_of(input: &CommitmentRecord) -> FieldErrors {
    NewCommitment::parse(input).expect_err("input should be refused")
}

/// The first error about the field `name`.
pub(super) fn error_about<'e>(errors: &'e FieldErrors, name: &'static str) -> &'e FieldError {
    errors
        .iter()
        .find(|e| e.field.name == name)
        .unwrap_or_else(|| panic!("no error for {name}: {errors:?}"))
}

/// The key of the first message about the field `name`.
pub(super) fn message(errors: &FieldErrors, name: &'static str) -> &'static str {
    error_about(errors, name).message.key
}

/// The key of the first message about the field `name` once `change` is made to the valid input.
pub(super) fn refusal(
    name: &'static str,
    change: impl FnOnce(&mut CommitmentRecord),
) -> &'static str {
    let mut input = valid_input();
    change(&mut input);
    message(&errors_of(&input), name)
}
