//! A valid commitment (`NewCommitment`) and the one parse that turns any submission into it.

use chrono::NaiveDate;

use super::country::Country;
use super::errors::{Field, FieldErrors};
use super::input::CommitmentInput;
use super::rows::{parse_deliverables, parse_partners, parse_resources};
use super::sdg::{Sdg, Target};
use super::text::{
    char_len, date_message, has_control_chars, has_stray_control_chars, is_valid_email,
    is_valid_phone, parse_date, MAX_TEXT_CHARS,
};
use super::vocab::{Category, DeliverableStatus, EntityType, Method, Region, ResourceKind, Status};

/// A commitment whose every value obeys the registry's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCommitment {
    pub title: String,
    pub category: Category,
    pub objective: String,
    pub stakeholders: String,
    pub implementation: String,
    pub results: String,
    pub enabling_factors: String,
    pub sustainability: String,
    pub other_sources: String,
    pub sdgs: Vec<Sdg>,
    pub targets: Vec<Target>,
    pub methods: Vec<Method>,
    pub other_methods: Vec<String>,
    pub start_date: NaiveDate,
    pub completion_date: Option<NaiveDate>,
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    pub geographical_coverage: String,
    pub lead_entity: String,
    pub entity_type: EntityType,
    pub contact: Contact,
    pub partners: Vec<Partner>,
    pub deliverables: Vec<Deliverable>,
    pub resources: Vec<Resource>,
}

/// The person to contact about a commitment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub position: String,
    pub email: String,
    pub phone: String,
    /// Whether email and phone may be shown to the public.
    pub public: bool,
}

/// An organisation working with the lead entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    pub entity_type: EntityType,
}

/// Something the commitment promises to deliver, by a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deliverable {
    pub title: String,
    pub due_date: NaiveDate,
    pub status: DeliverableStatus,
}

/// Resources committed: money, in kind, staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub kind: ResourceKind,
    pub description: String,
    pub amount: u64,
    pub currency: String,
}

impl NewCommitment {
    /// Validates a submission, reporting every problem at once.
    pub fn parse(input: &CommitmentInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let texts = parse_texts(input, &mut errors);
        let goals = parse_goals(input, &mut errors);
        let dates = parse_dates(input, &mut errors);
        let place = parse_place(input, &mut errors);
        let contact = parse_contact(input, &mut errors);
        let partners = parse_partners(&input.partners, &mut errors);
        let deliverables = parse_deliverables(&input.deliverables, &mut errors);
        let resources = parse_resources(&input.resources, &mut errors);
        errors.sort_by_form_order();
        let (Some(texts), Some(goals), Some(dates), Some(place), Some(contact)) =
            (texts, goals, dates, place, contact)
        else {
            return Err(errors);
        };
        errors.into_result(|| NewCommitment {
            title: texts.title,
            category: texts.category,
            objective: texts.objective,
            stakeholders: texts.stakeholders,
            implementation: texts.implementation,
            results: texts.results,
            enabling_factors: texts.enabling_factors,
            sustainability: texts.sustainability,
            other_sources: texts.other_sources,
            sdgs: goals.sdgs,
            targets: goals.targets,
            methods: goals.methods,
            other_methods: goals.other_methods,
            start_date: dates.0,
            completion_date: dates.1,
            regions: place.regions,
            countries: place.countries,
            geographical_coverage: place.coverage,
            lead_entity: texts.lead_entity,
            entity_type: texts.entity_type,
            contact,
            partners,
            deliverables,
            resources,
        })
    }

    /// `ongoing` while there is no completion date or it is `today` or later.
    pub fn status(&self, today: NaiveDate) -> Status {
        match self.completion_date {
            Some(date) if date < today => Status::Completed,
            _ => Status::Ongoing,
        }
    }

    /// The input that parses back into this commitment (to re-show it in a form, or export it).
    pub fn to_input(&self) -> CommitmentInput {
        super::to_input::commitment_to_input(self)
    }
}

/// The free-text and single-choice parts of a submission.
struct Texts {
    title: String,
    category: Category,
    objective: String,
    stakeholders: String,
    implementation: String,
    results: String,
    enabling_factors: String,
    sustainability: String,
    other_sources: String,
    lead_entity: String,
    entity_type: EntityType,
}

fn parse_texts(input: &CommitmentInput, errors: &mut FieldErrors) -> Option<Texts> {
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

/// A one-line name (lead entity, contact name, partner name, deliverable title).
pub(super) fn name_text(
    raw: &str,
    name: &'static str,
    what: &str,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    one_line(raw, Field::single(name), what, required, errors)
}

/// A one-line value in any field, rows included.
pub(super) fn one_line(
    raw: &str,
    field: Field,
    what: &str,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    let value = raw.trim();
    if required && value.is_empty() {
        errors.add(field, format!("Enter {what}"));
    } else if has_control_chars(value) {
        errors.add(
            field,
            format!("Enter {what} on one line, without control characters"),
        );
    } else if char_len(value) > MAX_TEXT_CHARS {
        errors.add(
            field,
            format!("Shorten {what} to {MAX_TEXT_CHARS} characters or fewer"),
        );
    } else {
        return Some(value.to_string());
    }
    None
}

/// A long text section; `required` names what to enter when it is mandatory.
fn long_text(
    raw: &str,
    name: &'static str,
    required: Option<&str>,
    errors: &mut FieldErrors,
) -> Option<String> {
    let field = Field::single(name);
    let value = raw.trim();
    let label = name.replace('_', " ");
    if let (Some(what), true) = (required, value.is_empty()) {
        errors.add(field, format!("Enter {what}"));
    } else if has_stray_control_chars(value) {
        errors.add(field, format!("Remove the control characters from {label}"));
    } else if char_len(value) > MAX_TEXT_CHARS {
        let len = char_len(value);
        errors.add(
            field,
            format!("Shorten {label} to {MAX_TEXT_CHARS} characters or fewer (it has {len})"),
        );
    } else {
        return Some(value.to_string());
    }
    None
}

/// A required choice from a vocabulary.
pub(super) fn choice<T>(
    raw: &str,
    name: &'static str,
    what: &str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    choice_at(raw, Field::single(name), what, errors, read)
}

/// A required choice from a vocabulary, in any field.
pub(super) fn choice_at<T>(
    raw: &str,
    field: Field,
    what: &str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, format!("Select {what}"));
        return None;
    }
    let parsed = read(value);
    if parsed.is_none() {
        errors.add(
            field,
            format!("Select {what} from the list (\"{value}\" is not one of them)"),
        );
    }
    parsed
}

/// Goals, targets and means of implementation.
struct Goals {
    sdgs: Vec<Sdg>,
    targets: Vec<Target>,
    methods: Vec<Method>,
    other_methods: Vec<String>,
}

fn parse_goals(input: &CommitmentInput, errors: &mut FieldErrors) -> Option<Goals> {
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

/// A list of vocabulary values: duplicates dropped, kept in the vocabulary's order.
pub(super) fn vocab_list<T: Ord + Copy>(
    raw: &[String],
    name: &'static str,
    what: &str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<Vec<T>> {
    let mut values = Vec::new();
    let mut valid = true;
    for value in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match read(value) {
            Some(parsed) => values.push(parsed),
            None => {
                errors.add(
                    Field::single(name),
                    format!("\"{value}\" is not one of the {what}: choose from the list"),
                );
                valid = false;
            }
        }
    }
    values.sort();
    values.dedup();
    valid.then_some(values)
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

/// Start and completion dates, with the ongoing rule.
fn parse_dates(
    input: &CommitmentInput,
    errors: &mut FieldErrors,
) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let start = required_date(&input.start_date, "start_date", "Start date", errors);
    let completion_raw = input.completion_date.trim();
    let completion = if completion_raw.is_empty() {
        Ok(None)
    } else {
        parse_date(completion_raw).map(Some).map_err(|problem| {
            errors.add(
                Field::single("completion_date"),
                date_message("Completion date", problem),
            );
        })
    };
    let ongoing = input.ongoing.unwrap_or(completion_raw.is_empty());
    let completion = completion.ok()?;
    check_ongoing(completion, ongoing, errors)?;
    let start = start?;
    if let Some(end) = completion.filter(|end| *end < start) {
        errors.add(
            Field::single("completion_date"),
            format!(
                "Completion date ({end}) must be the same as or after the start date ({start})"
            ),
        );
        return None;
    }
    Some((start, completion))
}

/// Exactly one of: a completion date, or ongoing with no completion date.
fn check_ongoing(
    completion: Option<NaiveDate>,
    ongoing: bool,
    errors: &mut FieldErrors,
) -> Option<()> {
    match (completion, ongoing) {
        (Some(_), true) => errors.add(
            Field::single("ongoing"),
            "Either enter a completion date or tick Ongoing, not both",
        ),
        (None, false) => errors.add(
            Field::single("completion_date"),
            "Enter a completion date, or tick Ongoing if the commitment has no end date",
        ),
        _ => return Some(()),
    }
    None
}

/// A required date field.
pub(super) fn required_date(
    raw: &str,
    name: &'static str,
    label: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    date_at(raw, Field::single(name), label, errors)
}

/// A required date, in any field.
pub(super) fn date_at(
    raw: &str,
    field: Field,
    label: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, format!("Enter the {}", label.to_lowercase()));
        return None;
    }
    parse_date(value)
        .map_err(|problem| errors.add(field, date_message(label, problem)))
        .ok()
}

/// Regions, countries and coverage.
struct Place {
    regions: Vec<Region>,
    countries: Vec<Country>,
    coverage: String,
}

fn parse_place(input: &CommitmentInput, errors: &mut FieldErrors) -> Option<Place> {
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

fn parse_contact(input: &CommitmentInput, errors: &mut FieldErrors) -> Option<Contact> {
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
