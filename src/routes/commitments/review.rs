//! A moderator's decision on a commitment: publish, return to its owner, or archive.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::show::{commitment_page, ReviewAttempt};
use crate::domain::commitment::stored::now;
use crate::domain::review::Review;
use crate::domain::{Decision, Field, FieldErrors};
use crate::error::AppError;
use crate::i18n::{text, text_with};
use crate::site::render::see_other_saying;
use crate::site::{CommitmentPath, HtmlForm, RequireModerator};
use crate::state::AppState;
use crate::use_cases::review::{decide as record_decision, DecisionOutcome};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};

/// The anchor of the review section, where a refusal that concerns no single field points.
const REVIEW_SECTION: Field = Field::single("review");

/// The fields of the review form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewFields {
    decision: String,
    comment: String,
}

/// POST `/commitments/{id}/review` (moderators and admins): 303 to the next commitment of the
/// review queue (or the queue when none is left) with a message, after mailing the owner and
/// editors; 422 with the form again when the input is wrong; 409 when the decision no longer
/// fits the commitment's state; 404 for an unknown commitment.
pub async fn decide(
    state: web::Data<AppState>,
    RequireModerator(moderator): RequireModerator,
    CommitmentPath(id): CommitmentPath,
    HtmlForm(form): HtmlForm<ReviewFields>,
) -> Result<HttpResponse, AppError> {
    let (status, errors) = match Review::parse(&form.decision, &form.comment) {
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Ok(review) => {
            let actor = moderator.id;
            let (decision, comment) = (review.decision, review.comment.clone());
            let outcome = state
                .db(move |conn| Ok(record_decision(conn, id, actor, &review, now())?))
                .await?;
            match outcome {
                DecisionOutcome::Done { title, next } => {
                    let news = WorkflowNews::Decided {
                        id,
                        decision,
                        comment,
                    };
                    tell(&state, news).await;
                    return Ok(see_other_saying(
                        &next_page(next),
                        done_message(decision, &title, next),
                    ));
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

/// Where the moderator goes on: the next commitment waiting for review, else the queue.
fn next_page(next: Option<i64>) -> String {
    match next {
        Some(next) => format!("/commitments/{next}"),
        None => "/moderation".to_string(),
    }
}

/// What the moderator is told once the decision is recorded, and where they are now.
fn done_message(decision: Decision, title: &str, next: Option<i64>) -> String {
    let done = decided_message(decision, title);
    let then = match next {
        Some(_) => text("commitment-review-next"),
        None => text("commitment-review-no-next"),
    };
    format!("{done} {then}")
}

fn decided_message(decision: Decision, title: &str) -> String {
    let key = match decision {
        Decision::Publish => "commitment-review-done-publish",
        Decision::Return => "commitment-review-done-return",
        Decision::Archive => "commitment-review-done-archive",
    };
    text_with(key, &[("title", title.into())])
}
