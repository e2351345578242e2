//! One commitment: its page, registration, editing, history, editors, photos, reports, review.

pub(super) mod contact;
pub(super) mod edit;
pub(super) mod editors;
pub(super) mod form_page;
pub(super) mod history;
pub(super) mod photo_upload;
pub(super) mod photos;
pub(super) mod register;
pub(super) mod report_hide;
pub(super) mod reports;
pub(super) mod review;
pub(super) mod save_draft;
pub(super) mod show;

use crate::db::editors::find_with_standing;
use crate::domain::people::access::Standing;
use crate::domain::{Account, Commitment};
use crate::error::AppError;
use crate::state::AppState;

/// Commitment `id` and how `user` stands towards it (owner, editor, ...), or 404 when there is
/// no such commitment; what `user` may do with it is the caller's rule to apply.
async fn with_standing(
    state: &AppState,
    id: i64,
    user: &Account,
) -> Result<(Commitment, Standing), AppError> {
    let viewer = user.id;
    state
        .db(move |conn| Ok(find_with_standing(conn, id, Some(viewer))?))
        .await?
        .ok_or(AppError::NotFound)
}
