//! A commitment's history as its page shows it: saved versions with what changed, and the
//! review events, newest first.

use chrono::NaiveDateTime;

use super::review::{moment, EventView};
use super::search::value_label;
use crate::db::reviews::WorkflowEvent;
use crate::db::revisions::Revision;
use crate::domain::commitment::diff::{changes, FieldChange};
use crate::domain::CommitmentRecord;
use crate::i18n::{text, text_with, Arg};
use crate::search::Facet;

/// Values the public does not see when the contact keeps them private.
const PRIVATE_KEYS: [&str; 2] = ["contact.email", "contact.phone"];

/// The review events everyone sees in a history (without the moderator's words): how the
/// commitment came in, and when it was published or archived.
const PUBLIC_EVENTS: [&str; 4] = ["imported", "submitted", "published", "archived"];

/// The events `events` a viewer sees: all of them for those who follow the review, else the
/// public ones without their comment (an import's comment, the state it came in, stays).
pub fn visible_events(events: Vec<WorkflowEvent>, follows: bool) -> Vec<WorkflowEvent> {
    if follows {
        return events;
    }
    events
        .into_iter()
        .filter(|e| PUBLIC_EVENTS.contains(&e.event.as_str()))
        .map(|mut e| {
            if e.event != "imported" {
                e.comment.clear();
            }
            e
        })
        .collect()
}

/// When the commitment last changed as its history shows it: the newest saved version or
/// visible event (`None` when the history is empty). The page's "Last updated" says this.
pub fn last_change(
    newest_revision: Option<NaiveDateTime>,
    events: &[WorkflowEvent],
) -> Option<NaiveDateTime> {
    events
        .iter()
        .map(|e| e.created_at)
        .chain(newest_revision)
        .max()
}

/// One entry of the history.
#[derive(Debug, Clone)]
pub struct HistoryItem {
    pub at: NaiveDateTime,
    pub when: String,
    pub datetime: String,
    /// Who, or how it came in, before the time: "by Ana Ruiz,", "Imported on".
    pub byline: String,
    pub what: String,
    pub changes: Vec<FieldChange>,
    pub comment: Vec<String>,
    /// The revision a moderator may restore from here (not the current one).
    pub restorable: Option<i64>,
}

/// The history: revisions (each compared with the one before) and, when `events` are given,
/// the review events; private contact details masked unless `show_private`.
pub fn history(
    revisions: &[Revision],
    events: &[WorkflowEvent],
    show_private: bool,
) -> Vec<HistoryItem> {
    let records: Vec<Option<CommitmentRecord>> = revisions
        .iter()
        .map(|r| CommitmentRecord::from_json(&r.snapshot).ok())
        .collect();
    let current = revisions.last().map(|r| r.id);
    let mut items: Vec<HistoryItem> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let before = i.checked_sub(1).and_then(|j| records[j].as_ref());
            let found = match (before, records[i].as_ref()) {
                (Some(a), Some(b)) => changes(a, b),
                _ => Vec::new(),
            };
            revision_item(
                r,
                mask(found, show_private),
                (Some(r.id) != current).then_some(r.id),
            )
        })
        .collect();
    items.extend(events.iter().map(event_item));
    items.sort_by_key(|item| std::cmp::Reverse(item.at));
    items
}

fn revision_item(r: &Revision, changes: Vec<FieldChange>, restorable: Option<i64>) -> HistoryItem {
    let version = ("version", Arg::from(r.version));
    let what = match (r.kind.as_str(), r.restored_from) {
        ("original", _) => text_with("commitment-version-original", &[version]),
        ("restored", Some(from)) => text_with(
            "commitment-version-restored",
            &[version, ("from", Arg::from(from))],
        ),
        ("reported", _) => text_with("commitment-version-reported", &[version]),
        _ => text_with("commitment-version-edited", &[version]),
    };
    HistoryItem {
        at: r.created_at,
        when: moment(r.created_at),
        datetime: r.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        byline: match &r.actor {
            Some(name) => by(name),
            None => text("commitment-history-as-it-stood"),
        },
        what,
        changes: changes.into_iter().map(in_words).collect(),
        comment: Vec::new(),
        restorable,
    }
}

fn event_item(e: &WorkflowEvent) -> HistoryItem {
    let view = EventView::from(e);
    let byline = match (e.event.as_str(), &e.actor) {
        ("imported", _) => text("commitment-history-imported-on"),
        (_, Some(name)) => by(name),
        (_, None) => text("commitment-history-by-registry"),
    };
    HistoryItem {
        at: e.created_at,
        when: view.when,
        datetime: view.datetime,
        byline,
        what: view.what,
        changes: Vec::new(),
        comment: view.comment,
        restorable: None,
    }
}

/// "by Ana Ruiz," before the time of a change.
fn by(name: &str) -> String {
    text_with("commitment-history-by", &[("name", name.into())])
}

/// The change with its field's name in the page's language.
fn in_words(mut change: FieldChange) -> FieldChange {
    change.label = field_label(&change.key, &change.label);
    if YES_OR_NO_KEYS.contains(&change.key.as_str()) {
        change.old = yes_or_no(change.old);
        change.new = yes_or_no(change.new);
    }
    if let Some(facet) = vocabulary_of(&change.key) {
        change.old = named_each(&change.old, facet);
        change.new = named_each(&change.new, facet);
    }
    change
}

/// The vocabulary of a field holding slugs or country codes, whose values the search's
/// filters already name in the page's language.
fn vocabulary_of(key: &str) -> Option<Facet> {
    Some(match key {
        "category" => Facet::Category,
        "entity_type" => Facet::EntityType,
        "regions" => Facet::Region,
        "methods" => Facet::Method,
        "countries" => Facet::Country,
        _ => return None,
    })
}

/// A value as `diff::text` writes it (a list joined by commas), each item by its name (an
/// item no vocabulary knows stays as stored).
fn named_each(value: &str, facet: Facet) -> String {
    if value.is_empty() {
        return String::new();
    }
    value
        .split(", ")
        .map(|item| value_label(facet, item))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields whose value is yes or no rather than what someone typed.
const YES_OR_NO_KEYS: [&str; 2] = ["contact.public", "ongoing"];

/// A yes/no value in the page's language.
fn yes_or_no(value: String) -> String {
    match value.as_str() {
        "yes" => text("commitment-value-yes"),
        "no" => text("commitment-value-no"),
        _ => value,
    }
}

/// The name of the field with record key `key` (`contact.email`) in the page's language;
/// `english` where the language has no words of its own for it.
pub fn field_label(key: &str, english: &str) -> String {
    text_with(
        "commitment-field-label",
        &[
            ("key", key.replace('.', "-").into()),
            ("label", english.into()),
        ],
    )
}

fn mask(found: Vec<FieldChange>, show_private: bool) -> Vec<FieldChange> {
    if show_private {
        return found;
    }
    found
        .into_iter()
        .map(|mut c| {
            if PRIVATE_KEYS.contains(&c.key.as_str()) {
                c.old = text("commitment-history-not-public");
                c.new = c.old.clone();
            }
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{render_in, Lang};

    fn change(key: &str, old: &str, new: &str) -> FieldChange {
        FieldChange {
            key: key.into(),
            label: key.into(),
            old: old.into(),
            new: new.into(),
        }
    }

    #[test]
    fn vocabulary_values_in_a_history_are_named_in_the_pages_language() {
        let regions = render_in(Lang::Fr, || {
            in_words(change("regions", "africa", "africa, asia-pacific"))
        });
        assert_eq!(regions.old, "Afrique");
        assert_eq!(regions.new, "Afrique, Asie et Pacifique");
        let category = render_in(Lang::Fr, || {
            in_words(change("category", "partnership", "voluntary-commitment"))
        });
        assert_eq!(
            (category.old.as_str(), category.new.as_str()),
            ("Partenariat", "Engagement volontaire")
        );
    }

    #[test]
    fn countries_entity_types_and_methods_are_named_too_and_english_reads_as_on_the_filters() {
        let fr =
            |key: &str, value: &str| render_in(Lang::Fr, || in_words(change(key, "", value)).new);
        assert_eq!(fr("countries", "KH, FR"), "Cambodge, France");
        assert_eq!(fr("entity_type", "local-government"), "Collectivité locale");
        assert_eq!(
            fr("methods", "capacity-building"),
            "Renforcement des capacités"
        );
        let english = render_in(Lang::En, || in_words(change("regions", "", "africa")));
        assert_eq!(english.new, "Africa");
    }

    #[test]
    fn typed_text_and_unknown_values_stay_as_written() {
        let title = render_in(Lang::Fr, || in_words(change("title", "Old, new", "x")));
        assert_eq!(title.old, "Old, new");
        let region = render_in(Lang::Fr, || in_words(change("regions", "", "mars")));
        assert_eq!((region.old.as_str(), region.new.as_str()), ("", "mars"));
    }
}
