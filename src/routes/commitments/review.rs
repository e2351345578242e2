//! A moderator's decision on a commitment: publish, return to its owner, or archive.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::show::{commitment_page, ReviewAttempt};
use crate::domain::commitment::stored::now;
use crate::domain::review::Review;
use crate::domain::{Decision, Field, FieldErrors};
use crate::error::AppError;
use crate::site::render::see_other;
use crate::site::{session, CommitmentPath, HtmlForm, RequireModerator};
use crate::state::AppState;
use crate::use_cases::review::{decide as record_decision, DecisionOutcome};

/// The anchor of the review section, where a refusal that concerns no single field points.
const REVIEW_SECTION: Field = Field::single("review");

/// The fields of the review form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewFields {
    decision: String,
    comment: String,
}

/// POST `/commitments/{id}/review` (moderators and admins): 303 to the commitment with a
/// message; 422 with the form again when the input is wrong; 409 when the decision no longer
/// fits the commitment's state; 404 for an unknown commitment.
pub async fn decide(
    state: web::Data<AppState>,
    session: Session,
    RequireModerator(moderator): RequireModerator,
    CommitmentPath(id): CommitmentPath,
    HtmlForm(form): HtmlForm<ReviewFields>,
) -> Result<HttpResponse, AppError> {
    let (status, errors) = match Review::parse(&form.decision, &form.comment) {
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Ok(review) => {
            let actor = moderator.id;
            let decision = review.decision;
            let outcome = state
                .db(move |conn| Ok(record_decision(conn, id, actor, &review, now())?))
                .await?;
            match outcome {
                DecisionOutcome::Done { title } => {
                    session::set_flash(&session, &done_message(decision, &title))?;
                    return Ok(see_other(&format!("/commitments/{id}")));
                }
                DecisionOutcome::NotFound => return Err(AppError::NotFound),
                DecisionOutcome::DoesNotFit { current } => {
                    let mut errors = FieldErrors::new();
                    errors.add(REVIEW_SECTION, decision.refusal(current));
                    (StatusCode::CONFLICT, errors)
                }
            }
        }
    };
    let attempt = ReviewAttempt {
        decision: form.decision,
        comment: form.comment,
        errors,
        ..ReviewAttempt::default()
    };
    commitment_page(&state, Some(moderator), id, attempt, status).await
}

/// What the moderator is told once the decision is recorded.
fn done_message(decision: Decision, title: &str) -> String {
    match decision {
        Decision::Publish => format!("“{title}” is published: it now appears in searches."),
        Decision::Return => {
            format!("“{title}” was returned to its owner, who can read your comment.")
        }
        Decision::Archive => {
            format!("“{title}” is archived: its page stays, but it no longer appears in searches.")
        }
    }
}
