//! `/commitments/{id}/history`: every saved change and review event; restoring a version.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::editors::find_with_standing;
use crate::db::{reviews, revisions};
use crate::domain::commitment::stored::now;
use crate::domain::people::access::{follows_review, may_see};
use crate::error::AppError;
use crate::i18n::{text, text_with};
use crate::site::render::{page, see_other_saying};
use crate::site::{CommitmentPartPath, CommitmentPath, RequireModerator, Viewer};
use crate::state::AppState;
use crate::use_cases::edit::{restore as restore_version, SaveOutcome};
use crate::views::history::{history, visible_events, HistoryItem};

/// The history page.
#[derive(Template)]
#[template(path = "commitments/history.html")]
pub struct HistoryPage {
    id: i64,
    title: String,
    items: Vec<HistoryItem>,
    /// Moderators get a restore button beside each earlier version.
    may_restore: bool,
    /// Owner, editors and moderators see every review event (the public: how it came in,
    /// publication and archiving).
    follows: bool,
}

/// GET `/commitments/{id}/history`.
pub async fn show(
    state: web::Data<AppState>,
    Viewer(viewer): Viewer,
    CommitmentPath(id): CommitmentPath,
) -> Result<HttpResponse, AppError> {
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let found = state
        .db(move |conn| {
            let Some((c, standing)) = find_with_standing(conn, id, viewer_id)? else {
                return Ok(None);
            };
            let saved = revisions::all(conn, id)?;
            Ok(Some((c, standing, saved, reviews::history(conn, id)?)))
        })
        .await?;
    let (c, standing, saved, events) = found
        .filter(|(c, standing, _, _)| may_see(c.workflow, *standing, viewer.as_ref()))
        .ok_or(AppError::NotFound)?;
    let follows = follows_review(standing, viewer.as_ref());
    let events = visible_events(events, follows);
    let items = history(&saved, &events, follows || c.content.contact.public);
    let may_restore = viewer.is_some_and(|v| v.role.is_moderator());
    page(
        StatusCode::OK,
        &HistoryPage {
            id,
            title: c.content.title,
            items,
            may_restore,
            follows,
        },
    )
}

/// POST `/commitments/{id}/history/{revision_id}/restore` (moderators).
pub async fn restore(
    state: web::Data<AppState>,
    RequireModerator(moderator): RequireModerator,
    CommitmentPartPath(id, revision_id): CommitmentPartPath,
) -> Result<HttpResponse, AppError> {
    let outcome = state
        .db(move |conn| Ok(restore_version(conn, id, revision_id, moderator.id, now())?))
        .await?;
    let message = match outcome {
        SaveOutcome::Saved { version, .. } => {
            text_with("commitment-restored", &[("version", version.into())])
        }
        _ => text("commitment-restore-same"),
    };
    Ok(see_other_saying(
        &format!("/commitments/{id}/history"),
        message,
    ))
}
