//! The one table of a commitment's keys: each form field, top to bottom, with its record key.

use crate::domain::record::CommitmentRecord;

/// One field of the registration form: its posted name, the record key that holds it, and how
/// a posted value fills the input (`row` counts earlier values of the same name, from 0).
pub struct FormField {
    pub name: &'static str,
    pub record_key: &'static str,
    pub fill: fn(&mut CommitmentRecord, row: usize, value: String),
}

const fn field(
    name: &'static str,
    record_key: &'static str,
    fill: fn(&mut CommitmentRecord, usize, String),
) -> FormField {
    FormField {
        name,
        record_key,
        fill,
    }
}

/// The cell `row` of a list of rows, adding blank rows up to it.
fn row<T: Default>(rows: &mut Vec<T>, row: usize) -> &mut T {
    if rows.len() <= row {
        rows.resize_with(row + 1, T::default);
    }
    &mut rows[row]
}

/// The names in one text separated by commas (`other_methods` on the form), blanks dropped.
fn comma_separated(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_string)
}

/// Every form field in the form's (and the record's) order.
#[rustfmt::skip]
pub const FORM_FIELDS: [FormField; 36] = [
    field("title", "title", |i, _, v| i.title = v),
    field("category", "category", |i, _, v| i.category = v),
    field("objective", "objective", |i, _, v| i.objective = v),
    field("stakeholders", "stakeholders", |i, _, v| i.stakeholders = v),
    field("partner_name", "partners", |i, n, v| row(&mut i.partners, n).name = v),
    field("partner_entity_type", "partners", |i, n, v| row(&mut i.partners, n).entity_type = v),
    field("implementation", "implementation", |i, _, v| i.implementation = v),
    field("results", "results", |i, _, v| i.results = v),
    field("enabling_factors", "enabling_factors", |i, _, v| i.enabling_factors = v),
    field("sustainability", "sustainability", |i, _, v| i.sustainability = v),
    field("other_sources", "other_sources", |i, _, v| i.other_sources = v),
    field("sdgs", "sdgs", |i, _, v| i.sdgs.push(v)),
    field("targets", "targets", |i, _, v| i.targets.push(v)),
    field("methods", "methods", |i, _, v| i.methods.push(v)),
    field("other_methods", "other_methods", |i, _, v| i.other_methods.extend(comma_separated(&v))),
    field("start_date", "start_date", |i, _, v| i.start_date = v),
    field("completion_date", "completion_date", |i, _, v| i.completion_date = v),
    field("ongoing", "ongoing", |i, _, _| i.ongoing = Some(true)),
    field("regions", "regions", |i, _, v| i.regions.push(v)),
    field("countries", "countries", |i, _, v| i.countries.push(v)),
    field("geographical_coverage", "geographical_coverage", |i, _, v| i.geographical_coverage = v),
    field("lead_entity", "lead_entity", |i, _, v| i.lead_entity = v),
    field("entity_type", "entity_type", |i, _, v| i.entity_type = v),
    field("contact_name", "contact", |i, _, v| i.contact.name = v),
    field("contact_position", "contact", |i, _, v| i.contact.position = v),
    field("contact_email", "contact", |i, _, v| i.contact.email = v),
    field("contact_phone", "contact", |i, _, v| i.contact.phone = v),
    field("contact_public", "contact", |i, _, _| i.contact.public = true),
    field("deliverable_title", "deliverables", |i, n, v| row(&mut i.deliverables, n).title = v),
    field("deliverable_due_date", "deliverables", |i, n, v| row(&mut i.deliverables, n).due_date = v),
    field("deliverable_status", "deliverables", |i, n, v| row(&mut i.deliverables, n).status = v),
    field("resource_kind", "resources", |i, n, v| row(&mut i.resources, n).kind = v),
    field("resource_description", "resources", |i, n, v| row(&mut i.resources, n).description = v),
    field("resource_amount", "resources", |i, n, v| row(&mut i.resources, n).amount = v),
    field("resource_currency", "resources", |i, n, v| row(&mut i.resources, n).currency = v),
    field("language", "language", |i, _, v| i.language = v),
];

/// The keys the registry adds to a commitment's content (export and API); never edited.
pub const REGISTRY_KEYS: [&str; 9] = [
    "id",
    "url",
    "status",
    "workflow",
    "reporting",
    "created_at",
    "updated_at",
    "published_at",
    "progress_reports",
];

/// The content keys of a record, in the spec's order: each record key of the table, once.
pub fn content_keys() -> impl Iterator<Item = &'static str> {
    FORM_FIELDS
        .iter()
        .enumerate()
        .filter(|(at, f)| *at == 0 || FORM_FIELDS[at - 1].record_key != f.record_key)
        .map(|(_, f)| f.record_key)
}

/// True for the keys a record may hold; any other key is an error.
pub fn is_record_key(key: &str) -> bool {
    content_keys().any(|k| k == key) || REGISTRY_KEYS.contains(&key)
}

/// Where the form field `name` stands on the form, top to bottom (`None` if it is none).
pub fn form_position(name: &str) -> Option<usize> {
    FORM_FIELDS.iter().position(|f| f.name == name)
}

/// The input of a posted form, its `(name, value)` pairs in order; other names are ignored.
/// A form leaves a checkbox out when unticked, so `ongoing` starts false here.
pub fn input_from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> CommitmentRecord {
    let mut input = CommitmentRecord {
        ongoing: Some(false),
        ..CommitmentRecord::default()
    };
    let mut seen = [0usize; FORM_FIELDS.len()];
    for (name, value) in pairs {
        if let Some(at) = form_position(&name) {
            (FORM_FIELDS[at].fill)(&mut input, seen[at], value);
            seen[at] += 1;
        }
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_has_the_26_content_keys_of_the_spec_in_order() {
        let keys: Vec<_> = content_keys().collect();
        assert_eq!(keys.len(), 26);
        assert_eq!(
            keys[..5],
            ["title", "category", "objective", "stakeholders", "partners"]
        );
        assert_eq!(
            keys[22..],
            ["contact", "deliverables", "resources", "language"]
        );
    }
}
