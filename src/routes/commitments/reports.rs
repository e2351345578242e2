//! Filing a progress report: the form, and the report appended in one transaction with the
//! deliverables' new statuses. Owners, editors and moderators, on published commitments only.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::access::Reporter;
use crate::domain::commitment::stored::now;
use crate::domain::report::deliverable_update::deliverable_changes;
use crate::domain::{Commitment, FieldErrors, NewProgressReport, Workflow};
use crate::error::AppError;
use crate::forms::report::ReportForm;
use crate::i18n::text;
use crate::site::keep_form::KeptForms;
use crate::site::render::{page, see_other_saying};
use crate::site::try_later::form_kept;
use crate::site::HtmlForm;
use crate::state::AppState;
use crate::use_cases::report::{file as file_report, FileOutcome};
use crate::views::report_form::{form_errors, ReportFormView};

/// The report form, blank or as sent with what to fix.
#[derive(Template)]
#[template(path = "commitments/reports/form.html")]
pub struct ReportFormPage {
    form: ReportFormView,
    errors: FieldErrors,
    /// True when the values come back from a form kept while the person signed in again.
    restored: bool,
}

/// The page for the owner, an editor or a moderator of a commitment that is not published: why no
/// report can be filed yet, and what happens next.
#[derive(Template)]
#[template(path = "commitments/reports/not_published.html")]
pub struct NotPublishedPage {
    id: i64,
    title: String,
    workflow: Workflow,
}

/// GET `/commitments/{id}/reports/new`.
pub async fn new_form(
    state: web::Data<AppState>,
    reporter: Reporter,
    kept: KeptForms,
) -> Result<HttpResponse, AppError> {
    let Reporter {
        commitment,
        known,
        published,
        user,
    } = reporter;
    if !published {
        return not_published(&commitment, commitment.workflow);
    }
    let id = commitment.id;
    let errors = FieldErrors::new();
    let kept_form = kept
        .take(&state, format!("/commitments/{id}/reports"), user.id)
        .await?;
    let restored = kept_form.and_then(|body| serde_html_form::from_str::<ReportForm>(&body).ok());
    let form = match &restored {
        Some(typed) => ReportFormView::typed(&commitment, &known, typed, &errors),
        None => ReportFormView::blank(&commitment, &known, state.today()),
    };
    let restored = restored.is_some();
    page(
        StatusCode::OK,
        &ReportFormPage {
            form,
            errors,
            restored,
        },
    )
}

/// POST `/commitments/{id}/reports`: 303 to the report on the commitment's page; 422 with
/// the form and every value when something is wrong (nothing written).
pub async fn create(
    state: web::Data<AppState>,
    Reporter {
        commitment,
        known,
        published,
        user,
    }: Reporter,
    HtmlForm(form): HtmlForm<ReportForm>,
) -> Result<HttpResponse, AppError> {
    if !published {
        return not_published(&commitment, commitment.workflow);
    }
    let id = commitment.id;
    let mut errors = FieldErrors::new();
    let start = commitment.content.start_date;
    let report = NewProgressReport::parse(&form.report, start, state.today(), None, &mut errors);
    let mut errors = form_errors(errors);
    let changes = deliverable_changes(
        &form.deliverable_id,
        &form.deliverable_status,
        &form.deliverable_was,
        &known,
        &mut errors,
    );
    let Some(report) = report.filter(|_| errors.is_empty()) else {
        let form = ReportFormView::typed(&commitment, &known, &form, &errors);
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ReportFormPage {
                form,
                errors,
                restored: false,
            },
        );
    };
    let author = user.id;
    let outcome = state
        .db(move |conn| Ok(file_report(conn, id, author, &report, &changes, now())?))
        .await;
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => {
            let form = ReportFormView::typed(&commitment, &known, &form, &errors);
            return form_kept(error, |errors| ReportFormPage {
                form,
                errors,
                restored: false,
            });
        }
    };
    match outcome {
        FileOutcome::Filed(report_id) => Ok(see_other_saying(
            &format!("/commitments/{id}#report-{report_id}"),
            text("commitment-report-filed"),
        )),
        FileOutcome::NotPublished(workflow) => not_published(&commitment, workflow),
        FileOutcome::NotFound => Err(AppError::NotFound),
    }
}

/// 409: the commitment's state does not allow a report (yet); nothing is written.
fn not_published(c: &Commitment, workflow: Workflow) -> Result<HttpResponse, AppError> {
    let explanation = NotPublishedPage {
        id: c.id,
        title: c.content.title.clone(),
        workflow,
    };
    page(StatusCode::CONFLICT, &explanation)
}
