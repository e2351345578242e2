//! Registering a commitment: the form that blocks broken data and never loses what was typed.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::form_page::FormPage;
use crate::auth::token::{hash, Token};
use crate::db::drafts;
use crate::domain::commitment::stored::now;
use crate::domain::{Field, FieldErrors, NewCommitment};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::site::render::{page, see_other, too_many};
use crate::site::{session, Site, VerifiedUser};
use crate::state::AppState;
use crate::use_cases::register::{quota_reached_until, register, Registered};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};
use crate::views::commitment_form::with_blank_rows;

/// The query of the blank form: a draft to restore after signing in again.
#[derive(Deserialize)]
pub struct NewQuery {
    draft: Option<String>,
}

/// GET `/commitments/new` (verified accounts).
pub async fn new_form(
    state: web::Data<AppState>,
    VerifiedUser(user): VerifiedUser,
    query: web::Query<NewQuery>,
) -> Result<HttpResponse, AppError> {
    let (user_id, staff) = (user.id, user.role.is_moderator());
    let restored = match query.into_inner().draft.filter(|t| !t.is_empty()) {
        Some(token) => {
            state
                .db(move |conn| Ok(drafts::take(conn, user_id, &hash(&token), now())?))
                .await?
        }
        None => None,
    };
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

/// POST `/commitments`: 303 to the new commitment, 422 with every problem, or (when the
/// sign-in ended while typing) keep the form and ask to sign in again.
pub async fn create(
    state: web::Data<AppState>,
    site: Site,
    session: Session,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let form: CommitmentForm = serde_html_form::from_bytes(&body).map_err(|_| {
        AppError::BadRequest("The form could not be read. Go back and try again.".into())
    })?;
    let Some(viewer) = site.0.viewer.clone() else {
        // Kept only for an account whose sign-in ended in this browser: anyone else just signs in.
        return match session::lapsed_account(&session) {
            Some(user_id) => keep_for_later(&state, &session, user_id, &body).await,
            None => Err(AppError::LoginRequired { next: None }),
        };
    };
    if !viewer.verified {
        return Err(AppError::Unverified);
    }
    let input = form.to_input();
    if let Some(row) = form.added_row() {
        let input = with_blank_rows(input, Some(row));
        return page(
            StatusCode::OK,
            &FormPage::register(input, FieldErrors::new(), false),
        );
    }
    let content = match NewCommitment::parse(&input) {
        Ok(content) => content,
        Err(errors) => {
            let input = with_blank_rows(input, None);
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage::register(input, errors, false),
            );
        }
    };
    // Moderators and admins are not limited: they may enter commitments for others.
    let quota =
        (!viewer.role.is_moderator()).then_some(state.rate.settings().registrations_per_day);
    let by = (viewer.id, viewer.name.clone());
    let registered = state
        .db(move |conn| Ok(register(conn, &content, viewer.id, quota)?))
        .await?;
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
            return quota_reached(with_blank_rows(input, None), quota, again_at);
        }
    };
    session::set_flash(
        &session,
        "Your commitment has been submitted. A moderator will review it before it is published.",
    )?;
    Ok(see_other(&format!("/commitments/{id}")))
}

/// 429: the form with everything typed, and when the account may register again.
fn quota_reached(
    input: crate::domain::CommitmentRecord,
    quota: i64,
    again_at: chrono::NaiveDateTime,
) -> Result<HttpResponse, AppError> {
    let wait = (again_at - now()).to_std().unwrap_or_default();
    let message = format!(
        "{} Nothing has been saved: keep this page open or copy what you typed.",
        quota_message(quota, again_at)
    );
    let mut errors = FieldErrors::new();
    errors.add(Field::whole_form(), message);
    too_many(&FormPage::register(input, errors, false), wait)
}

/// "You have registered 20 commitments in the last 24 hours, … from 14:05 UTC on 8 December
/// 2026 (in 3 hours)."
fn quota_message(quota: i64, again_at: chrono::NaiveDateTime) -> String {
    let wait = (again_at - now()).to_std().unwrap_or_default();
    format!(
        "You have registered {quota} commitments in the last 24 hours, the most an account may register in a day. You can register another from {} UTC on {} (in {}).",
        again_at.format("%H:%M"),
        crate::format::long_date(again_at.date()),
        crate::format::describe_wait(wait),
    )
}

/// Keeps the posted form (without its CSRF token) and sends the person to sign in, then back
/// to the form with every value.
async fn keep_for_later(
    state: &AppState,
    session: &Session,
    user_id: i64,
    body: &[u8],
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(body).unwrap_or_default();
    let kept: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(name, _)| name != "csrf_token")
        .collect();
    let text = serde_html_form::to_string(&kept)
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("keeping a draft: {e}")))?;
    let token = Token::generate();
    let token_hash = token.hash();
    state
        .db(move |conn| Ok(drafts::save(conn, user_id, &token_hash, &text, now())?))
        .await?;
    session::set_flash(
        session,
        "Your sign-in had ended. Sign in again to continue: everything you typed has been kept.",
    )?;
    Err(AppError::LoginRequired {
        next: Some(format!("/commitments/new?draft={}", token.0)),
    })
}
