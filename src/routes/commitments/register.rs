//! Registering a commitment: the form that blocks broken data and never loses what was typed.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::form_page::FormPage;
use crate::auth::token::{hash, Token};
use crate::db::drafts;
use crate::domain::commitment::stored::now;
use crate::domain::{FieldErrors, NewCommitment};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::site::render::{page, see_other};
use crate::site::{session, Site, VerifiedUser};
use crate::state::AppState;
use crate::use_cases::register::register;
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
    let restored = match query.into_inner().draft.filter(|t| !t.is_empty()) {
        Some(token) => {
            state
                .db(move |conn| Ok(drafts::take(conn, user.id, &hash(&token), now())?))
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
    page(
        StatusCode::OK,
        &FormPage::register(input, FieldErrors::new(), restored),
    )
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
    let id = state
        .db(move |conn| Ok(register(conn, &content, viewer.id)?))
        .await?;
    session::set_flash(
        &session,
        "Your commitment has been submitted. A moderator will review it before it is published.",
    )?;
    Ok(see_other(&format!("/commitments/{id}")))
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
