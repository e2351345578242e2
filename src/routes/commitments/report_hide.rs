//! A moderator hides a progress report: it leaves the public timeline, the API, the feed and
//! the reporting light; the owner and moderators still see it, marked, with the reason.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::show::{commitment_page, hide_field, report_field, ReviewAttempt};
use crate::domain::commitment::stored::now;
use crate::domain::report::deliverable_update::hide_reason;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::i18n::text;
use crate::site::render::see_other_saying;
use crate::site::{CommitmentPartPath, HtmlForm, RequireModerator};
use crate::state::AppState;
use crate::use_cases::report::{hide as hide_report, HideOutcome};
use crate::use_cases::workflow_mail::{tell, WorkflowNews};

/// The fields of a report's hide form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HideFields {
    reason: String,
}

/// POST `/commitments/{id}/reports/{report_id}/hide` (moderators): 303 to the commitment;
/// 422 without a reason; 409 when the report is hidden already; 404 for an unknown report.
pub async fn hide(
    state: web::Data<AppState>,
    RequireModerator(moderator): RequireModerator,
    CommitmentPartPath(id, report_id): CommitmentPartPath,
    HtmlForm(form): HtmlForm<HideFields>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    let status = match hide_reason(&form.reason, hide_field(report_id), &mut errors) {
        None => StatusCode::UNPROCESSABLE_ENTITY,
        Some(reason) => {
            let actor = moderator.id;
            let stored_reason = reason.clone();
            let outcome = state
                .db(move |conn| Ok(hide_report(conn, id, report_id, actor, &reason, now())?))
                .await?;
            match outcome {
                HideOutcome::Hidden => {
                    let news = WorkflowNews::ReportHidden {
                        id,
                        report_id,
                        reason: stored_reason,
                    };
                    tell(&state, news).await;
                    let message = text("commitment-report-now-hidden");
                    return Ok(see_other_saying(
                        &format!("/commitments/{id}#report-{report_id}"),
                        message,
                    ));
                }
                HideOutcome::NotFound => return Err(AppError::NotFound),
                HideOutcome::AlreadyHidden => {
                    errors.add(report_field(report_id), "report-already-hidden");
                    StatusCode::CONFLICT
                }
            }
        }
    };
    let attempt = ReviewAttempt {
        hide: Some((report_id, form.reason)),
        errors,
        ..ReviewAttempt::default()
    };
    commitment_page(&state, Some(moderator), id, attempt, status).await
}
