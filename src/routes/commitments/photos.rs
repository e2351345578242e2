//! Photos of a commitment: its owner, editors and moderators add up to three and delete them;
//! anyone who may see the commitment sees them, served from `/photos/{photo_id}`.

use actix_multipart::Multipart;
use actix_web::http::header::{self, ContentEncoding};
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use anyhow::Context;

use super::access::{Admitted, ChangesPhotos};
use super::photo_upload::{check_photo, read_form, reserve_slot, store, PhotoForm};
use super::show::{commitment_id, commitment_page, PhotoTyped, ReviewAttempt};
use crate::db::photos;
use crate::domain::people::access::may_see;
use crate::domain::photo::{check_text, CHOOSE_AGAIN, PHOTO, TOO_MANY};
use crate::domain::{Field, FieldErrors, Workflow};
use crate::error::AppError;
use crate::i18n::text;
use crate::photos::{files, Encoding};
use crate::site::render::see_other_saying;
use crate::site::try_later::with_retry_after;
use crate::site::{CommitmentPartPath, Viewer};
use crate::state::AppState;
use crate::use_cases::photos::{delete as delete_photo, AddOutcome};

/// How long a browser or proxy may keep a photo of a public commitment (ids are never reused).
const PUBLIC_CACHE: &str = "public, max-age=3600";

/// POST `/commitments/{id}/photos` (owner, editors and moderators; multipart `photo`, `alt_text`,
/// `caption`): 303 to the photos; 422 with the page, the problems and the text kept; 503 with
/// the text kept when the registry is busy or cannot store the photo now.
pub async fn upload(
    state: web::Data<AppState>,
    Admitted { id, user, .. }: Admitted<ChangesPhotos>,
    multipart: Multipart,
) -> Result<HttpResponse, AppError> {
    let form = read_form(multipart).await?;
    let typed = PhotoTyped {
        alt_text: form.alt_text.clone(),
        caption: form.caption.clone(),
    };
    let mut errors = FieldErrors::new();
    let added = add(&state, id, user.id, form, &mut errors).await;
    let passing = match added {
        Ok(Some(photo_id)) => {
            return Ok(see_other_saying(
                &format!("/commitments/{id}#photo-{photo_id}"),
                text("commitment-photo-added"),
            ));
        }
        Ok(None) => None,
        Err(error) => {
            let passing = error.into_passing()?;
            errors.add(Field::whole_form(), passing.message.clone());
            Some(passing)
        }
    };
    let attempt = ReviewAttempt {
        photo: typed,
        errors,
        ..ReviewAttempt::default()
    };
    let Some(passing) = passing else {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return commitment_page(&state, Some(user), id, attempt, status).await;
    };
    let page = commitment_page(&state, Some(user), id, attempt, passing.status).await?;
    Ok(with_retry_after(page, &passing))
}

/// Adds the photo of `form` to commitment `id`: its id, or `None` with the problems in
/// `errors`. The slot is reserved before decoding and held until the row is written.
async fn add(
    state: &AppState,
    id: i64,
    uploader: i64,
    form: PhotoForm,
    errors: &mut FieldErrors,
) -> Result<Option<i64>, AppError> {
    let slot = reserve_slot(state, id).await?;
    let photo = check_photo(state, slot.is_some(), form.upload, errors).await?;
    let mut text_errors = FieldErrors::new();
    let text = check_text(&form.alt_text, &form.caption, &mut text_errors);
    if photo.is_some() && text.is_none() {
        // The browser cannot send the file again by itself: say so beside the file input.
        errors.add(PHOTO, CHOOSE_AGAIN);
    }
    text_errors
        .iter()
        .for_each(|e| errors.add(e.field, e.message.clone()));
    let (Some(photo), Some(text), Some(slot)) = (photo, text, slot) else {
        return Ok(None);
    };
    match store(state, (id, uploader, slot), text, photo).await? {
        AddOutcome::Added(photo_id) => Ok(Some(photo_id)),
        AddOutcome::TooMany => {
            errors.add(PHOTO, TOO_MANY);
            Ok(None)
        }
    }
}

/// POST `/commitments/{id}/photos/{photo_id}/delete` (owner, editors, moderators): removes the row,
/// then the file; 303 back to the commitment with a message.
pub async fn delete(
    state: web::Data<AppState>,
    Admitted { id, .. }: Admitted<ChangesPhotos>,
    CommitmentPartPath(_, photo_id): CommitmentPartPath,
) -> Result<HttpResponse, AppError> {
    let name = state
        .db(move |conn| Ok(delete_photo(conn, id, photo_id)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let dir = state.settings.uploads_dir();
    state.blocking(move || files::remove(&dir, &name)).await?;
    Ok(see_other_saying(
        &format!("/commitments/{id}#photos"),
        text("commitment-photo-deleted"),
    ))
}

/// GET `/photos/{photo_id}`: the photo, for whoever may see its commitment (404 otherwise).
pub async fn serve(
    state: web::Data<AppState>,
    Viewer(viewer): Viewer,
    photo_id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let photo_id = commitment_id(&photo_id)?;
    let viewer_id = viewer.as_ref().map(|v| v.id);
    let (photo, guard) = state
        .db(move |conn| Ok(photos::find(conn, photo_id, viewer_id)?))
        .await?
        .filter(|(_, g)| may_see(g.workflow, g.standing, viewer.as_ref()))
        .ok_or(AppError::NotFound)?;
    let encoding = Encoding::from_content_type(&photo.content_type).ok_or(AppError::NotFound)?;
    let dir = state.settings.uploads_dir();
    let name = photo.file_name.clone();
    let bytes = state
        .blocking(move || files::read(&dir, &name))
        .await?
        .context("reading a photo file")?
        .ok_or_else(|| {
            tracing::warn!(photo_id, "a photo's file is missing");
            AppError::NotFound
        })?;
    let public = matches!(guard.workflow, Workflow::Published | Workflow::Archived);
    let cache = if public {
        PUBLIC_CACHE
    } else {
        "private, no-store"
    };
    let file_name = format!("photo-{photo_id}.{}", encoding.extension());
    Ok(HttpResponse::Ok()
        .content_type(encoding.content_type())
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header(ContentEncoding::Identity)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{file_name}\""),
        ))
        .body(bytes))
}
