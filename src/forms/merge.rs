//! The edit form as posted: the commitment's fields and, after a clash with someone else's
//! save, the person's choice for each field both changed (`choose_<key>` = `mine` | `theirs`).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::commitment::CommitmentForm;

/// The name prefix of a clash's choice.
const CHOICE: &str = "choose_";

/// The posted edit form.
#[derive(Debug, Default)]
pub struct EditForm {
    pub fields: CommitmentForm,
    /// The merge keys whose value the person chose to take from the other person's save.
    pub take_theirs: Vec<String>,
}

impl<'de> Deserialize<'de> for EditForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let pairs = Vec::<(String, String)>::deserialize(deserializer)?;
        let (choices, rest): (Vec<_>, Vec<_>) =
            pairs.into_iter().partition(|(n, _)| n.starts_with(CHOICE));
        let take_theirs = choices
            .into_iter()
            .filter(|(_, value)| value == "theirs")
            .filter_map(|(name, _)| name.strip_prefix(CHOICE).map(str::to_string))
            .collect();
        // The commitment's fields are read by their own form, from the remaining pairs.
        let encoded = serde_html_form::to_string(&rest).map_err(D::Error::custom)?;
        let fields = serde_html_form::from_str(&encoded).map_err(D::Error::custom)?;
        Ok(EditForm {
            fields,
            take_theirs,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_read_apart_from_the_fields() {
        let form: EditForm = serde_html_form::from_str(
            "title=Mine&choose_title=theirs&choose_contact.email=mine&sdgs=6&sdgs=13&version=3",
        )
        .unwrap();
        assert_eq!(form.take_theirs, ["title"]);
        let input = form.fields.to_input();
        assert_eq!(input.title, "Mine");
        assert_eq!(input.sdgs, ["6", "13"]);
        assert_eq!(form.fields.version.as_deref(), Some("3"));
    }
}
