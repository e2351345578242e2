//! Co-editors of a commitment: its owner (or a moderator) adds and removes them; a moderator
//! may make one of them the owner. Editors themselves may not change who edits.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::access::{Admitted, ManagesEditors};
use super::show::{commitment_page, ReviewAttempt};
use crate::domain::commitment::stored::now;
use crate::domain::{Field, FieldErrors};
use crate::error::AppError;
use crate::i18n::text_with;
use crate::site::render::{done_or_not_found, see_other_saying};
use crate::site::{CommitmentPartPath, HtmlForm, RequireModerator};
use crate::state::AppState;
use crate::use_cases::editors::{self, AddOutcome};

/// The form to add an editor.
#[derive(Debug, Deserialize)]
pub struct EditorForm {
    #[serde(default)]
    email: String,
}

/// POST `/commitments/{id}/editors` (`email`): 303 to the commitment, or 422 with the page
/// and the address kept when there is no such account or it owns or edits it already.
pub async fn add(
    state: web::Data<AppState>,
    Admitted { id, user, .. }: Admitted<ManagesEditors>,
    HtmlForm(form): HtmlForm<EditorForm>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim().to_string();
    let outcome = if email.is_empty() {
        None
    } else {
        let by = user.id;
        Some(
            state
                .db(move |conn| Ok(editors::add(conn, id, &email, by, now())?))
                .await?,
        )
    };
    let message = match outcome {
        Some(AddOutcome::Added(name)) => {
            let added = text_with("commitment-editors-added", &[("name", name.into())]);
            return Ok(see_other_saying(&format!("/commitments/{id}"), added));
        }
        None => "editor-email-missing",
        Some(AddOutcome::NoAccount) => "editor-no-account",
        Some(AddOutcome::IsOwner) => "editor-is-owner",
        Some(AddOutcome::AlreadyEditor) => "editor-already",
    };
    let mut errors = FieldErrors::new();
    errors.add(Field::single("email"), message);
    let attempt = ReviewAttempt {
        editor_email: form.email,
        errors,
        ..ReviewAttempt::default()
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    commitment_page(&state, Some(user), id, attempt, status).await
}

/// POST `/commitments/{id}/editors/{user_id}/delete`: the editor can no longer change it.
pub async fn remove(
    state: web::Data<AppState>,
    Admitted { id, .. }: Admitted<ManagesEditors>,
    CommitmentPartPath(_, editor): CommitmentPartPath,
) -> Result<HttpResponse, AppError> {
    let removed = state
        .db(move |conn| Ok(editors::remove(conn, id, editor)?))
        .await?;
    done_or_not_found(
        removed,
        &format!("/commitments/{id}"),
        "commitment-editors-removed",
    )
}

/// POST `/commitments/{id}/editors/{user_id}/owner` (moderators): the editor becomes the
/// owner, and the previous owner an editor.
pub async fn make_owner(
    state: web::Data<AppState>,
    RequireModerator(moderator): RequireModerator,
    CommitmentPartPath(id, editor): CommitmentPartPath,
) -> Result<HttpResponse, AppError> {
    let by = moderator.id;
    let moved = state
        .db(move |conn| Ok(editors::make_owner(conn, id, editor, by, now())?))
        .await?;
    let to = format!("/commitments/{id}");
    done_or_not_found(moved, &to, "commitment-editors-owner-moved")
}
