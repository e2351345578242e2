//! The person's saved drafts: listed on the account page, opened as the form they were saved
//! from, deleted. Nobody else reaches them (404).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use crate::db::saved_drafts::{self, SavedDraft};
use crate::domain::{Account, FieldErrors, Workflow};
use crate::error::AppError;
use crate::forms::commitment::CommitmentForm;
use crate::site::render::{done_or_not_found, page};
use crate::site::CurrentUser;
use crate::state::AppState;
use crate::views::commitment_form::with_blank_rows;

use super::super::commitments::access::editable;
use super::super::commitments::form_page::FormPage;

/// One line of the account page's list of drafts.
#[derive(Debug)]
pub struct DraftLine {
    pub id: i64,
    /// The title as typed, or "Untitled draft".
    pub title: String,
    /// The commitment being edited; `None` for a registration.
    pub commitment_id: Option<i64>,
    /// "7 December 2026 at 14:05 UTC", in the page's language.
    pub saved: String,
}

impl DraftLine {
    fn of(draft: SavedDraft) -> Self {
        let title = match draft.title.trim() {
            "" => crate::i18n::text("account-draft-untitled"),
            title => title.to_string(),
        };
        DraftLine {
            id: draft.id,
            title,
            commitment_id: draft.commitment_id,
            saved: crate::views::review::moment(draft.updated_at),
        }
    }
}

/// The account's drafts for its page, the latest saved first.
pub async fn lines(state: &AppState, user_id: i64) -> Result<Vec<DraftLine>, AppError> {
    let drafts = state
        .db(move |conn| Ok(saved_drafts::list(conn, user_id)?))
        .await?;
    Ok(drafts.into_iter().map(DraftLine::of).collect())
}

fn draft_id(path: &str) -> Result<i64, AppError> {
    path.parse().map_err(|_| AppError::NotFound)
}

async fn own_draft(state: &AppState, user_id: i64, id: i64) -> Result<SavedDraft, AppError> {
    state
        .db(move |conn| Ok(saved_drafts::find(conn, user_id, id)?))
        .await?
        .ok_or(AppError::NotFound)
}

/// GET `/account/drafts/{id}`: the form the draft was saved from, filled in.
pub async fn open(
    state: web::Data<AppState>,
    CurrentUser(user): CurrentUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let draft = own_draft(&state, user.id, draft_id(&path)?).await?;
    let form: CommitmentForm = serde_html_form::from_str(&draft.body).unwrap_or_default();
    let input = with_blank_rows(form.to_input(), None);
    let mut shown = match draft.commitment_id {
        None => FormPage::register(input, FieldErrors::new(), false),
        Some(id) => {
            let (title, current, workflow) = still_editable(&state, id, &user).await?;
            let version = form.version.as_deref().and_then(|v| v.trim().parse().ok());
            FormPage::edit(id, version.unwrap_or(current), title, workflow, input)
        }
    };
    shown.extras.draft = Some(draft.id);
    page(StatusCode::OK, &shown)
}

/// The title, version and workflow of commitment `id` when `user` may still edit it (else 404
/// or 403).
async fn still_editable(
    state: &AppState,
    id: i64,
    user: &Account,
) -> Result<(String, i64, Workflow), AppError> {
    let commitment = editable(state, id, user).await?;
    Ok((
        commitment.content.title,
        commitment.version,
        commitment.workflow,
    ))
}

/// POST `/account/drafts/{id}/delete`.
pub async fn delete(
    state: web::Data<AppState>,
    CurrentUser(user): CurrentUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user_id, id) = (user.id, draft_id(&path)?);
    let deleted = state
        .db(move |conn| Ok(saved_drafts::delete(conn, user_id, id)?))
        .await?;
    done_or_not_found(deleted, "/account#drafts", "account-draft-deleted")
}
