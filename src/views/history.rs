//! A commitment's history as its page shows it: saved versions with what changed, and the
//! review events, newest first.

use chrono::NaiveDateTime;

use super::review::{moment, EventView};
use super::value_names::PageWording;
use crate::db::reviews::WorkflowEvent;
use crate::db::revisions::Revision;
use crate::domain::commitment::diff::{changes_named, FieldChange};
use crate::domain::CommitmentRecord;
use crate::i18n::{text, text_with, Arg};

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
    let wording = PageWording::current();
    let mut items: Vec<HistoryItem> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let before = i.checked_sub(1).and_then(|j| records[j].as_ref());
            let found = match (before, records[i].as_ref()) {
                (Some(a), Some(b)) => changes_named(a, b, &wording),
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
    change
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
    use serde_json::json;

    /// The history's change of `key` from `old` to `new` (record keys and values), in `lang`.
    fn changed(
        lang: Lang,
        key: &str,
        old: serde_json::Value,
        new: serde_json::Value,
    ) -> FieldChange {
        let record = |value| {
            let mut json = serde_json::to_value(CommitmentRecord::default()).unwrap();
            json[key] = value;
            serde_json::from_value::<CommitmentRecord>(json).unwrap()
        };
        let (old, new) = (record(old), record(new));
        render_in(lang, || {
            let found = changes_named(&old, &new, &PageWording::current());
            in_words(found.into_iter().find(|c| c.key == key).unwrap())
        })
    }

    #[test]
    fn vocabulary_values_in_a_history_are_named_in_the_pages_language() {
        let regions = changed(
            Lang::Fr,
            "regions",
            json!(["africa"]),
            json!(["africa", "asia-pacific"]),
        );
        assert_eq!(regions.old, "Afrique");
        assert_eq!(regions.new, "Afrique, Asie et Pacifique");
        let category = changed(
            Lang::Fr,
            "category",
            json!("partnership"),
            json!("voluntary-commitment"),
        );
        assert_eq!(
            (category.old.as_str(), category.new.as_str()),
            ("Partenariat", "Engagement volontaire")
        );
    }

    #[test]
    fn countries_entity_types_and_methods_are_named_too_and_english_reads_as_on_the_filters() {
        let fr = |key: &str, value: serde_json::Value| {
            let empty = if value.is_array() {
                json!([])
            } else {
                json!("")
            };
            changed(Lang::Fr, key, empty, value).new
        };
        assert_eq!(fr("countries", json!(["KH", "FR"])), "Cambodge, France");
        assert_eq!(
            fr("entity_type", json!("local-government")),
            "Collectivité locale"
        );
        assert_eq!(
            fr("methods", json!(["capacity-building"])),
            "Renforcement des capacités"
        );
        assert_eq!(fr("language", json!("ar")), "Arabe");
        let arabic = changed(Lang::Ar, "countries", json!([]), json!(["KH", "FR"]));
        assert_eq!(arabic.new.matches("، ").count(), 1, "{}", arabic.new);
        assert!(!arabic.new.contains(", "), "{}", arabic.new);
        let english = changed(Lang::En, "regions", json!([]), json!(["africa"]));
        assert_eq!(english.new, "Africa");
    }

    #[test]
    fn vocabulary_values_inside_rows_are_named_too() {
        let partners = changed(
            Lang::Fr,
            "partners",
            json!([{"name": "WaterAid", "entity_type": "ngo"}]),
            json!([{"name": "WaterAid", "entity_type": "academic"}]),
        );
        assert_eq!(partners.old, "ONG · WaterAid");
        let deliverables = changed(
            Lang::Es,
            "deliverables",
            json!([]),
            json!([{"title": "Wells", "due_date": "2027-06-30", "status": "completed"}]),
        );
        assert!(
            deliverables.new.contains("Finalizado"),
            "{}",
            deliverables.new
        );
        assert!(
            deliverables.new.contains("30 de junio de 2027"),
            "dates are written as the page's language writes them: {}",
            deliverables.new
        );
        let start = changed(
            Lang::Fr,
            "start_date",
            json!("2024-01-05"),
            json!("2024-02-01"),
        );
        assert_eq!(
            (start.old.as_str(), start.new.as_str()),
            ("5 janvier 2024", "1er février 2024")
        );
        let resources = changed(
            Lang::Fr,
            "resources",
            json!([]),
            json!([{"kind": "in-kind", "description": "Pumps"}]),
        );
        assert!(
            resources.new.contains("Contribution en nature"),
            "{}",
            resources.new
        );
    }

    #[test]
    fn typed_text_and_unknown_values_stay_as_written() {
        let title = changed(Lang::Fr, "objective", json!("Old, new"), json!("x"));
        assert_eq!(title.old, "Old, new");
        let region = changed(Lang::Fr, "regions", json!([]), json!(["mars"]));
        assert_eq!((region.old.as_str(), region.new.as_str()), ("", "mars"));
        let partners = changed(
            Lang::Fr,
            "partners",
            json!([]),
            json!([{"name": "ngo", "entity_type": "ngo"}]),
        );
        assert_eq!(partners.new, "ONG · ngo", "a partner's name is typed text");
    }
}
