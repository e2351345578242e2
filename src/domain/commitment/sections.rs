//! The sections of a commitment submission (texts, goals, dates, place, contact), each parsed
//! into typed values or messages.

use chrono::NaiveDate;

use super::Contact;
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::fields::{choice, long_text, name_text, required_date, vocab_list, DateNames};
use crate::domain::message::Message;
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

/// What a long text section holds, its field and message label, and what to enter when it is
/// required.
type LongText = (
    fn(&CommitmentRecord) -> &str,
    (&'static str, &'static str),
    Option<&'static str>,
);

/// The long text sections, in the order of the form.
#[rustfmt::skip]
const LONG_TEXTS: [LongText; 7] = [
    (|r| &r.objective, ("objective", "section-objective"), Some("what-objective")),
    (|r| &r.stakeholders, ("stakeholders", "section-stakeholders"), None),
    (|r| &r.implementation, ("implementation", "section-implementation"), Some("what-implementation")),
    (|r| &r.results, ("results", "section-results"), None),
    (|r| &r.enabling_factors, ("enabling_factors", "section-enabling-factors"), None),
    (|r| &r.sustainability, ("sustainability", "section-sustainability"), None),
    (|r| &r.other_sources, ("other_sources", "section-other-sources"), None),
];

pub(super) fn parse_texts(input: &CommitmentRecord, errors: &mut FieldErrors) -> Option<Texts> {
    let title = title(&input.title, errors);
    let category = choice(
        &input.category,
        "category",
        "what-category",
        errors,
        Category::from_slug,
    );
    let lead_entity = name_text(
        &input.lead_entity,
        "lead_entity",
        "what-lead-entity",
        true,
        errors,
    );
    let entity_type = choice(
        &input.entity_type,
        "entity_type",
        "what-entity-type",
        errors,
        EntityType::from_slug,
    );
    let [objective, stakeholders, implementation, results, factors, sustainability, sources] =
        LONG_TEXTS.map(|(raw, names, required)| long_text(raw(input), names, required, errors));
    Some(Texts {
        title: title?,
        category: category?,
        objective: objective?,
        stakeholders: stakeholders?,
        implementation: implementation?,
        results: results?,
        enabling_factors: factors?,
        sustainability: sustainability?,
        other_sources: sources?,
        lead_entity: lead_entity?,
        entity_type: entity_type?,
    })
}

fn title(raw: &str, errors: &mut FieldErrors) -> Option<String> {
    let field = Field::single("title");
    let value = raw.trim();
    let len = char_len(value);
    if value.is_empty() {
        errors.add(field, "title-missing");
    } else if has_control_chars(value) {
        errors.add(field, "title-not-one-line");
    } else if len < 10 {
        errors.add(field, Message::new("title-too-short").number("min", 10));
    } else if len > 250 {
        errors.add(
            field,
            Message::new("title-too-long")
                .number("max", 250)
                .number("length", len),
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
        "what-list-methods",
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
            None => errors.add(field, Message::new("sdg-unknown").text("value", value)),
        }
    }
    sdgs.sort();
    sdgs.dedup();
    if sdgs.is_empty() && !errors.mentions("sdgs") {
        errors.add(field, "sdg-missing");
    }
    sdgs
}

fn target_list(raw: &[String], sdgs: &[Sdg], errors: &mut FieldErrors) -> Option<Vec<Target>> {
    let field = Field::single("targets");
    let mut targets = Vec::new();
    let mut valid = true;
    for value in raw.iter().map(|v| v.trim()) {
        let Some(target) = Target::parse(value) else {
            errors.add(field, Message::new("target-unknown").text("value", value));
            valid = false;
            continue;
        };
        if !sdgs.contains(&target.goal()) {
            let goal = target.goal();
            errors.add(
                field,
                Message::new("target-goal-not-selected")
                    .text("target", target)
                    .number("goal", goal.number()),
            );
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
                Message::new("other-method-too-long").number("max", 250),
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
    let start = required_date(
        &input.start_date,
        "start_date",
        DateNames::new("label-start-date", "what-start-date"),
        errors,
    );
    let completion_raw = input.completion_date.trim();
    let completion = if completion_raw.is_empty() {
        Some(None)
    } else {
        optional_date(completion_raw, "completion_date", errors).map(Some)
    };
    let ongoing = input.ongoing.unwrap_or(completion_raw.is_empty());
    let agrees = check_ongoing(completion_raw.is_empty(), ongoing, errors);
    let in_order = match (start, completion) {
        (Some(start), Some(Some(end))) if end < start => {
            errors.add(
                Field::single("completion_date"),
                Message::new("completion-before-start")
                    .text("end", end)
                    .text("start", start),
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
fn optional_date(raw: &str, name: &'static str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    parse_date(raw)
        .map_err(|problem| {
            let message = date_message("label-completion-date", problem);
            errors.add(Field::single(name), message)
        })
        .ok()
}

/// Exactly one of: a completion date, or ongoing with no completion date.
fn check_ongoing(no_completion: bool, ongoing: bool, errors: &mut FieldErrors) -> Option<()> {
    match (no_completion, ongoing) {
        (false, true) => errors.add(Field::single("ongoing"), "ongoing-and-completion-date"),
        (true, false) => errors.add(
            Field::single("completion_date"),
            "completion-date-or-ongoing",
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
        "what-list-regions",
        errors,
        Region::from_slug,
    );
    if regions.as_ref().is_some_and(Vec::is_empty) {
        errors.add(Field::single("regions"), "region-missing");
    }
    let countries = vocab_list(
        &input.countries,
        "countries",
        "what-list-countries",
        errors,
        Country::from_code,
    );
    let coverage = long_text(
        &input.geographical_coverage,
        ("geographical_coverage", "section-geographical-coverage"),
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
    let name = name_text(&raw.name, "contact_name", "what-contact-name", true, errors);
    let position = name_text(
        &raw.position,
        "contact_position",
        "what-contact-position",
        false,
        errors,
    );
    let email = raw.email.trim();
    let email_field = Field::single("contact_email");
    if email.is_empty() {
        errors.add(email_field, "contact-email-missing");
    } else if !is_valid_email(email) {
        errors.add(email_field, "email-invalid");
    }
    let phone = raw.phone.trim();
    if !phone.is_empty() && !is_valid_phone(phone) {
        errors.add(Field::single("contact_phone"), "phone-invalid");
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
