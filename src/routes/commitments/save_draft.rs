//! "Save as draft" on the register and edit forms: the values kept as typed (only their size
//! is checked), for the person alone, until they delete or send them.

use actix_web::HttpResponse;

use crate::db::saved_drafts::{
    self, DraftContent, SAVED_DRAFTS_PER_ACCOUNT, SAVED_DRAFT_MAX_BYTES,
};
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::error::AppError;
use crate::i18n::{text, text_with};
use crate::site::render::see_other_saying;
use crate::site::sent::SentForm;
use crate::state::AppState;

/// Saves the form `sent` by `user` (a registration, or changes to `commitment_id`), over the
/// draft it was opened from; 303 to the draft, which opens the form again.
pub async fn save(
    state: &AppState,
    user: &Account,
    commitment_id: Option<i64>,
    sent: &SentForm,
) -> Result<HttpResponse, AppError> {
    let body = sent.to_keep();
    if body.len() > SAVED_DRAFT_MAX_BYTES {
        return Err(AppError::TooLarge);
    }
    let title = sent.value("title").unwrap_or_default().trim().to_string();
    let (user_id, existing) = (user.id, sent.draft_id());
    let saved = state
        .db(move |conn| {
            let draft = DraftContent {
                user_id,
                commitment_id,
                title: &title,
                body: &body,
            };
            Ok(saved_drafts::save(conn, existing, &draft, now())?)
        })
        .await?;
    let Some(id) = saved else {
        let count = ("count", crate::i18n::count(SAVED_DRAFTS_PER_ACCOUNT));
        return Err(AppError::BadRequest(text_with(
            "commitment-drafts-full",
            &[count],
        )));
    };
    Ok(see_other_saying(
        &format!("/account/drafts/{id}"),
        text("commitment-draft-saved"),
    ))
}

/// Forgets the draft a sent form was opened from, once the form itself is saved.
pub async fn forget(state: &AppState, user_id: i64, sent: &SentForm) -> Result<(), AppError> {
    let Some(id) = sent.draft_id() else {
        return Ok(());
    };
    state
        .db(move |conn| Ok(saved_drafts::delete(conn, user_id, id)?))
        .await
        .map(drop)
}
