//! Registering a commitment: the form that blocks broken data and never loses what was typed.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::form_page::FormPage;
use super::save_draft;
use crate::domain::commitment::stored::now;
use crate::domain::{Account, CommitmentRecord, Field, FieldErrors, Message, NewCommitment};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::i18n::text;
use crate::site::keep_form::KeptForms;
use crate::site::render::{lifted_at, page, see_other_saying, too_many};
use crate::site::sent::SentForm;
use crate::site::try_later::form_kept;
use crate::site::{VerifiedUser, Viewer};
use crate::state::AppState;
use crate::use_cases::register::{quota_reached_until, register, Registered};
use crate::use_cases::similar::{similar, Registration, SimilarCommitment};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};
use crate::views::commitment_form::with_blank_rows;

/// GET `/commitments/new` (verified accounts): blank, or filled with the form this browser
/// sent when its sign-in had ended.
pub async fn new_form(
    state: web::Data<AppState>,
    VerifiedUser(user): VerifiedUser,
    kept: KeptForms,
) -> Result<HttpResponse, AppError> {
    let (user_id, staff) = (user.id, user.role.is_moderator());
    let restored = kept.take(&state, "/commitments".into(), user_id).await?;
    let input = restored
        .as_deref()
        .and_then(|body| serde_html_form::from_str::<CommitmentForm>(body).ok())
        .map(|form| form.to_input());
    let restored = input.is_some();
    let input = with_blank_rows(input.unwrap_or_default(), None);
    // Said before anything is typed: a contributor at the daily quota learns when to come back.
    let mut errors = FieldErrors::new();
    if !staff {
        let quota = state.rate.settings().registrations_per_day;
        let reached = state
            .db(move |conn| Ok(quota_reached_until(conn, user_id, quota, now())?))
            .await?;
        if let Some(again_at) = reached {
            errors.add(Field::whole_form(), quota_message(quota, again_at));
        }
    }
    page(StatusCode::OK, &FormPage::register(input, errors, restored))
}

/// POST `/commitments`: 303 to the new commitment, 422 with every problem, 503 with the form
/// kept when it cannot be stored now, or the draft saved ("Save as draft"). A form sent after
/// the sign-in ended never gets here: the CSRF check keeps it (`site::keep_form`).
pub async fn create(
    state: web::Data<AppState>,
    Viewer(viewer): Viewer,
    sent: SentForm,
) -> Result<HttpResponse, AppError> {
    let form: CommitmentForm = serde_html_form::from_bytes(&sent.0)
        .map_err(|_| AppError::BadRequest(text("commitment-form-unreadable")))?;
    let Some(viewer) = viewer else {
        return Err(AppError::LoginRequired { next: None });
    };
    if !viewer.verified {
        return Err(AppError::Unverified);
    }
    if sent.wants_draft() {
        return save_draft::save(&state, &viewer, None, &sent).await;
    }
    let input = form.to_input();
    let draft = sent.draft_id();
    if let Some(row) = form.added_row() {
        let input = with_blank_rows(input, Some(row));
        return page(StatusCode::OK, &again(input, FieldErrors::new(), draft));
    }
    let content = match NewCommitment::parse(&input) {
        Ok(content) => content,
        Err(errors) => {
            let input = with_blank_rows(input, None);
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &again(input, errors, draft),
            );
        }
    };
    if !sent.registers_anyway() {
        let similar = similar_to(&state, &content, &viewer).await?;
        if !similar.is_empty() {
            let mut asking = again(with_blank_rows(input, None), FieldErrors::new(), draft);
            asking.extras.similar = similar;
            return page(StatusCode::OK, &asking);
        }
    }
    // Moderators and admins are not limited: they may enter commitments for others.
    let quota =
        (!viewer.role.is_moderator()).then_some(state.rate.settings().registrations_per_day);
    let by = (viewer.id, viewer.name.clone());
    let viewer_id = viewer.id;
    let registered = state
        .db(move |conn| Ok(register(conn, &content, viewer_id, quota)?))
        .await;
    let registered = match registered {
        Ok(registered) => registered,
        Err(error) => {
            let input = with_blank_rows(input, None);
            return form_kept(error, |errors| again(input, errors, draft));
        }
    };
    let id = match registered {
        Registered::Stored(id) => {
            let news = WorkflowNews::Submitted {
                id,
                by,
                resubmitted: false,
            };
            tell(&state, news).await;
            id
        }
        Registered::QuotaReached { quota, again_at } => {
            let form = again(with_blank_rows(input, None), FieldErrors::new(), draft);
            return quota_reached(form, quota, again_at);
        }
    };
    save_draft::forget(&state, viewer_id, &sent).await?;
    Ok(see_other_saying(
        &format!("/commitments/{id}"),
        text("commitment-registered"),
    ))
}

/// 429: the form with everything typed, and when the account may register again.
fn quota_reached(
    mut form: FormPage,
    quota: i64,
    again_at: chrono::NaiveDateTime,
) -> Result<HttpResponse, AppError> {
    let wait = (again_at - now()).to_std().unwrap_or_default();
    let message =
        Message::new("register-quota-unsaved").message("quota", quota_message(quota, again_at));
    form.errors.add(Field::whole_form(), message);
    too_many(&form, wait)
}

/// Commitments that may be the one `viewer` is registering (before it is saved).
async fn similar_to(
    state: &AppState,
    content: &NewCommitment,
    viewer: &Account,
) -> Result<Vec<SimilarCommitment>, AppError> {
    let (title, lead_entity) = (content.title.clone(), content.lead_entity.clone());
    let (viewer_id, sees_all) = (viewer.id, viewer.role.is_moderator());
    let engine = std::sync::Arc::clone(&state.search);
    state
        .db(move |conn| {
            let new = Registration {
                title: &title,
                lead_entity: &lead_entity,
                viewer_id,
                sees_all,
            };
            Ok(similar(conn, &engine, &new)?)
        })
        .await
}

/// The registration form again with what was typed, still tied to the draft it came from.
fn again(input: CommitmentRecord, errors: FieldErrors, draft: Option<i64>) -> FormPage {
    let mut form = FormPage::register(input, errors, false);
    form.extras.draft = draft;
    form
}

/// "You have registered 20 commitments in the last 24 hours, … from 14:05 UTC on 8 December
/// 2026 (in 3 hours)."
fn quota_message(quota: i64, again_at: chrono::NaiveDateTime) -> Message {
    lifted_at(
        Message::new("register-quota").number("quota", quota),
        again_at,
    )
}
