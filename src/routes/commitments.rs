//! One commitment's page, with its review for the owner and moderators.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::auth::access::{follows_review, may_see};
use crate::db::load::find;
use crate::db::reviews::history;
use crate::db::users::Account;
use crate::domain::stored::today;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::site::render::page;
use crate::site::Site;
use crate::state::AppState;
use crate::views::review::ReviewArea;
use crate::views::CommitmentDetail;

/// One commitment's page.
#[derive(Template)]
#[template(path = "commitments/show.html")]
pub struct ShowPage {
    c: CommitmentDetail,
    /// For the owner and moderators: the moderator's comment, the history, the review form.
    review: Option<ReviewArea>,
    /// Problems with a review just sent (the page is then the review form shown again).
    errors: FieldErrors,
}

/// A review form sent back with problems: what was typed, and what is wrong.
#[derive(Debug, Default)]
pub struct ReviewAttempt {
    pub decision: String,
    pub comment: String,
    pub errors: FieldErrors,
}

/// The id in a commitment's path; anything else is a page that does not exist.
pub fn commitment_id(raw: &str) -> Result<i64, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// GET `/commitments/{id}`: published and archived commitments are public; the others are
/// shown only to their owner and moderators (404 to everyone else).
pub async fn show(
    state: web::Data<AppState>,
    site: Site,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = commitment_id(&id)?;
    let viewer = site.0.viewer.clone();
    commitment_page(&state, viewer, id, ReviewAttempt::default(), StatusCode::OK).await
}

/// The page of commitment `id` as `viewer` may see it, answered with `status` (a review sent
/// back with problems is shown in its form, with the error summary on top).
pub async fn commitment_page(
    state: &AppState,
    viewer: Option<Account>,
    id: i64,
    attempt: ReviewAttempt,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let reader = viewer.clone();
    let (commitment, events) = state
        .db(move |conn| {
            let Some(commitment) = find(conn, id)? else {
                return Ok(None);
            };
            let events = if follows_review(commitment.owner_id, reader.as_ref()) {
                history(conn, id)?
            } else {
                Vec::new()
            };
            Ok(Some((commitment, events)))
        })
        .await?
        .filter(|(c, _)| may_see(c.workflow, c.owner_id, viewer.as_ref()))
        .ok_or(AppError::NotFound)?;
    let review = follows_review(commitment.owner_id, viewer.as_ref()).then(|| {
        let moderator = viewer.as_ref().is_some_and(|v| v.role.is_moderator());
        let typed = (attempt.decision, attempt.comment);
        ReviewArea::new(commitment.workflow, &events, moderator, typed)
    });
    let mut detail = CommitmentDetail::new(&commitment, today());
    if follows_review(commitment.owner_id, viewer.as_ref()) {
        detail = detail.reveal_contact(&commitment);
    }
    let show = ShowPage {
        c: detail,
        review,
        errors: attempt.errors,
    };
    page(status, &show)
}
