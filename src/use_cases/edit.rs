//! Saving changes to a commitment: the version check, the new revision, the search text, and
//! the return to review of a returned commitment, all in one immediate transaction.

use chrono::NaiveDateTime;
use diesel::result::Error as DieselError;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::commitments::{record_event, replace_content};
use crate::db::load::find;
use crate::db::revisions::{self, NewRevision};
use crate::db::workflow::set_workflow;
use crate::domain::commitment::diff::{changes, FieldChange};
use crate::domain::record::exchange::content_to_record;
use crate::domain::{Commitment, CommitmentRecord, NewCommitment, Workflow};

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved as `version`; `resubmitted` when a returned commitment went back to review.
    Saved { version: i64, resubmitted: bool },
    /// Nothing differed from what is stored: nothing written.
    Unchanged,
    /// Someone saved since `base_version`: nothing written; what they changed.
    Conflict {
        current_version: i64,
        changed: Vec<FieldChange>,
    },
}

/// Who saves what, from which version.
pub struct Edit<'a> {
    pub id: i64,
    pub base_version: i64,
    pub content: &'a NewCommitment,
    pub actor: i64,
    pub at: NaiveDateTime,
}

/// Saves an edit unless someone else saved since `base_version`.
pub fn save(conn: &mut SqliteConnection, edit: &Edit<'_>) -> QueryResult<SaveOutcome> {
    conn.immediate_transaction(|conn| {
        let current = find(conn, edit.id)?.ok_or(DieselError::NotFound)?;
        if current.version != edit.base_version {
            let changed = changed_since(conn, &current, edit.base_version)?;
            return Ok(SaveOutcome::Conflict {
                current_version: current.version,
                changed,
            });
        }
        write_version(
            conn,
            &current,
            edit.content,
            edit.actor,
            ("edited", None),
            edit.at,
        )
    })
}

/// Makes the content of revision `revision_id` current again, as a new revision.
pub fn restore(
    conn: &mut SqliteConnection,
    id: i64,
    revision_id: i64,
    actor: i64,
    at: NaiveDateTime,
) -> QueryResult<SaveOutcome> {
    conn.immediate_transaction(|conn| {
        let current = find(conn, id)?.ok_or(DieselError::NotFound)?;
        let revision = revisions::all(conn, id)?
            .into_iter()
            .find(|r| r.id == revision_id)
            .ok_or(DieselError::NotFound)?;
        let content = CommitmentRecord::from_json(&revision.snapshot)
            .ok()
            .and_then(|record| NewCommitment::parse(&record).ok())
            .ok_or_else(|| corrupt(id, revision_id))?;
        write_version(
            conn,
            &current,
            &content,
            actor,
            ("restored", Some(revision.version)),
            at,
        )
    })
}

/// What changed from the revision saved as `base_version` to the current content.
fn changed_since(
    conn: &mut SqliteConnection,
    current: &Commitment,
    base_version: i64,
) -> QueryResult<Vec<FieldChange>> {
    let base = revisions::all(conn, current.id)?
        .into_iter()
        .find(|r| r.version == base_version)
        .and_then(|r| CommitmentRecord::from_json(&r.snapshot).ok());
    let now = content_to_record(&current.content, true);
    Ok(base
        .map(|before| changes(&before, &now))
        .unwrap_or_default())
}

fn write_version(
    conn: &mut SqliteConnection,
    current: &Commitment,
    content: &NewCommitment,
    actor: i64,
    (kind, restored_from): (&'static str, Option<i64>),
    at: NaiveDateTime,
) -> QueryResult<SaveOutcome> {
    let before = content_to_record(&current.content, true);
    let after = content_to_record(content, true);
    if changes(&before, &after).is_empty() {
        return Ok(SaveOutcome::Unchanged);
    }
    if !revisions::exists_for(conn, current.id)? {
        let original = snapshot(&before, current.id)?;
        let first = NewRevision {
            commitment_id: current.id,
            version: current.version,
            actor_id: None,
            kind: "original",
            restored_from: None,
            snapshot: &original,
            at: current.updated_at,
        };
        revisions::record(conn, &first)?;
    }
    let version = replace_content(conn, current.id, content, at)?;
    let saved = snapshot(&after, current.id)?;
    let revision = NewRevision {
        commitment_id: current.id,
        version,
        actor_id: Some(actor),
        kind,
        restored_from,
        snapshot: &saved,
        at,
    };
    revisions::record(conn, &revision)?;
    let resubmitted = current.workflow == Workflow::Returned;
    if resubmitted {
        set_workflow(conn, current.id, Workflow::Submitted)?;
        record_event(conn, current.id, Some(actor), "resubmitted", "", at)?;
    }
    Ok(SaveOutcome::Saved {
        version,
        resubmitted,
    })
}

fn snapshot(record: &CommitmentRecord, id: i64) -> QueryResult<String> {
    serde_json::to_string(record)
        .map_err(|e| DieselError::SerializationError(format!("commitment {id}: {e}").into()))
}

fn corrupt(id: i64, revision: i64) -> DieselError {
    DieselError::DeserializationError(
        format!("commitment {id}: revision {revision} does not hold a valid commitment").into(),
    )
}
