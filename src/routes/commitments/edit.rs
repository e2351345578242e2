//! Keeping a commitment up to date: the edit form, and the save merged with anyone else's since
//! the form was opened (a 409 to choose when both changed a field).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::access::Editable;
use super::form_page::{FormExtras, FormPage, FormPurpose};
use super::save_draft;
use crate::domain::commitment::merge::take_fields;
use crate::domain::commitment::stored::now;
use crate::domain::{Commitment, CommitmentRecord, FieldErrors, NewCommitment};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::forms::merge::EditForm;
use crate::i18n::text;
use crate::site::keep_form::KeptForms;
use crate::site::render::{page, see_other_saying};
use crate::site::sent::SentForm;
use crate::site::try_later::form_kept;
use crate::site::HtmlForm;
use crate::state::AppState;
use crate::use_cases::edit::{content_at_version, save, Edit, SaveOutcome, Unmerged};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};
use crate::views::commitment_form::with_blank_rows;
use crate::views::merge::{clash_views, merged_message};

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
            workflow: c.workflow,
        },
        conflict: Vec::new(),
        extras: FormExtras::default(),
    }
}

/// GET `/commitments/{id}/edit` (owner, editors and moderators): the commitment as saved, or
/// the form this browser sent when its sign-in had ended.
pub async fn edit_form(
    state: web::Data<AppState>,
    Editable {
        commitment: c,
        user,
    }: Editable,
    kept: KeptForms,
) -> Result<HttpResponse, AppError> {
    let kept_form = kept
        .take(&state, format!("/commitments/{}/edit", c.id), user.id)
        .await?;
    if let Some(form) =
        kept_form.and_then(|body| serde_html_form::from_str::<CommitmentForm>(&body).ok())
    {
        let version = form.version.as_deref().and_then(|v| v.trim().parse().ok());
        let input = with_blank_rows(form.to_input(), None);
        let mut restored = form_page(&c, version.unwrap_or(c.version), input, FieldErrors::new());
        restored.restored = true;
        return page(StatusCode::OK, &restored);
    }
    let input = with_blank_rows(c.content.to_record(), None);
    page(
        StatusCode::OK,
        &form_page(&c, c.version, input, FieldErrors::new()),
    )
}

/// POST `/commitments/{id}/edit`: 303 to the commitment (merged with anyone's save since the
/// form was opened), 422 with every problem, or 409 with the merged form and, for each field
/// both changed, the three values to choose from.
pub async fn update(
    state: web::Data<AppState>,
    Editable {
        commitment: c,
        user,
    }: Editable,
    HtmlForm(form): HtmlForm<EditForm>,
    sent: SentForm,
) -> Result<HttpResponse, AppError> {
    if sent.wants_draft() {
        return save_draft::save(&state, &user, Some(c.id), &sent).await;
    }
    let base_version: i64 = form
        .fields
        .version
        .as_deref()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| AppError::BadRequest(text("commitment-form-no-version")))?;
    let input = with_choices_taken(&state, c.id, base_version, &form).await?;
    if let Some(row) = form.fields.added_row() {
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
        .await;
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => {
            let input = with_blank_rows(input, None);
            return form_kept(error, |errors| form_page(&c, base_version, input, errors));
        }
    };
    let message = match outcome {
        SaveOutcome::Conflict(unmerged) => {
            return unmerged_page(&c, *unmerged, FieldErrors::new(), StatusCode::CONFLICT)
        }
        SaveOutcome::MergedInvalid(unmerged, errors) => {
            return unmerged_page(&c, *unmerged, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        SaveOutcome::Unchanged => text("commitment-unchanged"),
        SaveOutcome::Saved {
            resubmitted,
            merged_with,
            ..
        } => {
            if resubmitted {
                let by = (user.id, user.name.clone());
                tell(&state, WorkflowNews::resubmitted(c.id, by)).await;
            }
            saved_message(resubmitted, merged_with.as_ref().map(merged_message))
        }
    };
    Ok(see_other_saying(&format!("/commitments/{}", c.id), message))
}

/// The posted input with the person's "take theirs" choices applied: those fields as saved at
/// the version the form carries (the other person's values, when it came from a 409).
async fn with_choices_taken(
    state: &AppState,
    id: i64,
    version: i64,
    form: &EditForm,
) -> Result<CommitmentRecord, AppError> {
    let input = form.fields.to_input();
    if form.take_theirs.is_empty() {
        return Ok(input);
    }
    let theirs = state
        .db(move |conn| Ok(content_at_version(conn, id, version)?))
        .await?;
    Ok(match theirs {
        Some(theirs) => take_fields(&input, &theirs, form.take_theirs.iter().map(String::as_str)),
        None => input,
    })
}

/// The merged form, from the current version, with each field both changed to choose (409),
/// or with what to fix when the merge breaks a rule (422).
fn unmerged_page(
    c: &Commitment,
    unmerged: Unmerged,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let input = with_blank_rows(unmerged.merged, None);
    let mut merged = form_page(c, unmerged.current_version, input, errors);
    merged.conflict = clash_views(&unmerged.clashes, &unmerged.others);
    page(status, &merged)
}

fn saved_message(resubmitted: bool, merged: Option<String>) -> String {
    let saved = text(match resubmitted {
        true => "commitment-saved-resubmitted",
        false => "commitment-saved",
    });
    match merged {
        Some(merged) => format!("{merged} {saved}"),
        None => saved,
    }
}
