//! A merge with someone else's save, as pages say it: who saved and when, and each field both
//! changed with its three values, for the person to choose on the edit form.

use crate::domain::commitment::merge::Clash;
use crate::domain::record::keys::FORM_FIELDS;
use crate::format::time_and_date;
use crate::i18n::{text, text_with};
use crate::use_cases::edit::OthersSaved;

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
    // Vocabulary values, dates and lists in the page's language, as the history writes them.
    let wording = super::value_names::PageWording::current();
    clashes
        .iter()
        .map(|c| {
            let said = |value| shown(&c.text(value, &wording));
            ClashView {
                key: c.key.clone(),
                id: c.key.replace(['.', '_'], "-"),
                anchor: anchor(&c.key),
                label: super::history::field_label(&c.key, &c.label),
                original: c
                    .original
                    .as_ref()
                    .map_or_else(|| text("commitment-merge-not-known"), said),
                theirs: said(&c.theirs),
                mine: said(&c.mine),
                saved_by: saved_by.clone(),
                saved_at: when.clone(),
            }
        })
        .collect()
}

/// The flash after a merged save: "Your changes were merged with changes by … saved at …".
pub fn merged_message(others: &OthersSaved) -> String {
    text_with(
        "commitment-merged",
        &[
            ("who", who_saved(others).into()),
            ("when", time_and_date(others.at).into()),
        ],
    )
}

/// "Priya Sharma", "Priya Sharma and Tomás Díaz", or "someone else" when nobody is known.
pub fn who_saved(others: &OthersSaved) -> String {
    match others.names.split_last() {
        None => text("commitment-merge-someone-else"),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => text_with(
            "commitment-merge-names",
            &[
                ("names", rest.join(&text("list-separator")).into()),
                ("last", last.into()),
            ],
        ),
    }
}

fn shown(value: &str) -> String {
    match value.trim() {
        "" => text("commitment-merge-empty"),
        text => text.into(),
    }
}

impl ClashView {
    /// "Priya Sharma saved changes at 03:10 UTC on 7 December 2026. Their changes…".
    pub fn saved_line(&self) -> String {
        text_with(
            "commitment-merge-saved",
            &[
                ("who", self.saved_by.as_str().into()),
                ("when", self.saved_at.as_str().into()),
            ],
        )
    }

    /// "Saves the value in the form below, <a href="#title">Title</a>, where you can still
    /// change it.", as HTML: the label and anchor escaped.
    pub fn keep_mine_hint(&self) -> String {
        text_with(
            "commitment-merge-keep-mine-hint-html",
            &[
                ("anchor", super::html_escaped(&self.anchor).into()),
                ("label", super::html_escaped(&self.label).into()),
            ],
        )
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
