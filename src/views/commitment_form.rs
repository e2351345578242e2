//! What the registration form shows: every choice with its checked state, rows, the values kept.

use crate::domain::{
    Category, CommitmentRecord, Country, DeliverableInput, DeliverableStatus, EntityType, Method,
    PartnerInput, Region, ResourceInput, ResourceKind, Sdg,
};

/// One checkbox, radio or option.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// The countries of one region, as checkboxes.
#[derive(Debug, Clone)]
pub struct CountryGroup {
    pub label: String,
    pub countries: Vec<Choice>,
}

/// A goal with its colour class, its checkbox and its targets' checkboxes.
#[derive(Debug, Clone)]
pub struct GoalChoice {
    pub number: u8,
    pub name: String,
    pub checked: bool,
    pub targets: Vec<Choice>,
    /// Open the goal's target list when the goal or one of its targets is chosen.
    pub open: bool,
}

impl GoalChoice {
    /// "Goal 6: Clean Water and Sanitation", in the page's language.
    pub fn heading(&self) -> String {
        super::goal_heading(self.number, &self.name)
    }
}

fn choices<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label_key: fn(T) -> &'static str,
    chosen: &[String],
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: slug(*v).to_string(),
            label: crate::i18n::text(label_key(*v)),
            checked: chosen.iter().any(|c| c == slug(*v)),
        })
        .collect()
}

fn one(value: &str) -> Vec<String> {
    vec![value.to_string()]
}

/// The choices of the form for a given input (what was entered or stored).
pub struct FormChoices<'a> {
    pub input: &'a CommitmentRecord,
}

impl FormChoices<'_> {
    /// Category radios.
    pub fn categories(&self) -> Vec<Choice> {
        choices(
            Category::ALL,
            Category::slug,
            Category::message_key,
            &one(&self.input.category),
        )
    }

    /// Lead entity type options.
    pub fn entity_types(&self) -> Vec<Choice> {
        choices(
            EntityType::ALL,
            EntityType::slug,
            EntityType::message_key,
            &one(&self.input.entity_type),
        )
    }

    /// Means of implementation checkboxes.
    pub fn methods(&self) -> Vec<Choice> {
        choices(
            Method::ALL,
            Method::slug,
            Method::message_key,
            &self.input.methods,
        )
    }

    /// Region checkboxes.
    pub fn regions(&self) -> Vec<Choice> {
        choices(
            Region::ALL,
            Region::slug,
            Region::message_key,
            &self.input.regions,
        )
    }

    /// Every country by its name in the page's language, A–Z, selected ones marked.
    pub fn countries(&self) -> Vec<Choice> {
        let lang = crate::i18n::current();
        crate::i18n::countries_sorted(lang)
            .iter()
            .map(|c| Choice {
                value: c.code().to_string(),
                label: crate::i18n::country_name_in(lang, *c).to_string(),
                checked: self.input.countries.iter().any(|k| k == c.code()),
            })
            .collect()
    }

    /// Every country as a checkbox, grouped by region (A–Z within each), then the rest.
    pub fn country_groups(&self) -> Vec<CountryGroup> {
        let countries: Vec<(Option<Region>, Choice)> = self
            .countries()
            .into_iter()
            .map(|c| (Country::from_code(&c.value).and_then(Country::region), c))
            .collect();
        Region::ALL
            .iter()
            .map(|r| Some(*r))
            .chain([None])
            .map(|region| CountryGroup {
                label: region.map_or_else(
                    || crate::i18n::text("commitment-form-elsewhere"),
                    |r| crate::i18n::text(r.message_key()),
                ),
                countries: countries
                    .iter()
                    .filter(|(r, _)| *r == region)
                    .map(|(_, c)| c.clone())
                    .collect(),
            })
            .filter(|g| !g.countries.is_empty())
            .collect()
    }

    /// The 17 goals with their targets.
    pub fn goals(&self) -> Vec<GoalChoice> {
        Sdg::all()
            .map(|goal| {
                let checked = self.input.sdgs.iter().any(|s| s.trim() == goal.to_string());
                let targets: Vec<Choice> = goal
                    .targets()
                    .into_iter()
                    .map(|t| Choice {
                        value: t.code(),
                        label: t.code(),
                        checked: self.input.targets.iter().any(|c| c.trim() == t.code()),
                    })
                    .collect();
                let open = checked || targets.iter().any(|t| t.checked);
                GoalChoice {
                    number: goal.number(),
                    name: crate::i18n::text(goal.message_key()),
                    checked,
                    targets,
                    open,
                }
            })
            .collect()
    }

    /// The options of the text's language, A–Z by name in the page's language; a value that
    /// is no ISO 639-1 code (refused, shown with its error) is kept as the first option.
    pub fn languages(&self) -> Vec<Choice> {
        let lang = crate::i18n::current();
        let chosen = self.input.language.trim();
        let known = crate::i18n::languages_sorted(lang).iter().map(|l| Choice {
            value: l.code().to_string(),
            label: crate::i18n::language_name_in(lang, *l).to_string(),
            checked: l.code().eq_ignore_ascii_case(chosen),
        });
        let unknown = (!chosen.is_empty()
            && crate::domain::Language::from_code(&chosen.to_ascii_lowercase()).is_none())
        .then(|| Choice {
            value: chosen.to_string(),
            label: chosen.to_string(),
            checked: true,
        });
        unknown.into_iter().chain(known).collect()
    }

    /// Other means of implementation, as the one comma-separated text of the form.
    pub fn other_methods(&self) -> String {
        self.input.other_methods.join(", ")
    }

    /// Options of a partner row's type.
    pub fn partner_types(&self, row: &PartnerInput) -> Vec<Choice> {
        choices(
            EntityType::ALL,
            EntityType::slug,
            EntityType::message_key,
            &one(&row.entity_type),
        )
    }

    /// Options of a deliverable row's status.
    pub fn deliverable_statuses(&self, row: &DeliverableInput) -> Vec<Choice> {
        choices(
            DeliverableStatus::ALL,
            DeliverableStatus::slug,
            DeliverableStatus::message_key,
            &one(&row.status),
        )
    }

    /// Options of a resource row's kind.
    pub fn resource_kinds(&self, row: &ResourceInput) -> Vec<Choice> {
        choices(
            ResourceKind::ALL,
            ResourceKind::slug,
            ResourceKind::message_key,
            &one(&row.kind),
        )
    }
}

/// Makes sure each repeated section has at least one row to fill in, plus one more if asked.
pub fn with_blank_rows(
    mut input: CommitmentRecord,
    add: Option<crate::forms::commitment::RowKind>,
) -> CommitmentRecord {
    use crate::forms::commitment::RowKind;
    if input.partners.is_empty() || add == Some(RowKind::Partner) {
        input.partners.push(PartnerInput::default());
    }
    if input.deliverables.is_empty() || add == Some(RowKind::Deliverable) {
        input.deliverables.push(DeliverableInput::default());
    }
    if input.resources.is_empty() || add == Some(RowKind::Resource) {
        input.resources.push(ResourceInput::default());
    }
    input
}
