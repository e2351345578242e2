//! Three-way merge of two people's edits of one commitment, field by field, against the version
//! both started from: one person's change is never undone by the other's save.

use serde_json::{Map, Value};

use super::diff::{label, named_text, to_map, Namer};
use crate::domain::record::CommitmentRecord;

/// A field both people changed, each differently: the values as stored, for the person to
/// choose ([`Clash::text`] writes them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    /// The merge key (`title`, `contact.email`), also the name of the choice on the form.
    pub key: String,
    pub label: String,
    /// The value both started from; `None` when that version is not known.
    pub original: Option<Value>,
    pub theirs: Value,
    pub mine: Value,
}

impl Clash {
    /// One of the clash's values as one line of text, each stored value (a slug, a code) as
    /// `name` calls it, as a history writes a change.
    pub fn text(&self, value: &Value, name: Namer) -> String {
        named_text(&self.key, value, name)
    }
}

/// What a merge gives: every field merged; a clashing field holds this person's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    pub record: CommitmentRecord,
    pub clashes: Vec<Clash>,
}

/// One unit of the merge: a record key (a contact detail on its own), and how to copy its
/// value from one record to another.
struct Unit {
    key: &'static str,
    copy: fn(&mut CommitmentRecord, &CommitmentRecord),
}

const fn unit(key: &'static str, copy: fn(&mut CommitmentRecord, &CommitmentRecord)) -> Unit {
    Unit { key, copy }
}

/// Every field of a commitment's content, in the record's order. Lists and rows are whole
/// values; `ongoing` goes with the completion date it follows; each contact detail is its own.
#[rustfmt::skip]
const UNITS: [Unit; 29] = [
    unit("title", |to, from| to.title.clone_from(&from.title)),
    unit("category", |to, from| to.category.clone_from(&from.category)),
    unit("objective", |to, from| to.objective.clone_from(&from.objective)),
    unit("stakeholders", |to, from| to.stakeholders.clone_from(&from.stakeholders)),
    unit("partners", |to, from| to.partners.clone_from(&from.partners)),
    unit("implementation", |to, from| to.implementation.clone_from(&from.implementation)),
    unit("results", |to, from| to.results.clone_from(&from.results)),
    unit("enabling_factors", |to, from| to.enabling_factors.clone_from(&from.enabling_factors)),
    unit("sustainability", |to, from| to.sustainability.clone_from(&from.sustainability)),
    unit("other_sources", |to, from| to.other_sources.clone_from(&from.other_sources)),
    unit("sdgs", |to, from| to.sdgs.clone_from(&from.sdgs)),
    unit("targets", |to, from| to.targets.clone_from(&from.targets)),
    unit("methods", |to, from| to.methods.clone_from(&from.methods)),
    unit("other_methods", |to, from| to.other_methods.clone_from(&from.other_methods)),
    unit("start_date", |to, from| to.start_date.clone_from(&from.start_date)),
    unit("completion_date", |to, from| {
        to.completion_date.clone_from(&from.completion_date);
        to.ongoing = from.ongoing;
    }),
    unit("regions", |to, from| to.regions.clone_from(&from.regions)),
    unit("countries", |to, from| to.countries.clone_from(&from.countries)),
    unit("geographical_coverage", |to, from| to.geographical_coverage.clone_from(&from.geographical_coverage)),
    unit("lead_entity", |to, from| to.lead_entity.clone_from(&from.lead_entity)),
    unit("entity_type", |to, from| to.entity_type.clone_from(&from.entity_type)),
    unit("contact.name", |to, from| to.contact.name.clone_from(&from.contact.name)),
    unit("contact.position", |to, from| to.contact.position.clone_from(&from.contact.position)),
    unit("contact.email", |to, from| to.contact.email.clone_from(&from.contact.email)),
    unit("contact.phone", |to, from| to.contact.phone.clone_from(&from.contact.phone)),
    unit("contact.public", |to, from| to.contact.public = from.contact.public),
    unit("deliverables", |to, from| to.deliverables.clone_from(&from.deliverables)),
    unit("resources", |to, from| to.resources.clone_from(&from.resources)),
    unit("language", |to, from| to.language.clone_from(&from.language)),
];

/// The keys the merge compares, in the record's order.
pub fn merge_keys() -> impl Iterator<Item = &'static str> {
    UNITS.iter().map(|u| u.key)
}

/// Merges this person's record (`mine`) with what someone else saved meanwhile (`theirs`),
/// both made from `base`: a field only they changed takes their value, one only this person
/// changed keeps this person's, and one both changed differently is a [`Clash`] (holding
/// this person's value). Without a `base`, every field that differs is a clash.
///
/// Compare records as stored (parsed and written back), so that spelling is not a change.
pub fn merge(
    base: Option<&CommitmentRecord>,
    theirs: &CommitmentRecord,
    mine: &CommitmentRecord,
) -> Merge {
    let base_map = base.map(to_map);
    let (their_map, my_map) = (to_map(theirs), to_map(mine));
    let mut record = mine.clone();
    let mut clashes = Vec::new();
    for unit in &UNITS {
        let original = base_map.as_ref().map(|m| value_at(m, unit.key));
        let (t, m) = (value_at(&their_map, unit.key), value_at(&my_map, unit.key));
        if t == m || original.as_ref() == Some(&t) {
            continue;
        }
        if original.as_ref() == Some(&m) {
            (unit.copy)(&mut record, theirs);
            continue;
        }
        clashes.push(Clash {
            key: unit.key.to_string(),
            label: label(unit.key),
            original,
            theirs: t,
            mine: m,
        });
    }
    Merge { record, clashes }
}

/// `into` with the fields named by `keys` taken from `from` (unknown keys are ignored): the
/// person's "take theirs" choices applied to what they posted.
pub fn take_fields<'k>(
    into: &CommitmentRecord,
    from: &CommitmentRecord,
    keys: impl IntoIterator<Item = &'k str>,
) -> CommitmentRecord {
    let mut record = into.clone();
    for key in keys {
        if let Some(unit) = UNITS.iter().find(|u| u.key == key) {
            (unit.copy)(&mut record, from);
        }
    }
    record
}

/// The value at a merge key (`contact.email` looks inside `contact`); missing is `null`.
fn value_at(map: &Map<String, Value>, key: &str) -> Value {
    let mut parts = key.split('.');
    let first = parts.next().and_then(|k| map.get(k));
    parts
        .try_fold(first, |value, part| Some(value?.get(part)))
        .flatten()
        .cloned()
        .unwrap_or(Value::Null)
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
