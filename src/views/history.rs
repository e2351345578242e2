//! A commitment's history as its page shows it: saved versions with what changed, and the
//! review events, newest first.

use chrono::NaiveDateTime;

use super::review::{moment, EventView};
use crate::db::reviews::WorkflowEvent;
use crate::db::revisions::Revision;
use crate::domain::commitment::diff::{changes, FieldChange};
use crate::domain::CommitmentRecord;

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
    let what = match (r.kind.as_str(), r.restored_from) {
        ("original", _) => format!("Version {}: as it was before the first edit", r.version),
        ("restored", Some(from)) => format!("Version {}: version {from} restored", r.version),
        _ => format!("Version {}: edited", r.version),
    };
    HistoryItem {
        at: r.created_at,
        when: moment(r.created_at),
        datetime: r.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        byline: match &r.actor {
            Some(name) => format!("by {name},"),
            None => "as it stood on".into(),
        },
        what,
        changes,
        comment: Vec::new(),
        restorable,
    }
}

fn event_item(e: &WorkflowEvent) -> HistoryItem {
    let view = EventView::from(e);
    let byline = match (e.event.as_str(), &e.actor) {
        ("imported", _) => "Imported on".to_string(),
        (_, Some(name)) => format!("by {name},"),
        (_, None) => "by the registry on".to_string(),
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

fn mask(found: Vec<FieldChange>, show_private: bool) -> Vec<FieldChange> {
    if show_private {
        return found;
    }
    found
        .into_iter()
        .map(|mut c| {
            if PRIVATE_KEYS.contains(&c.key.as_str()) {
                c.old = "(not public)".into();
                c.new = "(not public)".into();
            }
            c
        })
        .collect()
}
