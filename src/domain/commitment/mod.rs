//! A valid commitment (`NewCommitment`) and the one parse that turns any submission into it.

pub mod diff;
pub mod input;
pub mod merge;
mod money;
pub mod rows;
mod sections;
pub mod stored;
pub mod summary;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use self::rows::{parse_deliverables, parse_partners, parse_resources};
use self::sections::{parse_contact, parse_dates, parse_goals, parse_place, parse_texts};
use crate::domain::errors::Field;
use crate::domain::errors::FieldErrors;
use crate::domain::message::Message;
use crate::domain::record::exchange::content_to_record;
use crate::domain::record::CommitmentRecord;
use crate::domain::vocab::country::Country;
use crate::domain::vocab::language::Language;
use crate::domain::vocab::sdg::{Sdg, Target};
use crate::domain::vocab::{
    Category, DeliverableStatus, EntityType, Method, Region, ResourceKind, Status,
};

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
    /// The language its text is written in; `None` when not stated.
    pub language: Option<Language>,
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
    /// What it is worth, when given (in-kind and staff resources often have no amount).
    pub amount: Option<Money>,
}

/// A whole amount in one currency: an amount never goes without its currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    pub value: u64,
    /// An upper-case ISO 4217 code, checked on every input (rows stored before the check may
    /// hold another three letters: they are shown as stored, and refused when next saved).
    pub currency: String,
}

impl NewCommitment {
    /// Validates a submission, reporting every problem at once.
    pub fn parse(input: &CommitmentRecord) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let texts = parse_texts(input, &mut errors);
        let goals = parse_goals(input, &mut errors);
        let dates = parse_dates(input, &mut errors);
        let place = parse_place(input, &mut errors);
        let contact = parse_contact(input, &mut errors);
        let partners = parse_partners(&input.partners, &mut errors);
        let deliverables = parse_deliverables(&input.deliverables, &mut errors);
        let resources = parse_resources(&input.resources, &mut errors);
        let language = parse_language(&input.language, &mut errors);
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
            language,
        })
    }

    /// `ongoing` while there is no completion date or it is `today` or later.
    pub fn status(&self, today: NaiveDate) -> Status {
        summary::status_on(self.completion_date, today)
    }

    /// The record that parses back into this commitment (to re-show it in a form), private
    /// contact details included.
    pub fn to_record(&self) -> CommitmentRecord {
        content_to_record(self, true)
    }
}

/// The record's `language`: empty for "not stated", else an ISO 639-1 code (any case).
fn parse_language(code: &str, errors: &mut FieldErrors) -> Option<Language> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let language = Language::from_code(&code.to_ascii_lowercase());
    if language.is_none() {
        let message = Message::new("language-unknown").text("value", code);
        errors.add(Field::single("language"), message);
    }
    language
}
