//! The registration and edit form of a commitment, as posted: field names fixed by the spec.

use serde::{Deserialize, Deserializer};

use crate::domain::record::keys::input_from_pairs;
use crate::domain::CommitmentRecord;

/// Which repeated section an "add another" button asks for one more row of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Partner,
    Deliverable,
    Resource,
}

impl RowKind {
    fn from_button(value: &str) -> Option<Self> {
        match value {
            "partner" => Some(RowKind::Partner),
            "deliverable" => Some(RowKind::Deliverable),
            "resource" => Some(RowKind::Resource),
            _ => None,
        }
    }
}

/// The posted form: the commitment's fields (named by the one table of keys, lists as repeated
/// keys, rows as parallel repeated keys), an "add another" button, and the edited version.
#[derive(Debug, Default)]
pub struct CommitmentForm {
    input: CommitmentRecord,
    /// Set by an "add another" button: the section that wants one more empty row.
    add_row: Option<String>,
    /// The version the editor started from (edit form only).
    pub version: Option<String>,
}

impl<'de> Deserialize<'de> for CommitmentForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut pairs = Vec::<(String, String)>::deserialize(deserializer)?;
        let mut take = |name: &str| {
            let at = pairs.iter().rposition(|(n, _)| n == name)?;
            Some(pairs.remove(at).1)
        };
        let (add_row, version) = (take("add_row"), take("version"));
        Ok(CommitmentForm {
            input: input_from_pairs(pairs),
            add_row,
            version,
        })
    }
}

impl CommitmentForm {
    /// The row section an "add another" button asked for, if the form was posted by one.
    pub fn added_row(&self) -> Option<RowKind> {
        self.add_row.as_deref().and_then(RowKind::from_button)
    }

    /// The submission as input for the shared parse; rows padded to the longest field list.
    pub fn to_input(&self) -> CommitmentRecord {
        self.input.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(body: &str) -> CommitmentForm {
        serde_html_form::from_str(body).unwrap()
    }

    #[test]
    fn repeated_keys_become_lists_and_rows() {
        let f = form("sdgs=6&sdgs=13&partner_name=UNICEF&partner_entity_type=un-entity&partner_name=WaterAid&partner_entity_type=ngo");
        let input = f.to_input();
        assert_eq!(input.sdgs, ["6", "13"]);
        assert_eq!(input.partners.len(), 2);
        assert_eq!(input.partners[1].name, "WaterAid");
        assert_eq!(input.partners[1].entity_type, "ngo");
    }

    #[test]
    fn checkboxes_and_comma_separated_methods_are_read() {
        let f =
            form("ongoing=on&contact_public=on&other_methods=Radio%2C+South-South+cooperation%2C+");
        let input = f.to_input();
        assert_eq!(input.ongoing, Some(true));
        assert!(input.contact.public);
        assert_eq!(input.other_methods, ["Radio", "South-South cooperation"]);
        assert_eq!(form("").to_input().ongoing, Some(false));
    }

    #[test]
    fn uneven_rows_are_padded_so_nothing_is_lost() {
        let f = form("resource_kind=financing&resource_amount=100&resource_amount=200");
        let resources = f.to_input().resources;
        assert_eq!(resources.len(), 2);
        assert_eq!(resources[1].amount, "200");
        assert_eq!(resources[1].kind, "");
    }

    #[test]
    fn an_add_another_button_names_its_section() {
        assert_eq!(
            form("add_row=deliverable").added_row(),
            Some(RowKind::Deliverable)
        );
        assert_eq!(form("add_row=bogus").added_row(), None);
    }
}
