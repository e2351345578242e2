//! Saving changes to a commitment: the version check (merging with what others saved since the
//! form was opened), the new revision, the search text, and the return to review of a returned
//! commitment, all in one immediate transaction.

use chrono::NaiveDateTime;
use diesel::result::Error as DieselError;
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::commitments::{bump_version, record_event, replace_content, NewWorkflowEvent};
use crate::db::load::find;
use crate::db::revisions::{self, NewRevision};
use crate::db::workflow::set_workflow;
use crate::domain::commitment::diff::changes;
use crate::domain::commitment::merge::{merge, Clash};
use crate::domain::record::exchange::content_to_record;
use crate::domain::{Commitment, CommitmentRecord, FieldErrors, NewCommitment, Workflow};

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved as `version`; `resubmitted` when a returned commitment went back to review;
    /// `merged_with` the others whose changes since the form was opened were kept.
    Saved {
        version: i64,
        resubmitted: bool,
        merged_with: Option<OthersSaved>,
    },
    /// Nothing differed from what is stored: nothing written.
    Unchanged,
    /// Someone saved since `base_version` and changed some of the same fields: nothing
    /// written; the merged record (this person's values in the clashing fields) to show.
    Conflict(Box<Unmerged>),
    /// The merge is not a valid commitment (a date rule across fields one changed each):
    /// nothing written; the merged record, with what to fix.
    MergedInvalid(Box<Unmerged>, FieldErrors),
}

/// A merge the person has to finish: from `current_version`, the merged record and the fields
/// both changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmerged {
    pub current_version: i64,
    pub merged: CommitmentRecord,
    pub clashes: Vec<Clash>,
    pub others: OthersSaved,
}

/// Who saved the commitment after the version a form was opened from, and when the last did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OthersSaved {
    /// Their names, each once, in the order they saved ("the registry" for imports).
    pub names: Vec<String>,
    pub at: NaiveDateTime,
}

/// Who saves what, from which version.
pub struct Edit<'a> {
    pub id: i64,
    pub base_version: i64,
    pub content: &'a NewCommitment,
    pub actor: i64,
    pub at: NaiveDateTime,
}

/// Saves an edit; when someone else saved since `base_version`, merges field by field with
/// their changes and saves the merge unless both changed the same field.
pub fn save(conn: &mut SqliteConnection, edit: &Edit<'_>) -> QueryResult<SaveOutcome> {
    conn.immediate_transaction(|conn| {
        let current = find(conn, edit.id)?.ok_or(DieselError::NotFound)?;
        if current.version == edit.base_version {
            return write_version(
                conn,
                &current,
                edit.content,
                edit.actor,
                ("edited", None),
                edit.at,
            );
        }
        let base = record_of_version(conn, &current, edit.base_version)?;
        let theirs = content_to_record(&current.content, true);
        let merged = merge(
            base.as_ref(),
            &theirs,
            &content_to_record(edit.content, true),
        );
        let unmerged = Box::new(Unmerged {
            current_version: current.version,
            merged: merged.record,
            clashes: merged.clashes,
            others: others_since(conn, current.id, edit.base_version)?,
        });
        if !unmerged.clashes.is_empty() {
            return Ok(SaveOutcome::Conflict(unmerged));
        }
        let content = match NewCommitment::parse(&unmerged.merged) {
            Ok(content) => content,
            Err(errors) => return Ok(SaveOutcome::MergedInvalid(unmerged, errors)),
        };
        let saved = write_version(
            conn,
            &current,
            &content,
            edit.actor,
            ("edited", None),
            edit.at,
        )?;
        Ok(match saved {
            SaveOutcome::Saved {
                version,
                resubmitted,
                ..
            } => SaveOutcome::Saved {
                version,
                resubmitted,
                merged_with: Some(unmerged.others),
            },
            other => other,
        })
    })
}

/// The content of commitment `id` as saved at `version` (the current content if that is the
/// current version), private details included; `None` when that version is not kept.
pub fn content_at_version(
    conn: &mut SqliteConnection,
    id: i64,
    version: i64,
) -> QueryResult<Option<CommitmentRecord>> {
    match find(conn, id)? {
        Some(current) => record_of_version(conn, &current, version),
        None => Ok(None),
    }
}

fn record_of_version(
    conn: &mut SqliteConnection,
    current: &Commitment,
    version: i64,
) -> QueryResult<Option<CommitmentRecord>> {
    if version == current.version {
        return Ok(Some(content_to_record(&current.content, true)));
    }
    Ok(revisions::all(conn, current.id)?
        .into_iter()
        .find(|r| r.version == version)
        .and_then(|r| CommitmentRecord::from_json(&r.snapshot).ok()))
}

/// Who saved commitment `id` after `base_version`.
fn others_since(
    conn: &mut SqliteConnection,
    id: i64,
    base_version: i64,
) -> QueryResult<OthersSaved> {
    let saved = revisions::since(conn, id, base_version)?;
    let mut names: Vec<String> = Vec::new();
    for revision in &saved {
        let name = revision.actor.as_deref().unwrap_or("the registry");
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    let at = saved.last().map(|r| r.created_at).unwrap_or_default();
    Ok(OthersSaved { names, at })
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
    keep_original(conn, current)?;
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
        record_event(
            conn,
            NewWorkflowEvent::new(current.id, Some(actor), "resubmitted", at),
        )?;
    }
    Ok(SaveOutcome::Saved {
        version,
        resubmitted,
        merged_with: None,
    })
}

/// Records the content of `before` as its first revision, unless it has revisions already.
fn keep_original(conn: &mut SqliteConnection, before: &Commitment) -> QueryResult<()> {
    if revisions::exists_for(conn, before.id)? {
        return Ok(());
    }
    let original = snapshot(&content_to_record(&before.content, true), before.id)?;
    let first = NewRevision {
        commitment_id: before.id,
        version: before.version,
        actor_id: None,
        kind: "original",
        restored_from: None,
        snapshot: &original,
        at: before.updated_at,
    };
    revisions::record(conn, &first)
}

/// Records deliverable statuses that a progress report set as a new version of the commitment
/// (`before` as it was), so that an edit form opened earlier merges them as someone else's
/// change instead of putting the old statuses back. Call in the report's transaction, after
/// the statuses are written.
pub(crate) fn record_report_version(
    conn: &mut SqliteConnection,
    before: &Commitment,
    actor: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    keep_original(conn, before)?;
    let version = bump_version(conn, before.id)?;
    let after = find(conn, before.id)?.ok_or(DieselError::NotFound)?;
    let saved = snapshot(&content_to_record(&after.content, true), before.id)?;
    revisions::record(
        conn,
        &NewRevision {
            commitment_id: before.id,
            version,
            actor_id: Some(actor),
            kind: "reported",
            restored_from: None,
            snapshot: &saved,
            at,
        },
    )
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
