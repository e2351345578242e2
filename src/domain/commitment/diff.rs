//! What changed between two versions of a commitment: field by field, as people read it.

use serde_json::Value;

use crate::domain::record::{content_keys, CommitmentRecord};

/// One field that differs: its record path, a label, and the old and new values as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub key: String,
    pub label: String,
    pub old: String,
    pub new: String,
}

/// The fields that differ from `before` to `after`, in the record's order; the contact is
/// compared key by key (`contact.email`), so that private details can be masked.
pub fn changes(before: &CommitmentRecord, after: &CommitmentRecord) -> Vec<FieldChange> {
    changes_named(before, after, &AsStored)
}

/// How values are written out: what a stored value is called, and what stands between the
/// items of a list and between rows. A page words them in its language; any
/// `Fn(path, value) -> Option<String>` names values and keeps English punctuation.
pub trait Wording {
    /// What a stored value (a slug, a code) of the field or row column at `path` (`regions`,
    /// `partners.entity_type`) is called; `None` keeps the value as stored.
    fn name(&self, path: &str, value: &str) -> Option<String>;

    /// Between the items of a list of values.
    fn items_separator(&self) -> &str {
        ", "
    }

    /// Between the rows of a table (partners, deliverables…).
    fn rows_separator(&self) -> &str {
        "; "
    }
}

impl<F: Fn(&str, &str) -> Option<String>> Wording for F {
    fn name(&self, path: &str, value: &str) -> Option<String> {
        self(path, value)
    }
}

/// Every value as stored, with English punctuation.
pub struct AsStored;

impl Wording for AsStored {
    fn name(&self, _: &str, _: &str) -> Option<String> {
        None
    }
}

/// The wording values are written out with.
pub type Namer<'a> = &'a dyn Wording;

/// [`changes`], each stored value written as `name` calls it: a page names vocabulary values
/// in its language, even inside rows ("WaterAid · ngo").
pub fn changes_named(
    before: &CommitmentRecord,
    after: &CommitmentRecord,
    name: Namer,
) -> Vec<FieldChange> {
    let (old, new) = (to_map(before), to_map(after));
    let mut found = Vec::new();
    // `ongoing` follows the completion date, whose change is shown already.
    for key in content_keys().filter(|k| *k != "ongoing") {
        let (a, b) = (
            old.get(key).unwrap_or(&Value::Null),
            new.get(key).unwrap_or(&Value::Null),
        );
        match (a, b) {
            (Value::Object(a), Value::Object(b)) => {
                for (sub, a_value) in a {
                    let b_value = b.get(sub).unwrap_or(&Value::Null);
                    if a_value != b_value {
                        found.push(change(&format!("{key}.{sub}"), a_value, b_value, name));
                    }
                }
            }
            (a, b) if a != b => found.push(change(key, a, b, name)),
            _ => {}
        }
    }
    found
}

pub(super) fn to_map(record: &CommitmentRecord) -> serde_json::Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

fn change(key: &str, old: &Value, new: &Value, name: Namer) -> FieldChange {
    FieldChange {
        key: key.to_string(),
        label: label(key),
        old: named_text(key, old, name),
        new: named_text(key, new, name),
    }
}

/// "contact.email" → "Contact email", "enabling_factors" → "Enabling factors".
pub fn label(key: &str) -> String {
    let words = key.replace(['_', '.'], " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A value as one line of text (lists joined by `name`'s item separator, rows by its row
/// separator), each text as `name` calls it (`path`: the field, or the row's column, holding
/// it).
pub(super) fn named_text(path: &str, value: &Value, name: Namer) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => name.name(path, s).unwrap_or_else(|| s.clone()),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            let joiner = if items.iter().any(Value::is_object) {
                name.rows_separator()
            } else {
                name.items_separator()
            };
            let each = items.iter().map(|item| named_text(path, item, name));
            each.collect::<Vec<_>>().join(joiner)
        }
        Value::Object(map) => map
            .iter()
            .map(|(column, v)| named_text(&format!("{path}.{column}"), v, name))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_listed_in_record_order() {
        let before = CommitmentRecord {
            title: "Old title here".into(),
            sdgs: vec!["6".into()],
            ..Default::default()
        };
        let mut after = before.clone();
        after.sdgs = vec!["6".into(), "13".into()];
        after.title = "New title here".into();
        after.contact.email = "new@example.org".into();
        let found = changes(&before, &after);
        let keys: Vec<&str> = found.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["title", "sdgs", "contact.email"]);
        assert_eq!(
            (found[1].old.as_str(), found[1].new.as_str()),
            ("6", "6, 13")
        );
        assert_eq!(found[2].label, "Contact email");
    }

    fn partner(kind: &str) -> crate::domain::PartnerInput {
        crate::domain::PartnerInput {
            name: "WaterAid".into(),
            entity_type: kind.into(),
        }
    }

    #[test]
    fn values_are_named_by_their_field_or_row_column() {
        let before = CommitmentRecord {
            regions: vec!["africa".into()],
            partners: vec![partner("ngo")],
            ..Default::default()
        };
        let after = CommitmentRecord {
            regions: vec!["africa".into(), "europe".into()],
            partners: vec![partner("academia")],
            ..Default::default()
        };
        let upper = |path: &str, value: &str| {
            matches!(path, "regions" | "partners.entity_type").then(|| value.to_uppercase())
        };
        let found = changes_named(&before, &after, &upper);
        assert_eq!(
            (found[0].old.as_str(), found[0].new.as_str()),
            ("NGO · WaterAid", "ACADEMIA · WaterAid")
        );
        assert_eq!(found[1].new, "AFRICA, EUROPE");
    }

    #[test]
    fn lists_and_rows_are_joined_as_the_wording_says() {
        struct Arabic;
        impl Wording for Arabic {
            fn name(&self, _: &str, _: &str) -> Option<String> {
                None
            }
            fn items_separator(&self) -> &str {
                "، "
            }
            fn rows_separator(&self) -> &str {
                "؛ "
            }
        }
        let after = CommitmentRecord {
            regions: vec!["africa".into(), "europe".into()],
            partners: vec![partner("ngo"), partner("academia")],
            ..Default::default()
        };
        let found = changes_named(&CommitmentRecord::default(), &after, &Arabic);
        let new = |key: &str| found.iter().find(|c| c.key == key).unwrap().new.clone();
        assert_eq!(new("regions"), "africa، europe");
        assert_eq!(new("partners"), "ngo · WaterAid؛ academia · WaterAid");
        let english = changes(&CommitmentRecord::default(), &after);
        assert_eq!(
            english.iter().find(|c| c.key == "regions").unwrap().new,
            "africa, europe"
        );
    }

    #[test]
    fn identical_records_have_no_changes() {
        let record = CommitmentRecord {
            title: "Same".into(),
            ..Default::default()
        };
        assert!(changes(&record, &record.clone()).is_empty());
    }
}
