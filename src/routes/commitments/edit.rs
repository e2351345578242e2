//! Keeping a commitment up to date: the edit form, the version check, and "what changed".

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::form_page::{FormPage, FormPurpose};
use crate::db::editors::find_with_standing;
use crate::domain::commitment::stored::now;
use crate::domain::people::access::edit_refusal;
use crate::domain::{Commitment, CommitmentRecord, FieldErrors, NewCommitment};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::site::render::{page, see_other};
use crate::site::{session, CommitmentPath, CurrentUser, HtmlForm};
use crate::state::AppState;
use crate::use_cases::edit::{save, Edit, SaveOutcome};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};
use crate::views::commitment_form::with_blank_rows;

/// Loads commitment `id` for `user` to change, or the refusal (404 or 403).
async fn editable(
    state: &AppState,
    id: i64,
    user: &crate::domain::Account,
) -> Result<Commitment, AppError> {
    let viewer = user.id;
    let (commitment, standing) = state
        .db(move |conn| Ok(find_with_standing(conn, id, Some(viewer))?))
        .await?
        .ok_or(AppError::NotFound)?;
    match edit_refusal(commitment.workflow, standing, user) {
        Some(refusal) => Err(refusal.into()),
        None => Ok(commitment),
    }
}

fn form_page(
    c: &Commitment,
    version: i64,
    input: CommitmentRecord,
    errors: FieldErrors,
) -> FormPage {
    FormPage {
        input,
        errors,
        restored: false,
        purpose: FormPurpose::Edit {
            id: c.id,
            version,
            title: c.content.title.clone(),
        },
        conflict: Vec::new(),
    }
}

/// GET `/commitments/{id}/edit` (owner, editors and moderators).
pub async fn edit_form(
    state: web::Data<AppState>,
    CurrentUser(user): CurrentUser,
    CommitmentPath(id): CommitmentPath,
) -> Result<HttpResponse, AppError> {
    let c = editable(&state, id, &user).await?;
    let input = with_blank_rows(c.content.to_record(), None);
    page(
        StatusCode::OK,
        &form_page(&c, c.version, input, FieldErrors::new()),
    )
}

/// POST `/commitments/{id}/edit`: 303 to the commitment, 422 with every problem, or 409 with
/// the person's input kept and what someone else changed meanwhile.
pub async fn update(
    state: web::Data<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    CommitmentPath(id): CommitmentPath,
    HtmlForm(form): HtmlForm<CommitmentForm>,
) -> Result<HttpResponse, AppError> {
    let c = editable(&state, id, &user).await?;
    let base_version: i64 = form
        .version
        .as_deref()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| {
            AppError::BadRequest(
                "The form lacks the version it was loaded at. Reload the edit page and try again."
                    .into(),
            )
        })?;
    let input = form.to_input();
    if let Some(row) = form.added_row() {
        return page(
            StatusCode::OK,
            &form_page(
                &c,
                base_version,
                with_blank_rows(input, Some(row)),
                FieldErrors::new(),
            ),
        );
    }
    let content = match NewCommitment::parse(&input) {
        Ok(content) => content,
        Err(errors) => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&c, base_version, with_blank_rows(input, None), errors),
            )
        }
    };
    let (commitment_id, actor) = (c.id, user.id);
    let outcome = state
        .db(move |conn| {
            Ok(save(
                conn,
                &Edit {
                    id: commitment_id,
                    base_version,
                    content: &content,
                    actor,
                    at: now(),
                },
            )?)
        })
        .await?;
    let message = match outcome {
        SaveOutcome::Conflict {
            current_version,
            changed,
        } => {
            let mut conflicted = form_page(
                &c,
                current_version,
                with_blank_rows(input, None),
                FieldErrors::new(),
            );
            conflicted.conflict = changed;
            return page(StatusCode::CONFLICT, &conflicted);
        }
        SaveOutcome::Unchanged => "Nothing had changed, so nothing was saved.",
        SaveOutcome::Saved {
            resubmitted: true, ..
        } => {
            let by = (user.id, user.name.clone());
            tell(&state, WorkflowNews::resubmitted(c.id, by)).await;
            "Your changes are saved, and the commitment is awaiting review again."
        }
        SaveOutcome::Saved { .. } => "Your changes are saved.",
    };
    session::set_flash(&session, message)?;
    Ok(see_other(&format!("/commitments/{}", c.id)))
}
