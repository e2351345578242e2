//! A merge with someone else's save, as pages say it: who saved and when, and each field both
//! changed with its three values, for the person to choose on the edit form.

use crate::domain::commitment::merge::Clash;
use crate::domain::record::keys::FORM_FIELDS;
use crate::format::time_and_date;
use crate::use_cases::edit::OthersSaved;

/// Shown for a value that is empty.
const EMPTY: &str = "(empty)";

/// One field both people changed, as the 409 form shows it beside the choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClashView {
    /// The merge key, posted as `choose_<key>` = `mine` | `theirs`.
    pub key: String,
    /// The key as a piece of an HTML id (`contact-email`).
    pub id: String,
    /// The id of the field's input on the form, to link to.
    pub anchor: String,
    pub label: String,
    pub original: String,
    pub theirs: String,
    pub mine: String,
    /// Who saved the other value ("Priya Sharma"), and when ("03:10 UTC on 7 December 2026").
    pub saved_by: String,
    pub saved_at: String,
}

/// The clashes of a merge with what `others` saved.
pub fn clash_views(clashes: &[Clash], others: &OthersSaved) -> Vec<ClashView> {
    let (saved_by, when) = (who_saved(others), time_and_date(others.at));
    clashes
        .iter()
        .map(|c| ClashView {
            key: c.key.clone(),
            id: c.key.replace(['.', '_'], "-"),
            anchor: anchor(&c.key),
            label: c.label.clone(),
            original: c.original.as_deref().map_or("(not known)".into(), shown),
            theirs: shown(&c.theirs),
            mine: shown(&c.mine),
            saved_by: saved_by.clone(),
            saved_at: when.clone(),
        })
        .collect()
}

/// The flash after a merged save: "Your changes were merged with changes by … saved at …".
pub fn merged_message(others: &OthersSaved) -> String {
    format!(
        "Your changes were merged with changes by {} saved at {}.",
        who_saved(others),
        time_and_date(others.at)
    )
}

/// "Priya Sharma", "Priya Sharma and Tomás Díaz", or "someone else" when nobody is known.
pub fn who_saved(others: &OthersSaved) -> String {
    match others.names.split_last() {
        None => "someone else".into(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn shown(value: &str) -> String {
    match value.trim() {
        "" => EMPTY.into(),
        text => text.into(),
    }
}

/// The id of the first input of the field with merge key `key` on the form: `title`,
/// `contact_email`, `partner_name-1` for a list of rows.
fn anchor(key: &str) -> String {
    let (record_key, sub) = key.split_once('.').unwrap_or((key, ""));
    let names = FORM_FIELDS.iter().filter(|f| f.record_key == record_key);
    let own = names
        .clone()
        .find(|f| f.name == record_key || (!sub.is_empty() && f.name.ends_with(sub)));
    match (own, names.clone().next()) {
        (Some(field), _) => field.name.to_string(),
        (None, Some(first_of_row)) => format!("{}-1", first_of_row.name),
        (None, None) => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::commitment::merge::merge_keys;
    use chrono::NaiveDateTime;

    #[test]
    fn each_clashing_field_links_to_its_input() {
        let anchors: Vec<String> = [
            "title",
            "contact.email",
            "partners",
            "sdgs",
            "completion_date",
        ]
        .iter()
        .map(|k| anchor(k))
        .collect();
        assert_eq!(
            anchors,
            [
                "title",
                "contact_email",
                "partner_name-1",
                "sdgs",
                "completion_date"
            ]
        );
        for key in merge_keys() {
            assert!(!anchor(key).contains('.'), "{key}");
        }
    }

    #[test]
    fn the_people_who_saved_are_named_once_each() {
        let at = NaiveDateTime::default();
        let others = |names: &[&str]| OthersSaved {
            names: names.iter().map(|n| n.to_string()).collect(),
            at,
        };
        assert_eq!(who_saved(&others(&[])), "someone else");
        assert_eq!(who_saved(&others(&["Priya"])), "Priya");
        assert_eq!(who_saved(&others(&["A", "B", "C"])), "A, B and C");
        assert_eq!(
            merged_message(&others(&["Priya"])),
            "Your changes were merged with changes by Priya saved at 00:00 UTC on 1 January 1970."
        );
    }
}
