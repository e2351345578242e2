//! The sections of a commitment submission (texts, goals, dates, place, contact), each parsed
//! into typed values or messages.

use chrono::NaiveDate;

use super::Contact;
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::fields::{choice, long_text, name_text, required_date, vocab_list};
use crate::domain::record::CommitmentRecord;
use crate::domain::text::{
    char_len, date_message, has_control_chars, is_valid_email, is_valid_phone, parse_date,
};
use crate::domain::vocab::country::Country;
use crate::domain::vocab::sdg::{Sdg, Target};
use crate::domain::vocab::{Category, EntityType, Method, Region};

/// The free-text and single-choice parts of a submission.
pub(super) struct Texts {
    pub(super) title: String,
    pub(super) category: Category,
    pub(super) objective: String,
    pub(super) stakeholders: String,
    pub(super) implementation: String,
    pub(super) results: String,
    pub(super) enabling_factors: String,
    pub(super) sustainability: String,
    pub(super) other_sources: String,
    pub(super) lead_entity: String,
    pub(super) entity_type: EntityType,
}

pub(super) fn parse_texts(input: &CommitmentRecord, errors: &mut FieldErrors) -> Option<Texts> {
    let title = title(&input.title, errors);
    let category = choice(
        &input.category,
        "category",
        "a category",
        errors,
        Category::from_slug,
    );
    let lead_entity = name_text(
        &input.lead_entity,
        "lead_entity",
        "the lead entity",
        true,
        errors,
    );
    let entity_type = choice(
        &input.entity_type,
        "entity_type",
        "the lead entity's type",
        errors,
        EntityType::from_slug,
    );
    let objective = long_text(&input.objective, "objective", Some("the objective"), errors);
    let stakeholders = long_text(&input.stakeholders, "stakeholders", None, errors);
    let implementation = long_text(
        &input.implementation,
        "implementation",
        Some("how it is implemented"),
        errors,
    );
    let results = long_text(&input.results, "results", None, errors);
    let enabling_factors = long_text(&input.enabling_factors, "enabling_factors", None, errors);
    let sustainability = long_text(&input.sustainability, "sustainability", None, errors);
    let other_sources = long_text(&input.other_sources, "other_sources", None, errors);
    Some(Texts {
        title: title?,
        category: category?,
        objective: objective?,
        stakeholders: stakeholders?,
        implementation: implementation?,
        results: results?,
        enabling_factors: enabling_factors?,
        sustainability: sustainability?,
        other_sources: other_sources?,
        lead_entity: lead_entity?,
        entity_type: entity_type?,
    })
}

fn title(raw: &str, errors: &mut FieldErrors) -> Option<String> {
    let field = Field::single("title");
    let value = raw.trim();
    let len = char_len(value);
    if value.is_empty() {
        errors.add(field, "Enter a title");
    } else if has_control_chars(value) {
        errors.add(field, "Title must be one line, without control characters");
    } else if len < 10 {
        errors.add(field, "Title must be 10 characters or more");
    } else if len > 250 {
        errors.add(
            field,
            format!("Title must be 250 characters or fewer (it has {len})"),
        );
    } else {
        return Some(value.to_string());
    }
    None
}

/// Goals, targets and means of implementation.
pub(super) struct Goals {
    pub(super) sdgs: Vec<Sdg>,
    pub(super) targets: Vec<Target>,
    pub(super) methods: Vec<Method>,
    pub(super) other_methods: Vec<String>,
}

pub(super) fn parse_goals(input: &CommitmentRecord, errors: &mut FieldErrors) -> Option<Goals> {
    let sdgs = sdg_list(&input.sdgs, errors);
    let targets = target_list(&input.targets, &sdgs, errors);
    let methods = vocab_list(
        &input.methods,
        "methods",
        "means of implementation",
        errors,
        Method::from_slug,
    );
    let other_methods = other_methods(&input.other_methods, errors);
    Some(Goals {
        sdgs,
        targets: targets?,
        methods: methods?,
        other_methods: other_methods?,
    })
}

fn sdg_list(raw: &[String], errors: &mut FieldErrors) -> Vec<Sdg> {
    let field = Field::single("sdgs");
    let mut sdgs = Vec::new();
    for value in raw.iter().map(|v| v.trim()) {
        match value.parse::<u8>().ok().and_then(Sdg::new) {
            Some(sdg) => sdgs.push(sdg),
            None => errors.add(
                field,
                format!("SDG \"{value}\" does not exist: choose goals 1 to 17"),
            ),
        }
    }
    sdgs.sort();
    sdgs.dedup();
    if sdgs.is_empty() && !errors.mentions("sdgs") {
        errors.add(field, "Select at least one SDG");
    }
    sdgs
}

fn target_list(raw: &[String], sdgs: &[Sdg], errors: &mut FieldErrors) -> Option<Vec<Target>> {
    let field = Field::single("targets");
    let mut targets = Vec::new();
    let mut valid = true;
    for value in raw.iter().map(|v| v.trim()) {
        let Some(target) = Target::parse(value) else {
            errors.add(
                field,
                format!("Target \"{value}\" does not exist: use a code like 6.1 or 14.a"),
            );
            valid = false;
            continue;
        };
        if !sdgs.contains(&target.goal()) {
            let goal = target.goal();
            errors.add(field, format!("Target {target} belongs to Goal {goal}, which is not selected: select Goal {goal} or remove the target"));
            valid = false;
        }
        targets.push(target);
    }
    targets.sort();
    targets.dedup();
    valid.then_some(targets)
}

fn other_methods(raw: &[String], errors: &mut FieldErrors) -> Option<Vec<String>> {
    let field = Field::single("other_methods");
    let mut names: Vec<String> = Vec::new();
    for value in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if has_control_chars(value) || char_len(value) > 250 {
            errors.add(
                field,
                "Each other means of implementation must be one line of 250 characters or fewer",
            );
            return None;
        }
        if !names.iter().any(|n| n == value) {
            names.push(value.to_string());
        }
    }
    Some(names)
}

/// Start and completion dates, with the ongoing rule; every rule is checked, so that one
/// answer lists every problem (a completion date both ticked Ongoing and before the start).
pub(super) fn parse_dates(
    input: &CommitmentRecord,
    errors: &mut FieldErrors,
) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let start = required_date(&input.start_date, "start_date", "Start date", errors);
    let completion_raw = input.completion_date.trim();
    let completion = if completion_raw.is_empty() {
        Some(None)
    } else {
        optional_date(completion_raw, "completion_date", "Completion date", errors).map(Some)
    };
    let ongoing = input.ongoing.unwrap_or(completion_raw.is_empty());
    let agrees = check_ongoing(completion_raw.is_empty(), ongoing, errors);
    let in_order = match (start, completion) {
        (Some(start), Some(Some(end))) if end < start => {
            errors.add(
                Field::single("completion_date"),
                format!(
                    "Completion date ({end}) must be the same as or after the start date ({start})"
                ),
            );
            None
        }
        _ => Some(()),
    };
    agrees?;
    in_order?;
    Some((start?, completion?))
}

/// A date that was given, checked against the date rules.
fn optional_date(
    raw: &str,
    name: &'static str,
    label: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    parse_date(raw)
        .map_err(|problem| errors.add(Field::single(name), date_message(label, problem)))
        .ok()
}

/// Exactly one of: a completion date, or ongoing with no completion date.
fn check_ongoing(no_completion: bool, ongoing: bool, errors: &mut FieldErrors) -> Option<()> {
    match (no_completion, ongoing) {
        (false, true) => errors.add(
            Field::single("ongoing"),
            "Either enter a completion date or tick Ongoing, not both",
        ),
        (true, false) => errors.add(
            Field::single("completion_date"),
            "Enter a completion date, or tick Ongoing if the commitment has no end date",
        ),
        _ => return Some(()),
    }
    None
}

/// Regions, countries and coverage.
pub(super) struct Place {
    pub(super) regions: Vec<Region>,
    pub(super) countries: Vec<Country>,
    pub(super) coverage: String,
}

pub(super) fn parse_place(input: &CommitmentRecord, errors: &mut FieldErrors) -> Option<Place> {
    let regions = vocab_list(
        &input.regions,
        "regions",
        "regions",
        errors,
        Region::from_slug,
    );
    if regions.as_ref().is_some_and(Vec::is_empty) {
        errors.add(Field::single("regions"), "Select at least one region");
    }
    let countries = vocab_list(
        &input.countries,
        "countries",
        "ISO 3166 country codes",
        errors,
        Country::from_code,
    );
    let coverage = long_text(
        &input.geographical_coverage,
        "geographical_coverage",
        None,
        errors,
    );
    Some(Place {
        regions: regions.filter(|r| !r.is_empty())?,
        countries: countries?,
        coverage: coverage?,
    })
}

pub(super) fn parse_contact(input: &CommitmentRecord, errors: &mut FieldErrors) -> Option<Contact> {
    let raw = &input.contact;
    let name = name_text(
        &raw.name,
        "contact_name",
        "the contact person's name",
        true,
        errors,
    );
    let position = name_text(
        &raw.position,
        "contact_position",
        "the contact person's position",
        false,
        errors,
    );
    let email = raw.email.trim();
    let email_field = Field::single("contact_email");
    if email.is_empty() {
        errors.add(email_field, "Enter the contact person's email address");
    } else if !is_valid_email(email) {
        errors.add(
            email_field,
            "Enter an email address in the correct format, like name@example.org",
        );
    }
    let phone = raw.phone.trim();
    if !phone.is_empty() && !is_valid_phone(phone) {
        errors.add(
            Field::single("contact_phone"),
            "Enter a phone number with 7 to 15 digits, using only digits, spaces, +, -, ( and )",
        );
    }
    let email_ok = !email.is_empty() && is_valid_email(email);
    let phone_ok = phone.is_empty() || is_valid_phone(phone);
    (email_ok && phone_ok).then_some(())?;
    Some(Contact {
        name: name?,
        position: position?,
        email: email.to_string(),
        phone: phone.to_string(),
        public: raw.public,
    })
}
