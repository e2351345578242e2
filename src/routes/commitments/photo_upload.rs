//! The parts of a photo upload: reading the multipart form, checking the photo (the bytes
//! decide, never the file name or declared type) and storing its file and row together.

use std::sync::Arc;

use actix_multipart::Multipart;
use actix_web::web::Bytes;
use anyhow::Context;
use futures_util::StreamExt;

use crate::db::photos::{self, NewPhoto};
use crate::domain::commitment::stored::now;
use crate::domain::photo::{
    PhotoText, MAX_BYTES, MAX_PHOTOS, NOT_AN_IMAGE, NO_FILE, PHOTO, TOO_LARGE, TOO_MANY,
    TOO_MANY_PIXELS,
};
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::i18n::text;
use crate::photos::clean::{decoding_memory, Refusal};
use crate::photos::files::{new_name, PendingFile};
use crate::photos::slots::SlotTicket;
use crate::photos::{clean, CleanPhoto};
use crate::state::AppState;
use crate::use_cases::photos::{add as add_photo, AddOutcome};

/// The most bytes read of a text field (far beyond any valid alt text or caption).
const TEXT_LIMIT: usize = 64 * 1024;

/// The file field of the form.
pub enum Upload {
    /// No file chosen (or an empty one).
    Missing,
    /// Over [`MAX_BYTES`]: read to its end and dropped.
    TooLarge,
    File(Bytes),
}

/// The upload form as sent.
pub struct PhotoForm {
    pub alt_text: String,
    pub caption: String,
    pub upload: Upload,
}

fn unreadable() -> AppError {
    AppError::BadRequest(text("commitment-form-unreadable"))
}

/// Reads the `photo`, `alt_text` and `caption` fields (others are skipped), whatever their
/// order; a photo over the limit is noted, not kept, so the text fields still come back.
pub async fn read_form(mut multipart: Multipart) -> Result<PhotoForm, AppError> {
    let mut form = PhotoForm {
        alt_text: String::new(),
        caption: String::new(),
        upload: Upload::Missing,
    };
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(|_| unreadable())?;
        let name = field.name().unwrap_or_default().to_string();
        let limit = if name == "photo" {
            MAX_BYTES
        } else {
            TEXT_LIMIT
        };
        let bytes = match field.bytes(limit).await {
            Ok(read) => Some(read.map_err(|_| unreadable())?),
            Err(_) => None,
        };
        let text = || {
            let bytes = bytes.clone().ok_or_else(unreadable)?;
            Ok::<_, AppError>(String::from_utf8_lossy(&bytes).into_owned())
        };
        match name.as_str() {
            "photo" => {
                form.upload = match bytes {
                    None => Upload::TooLarge,
                    Some(b) if b.is_empty() => Upload::Missing,
                    Some(b) => Upload::File(b),
                }
            }
            "alt_text" => form.alt_text = text()?,
            "caption" => form.caption = text()?,
            _ => {}
        }
    }
    Ok(form)
}

/// Reserves a photo slot of commitment `id` before anything is decoded: the ticket to hold
/// until the photo is stored, or `None` when the stored photos and the uploads ahead of this
/// one fill every slot.
pub async fn reserve_slot(state: &AppState, id: i64) -> Result<Option<SlotTicket>, AppError> {
    let ticket = state.photo_slots.queue(id);
    let slots = Arc::clone(&state.photo_slots);
    state
        .db(move |conn| {
            slots.settled(|| {
                let taken = photos::count(conn, id)? + ticket.ahead();
                Ok((taken < MAX_PHOTOS).then_some(ticket))
            })
        })
        .await
}

/// Checks the upload: a slot for it, a file within the limit, and an image that decodes
/// (within the bounds on expensive work); records the problem in `errors`, or returns the
/// cleaned photo.
pub async fn check_photo(
    state: &AppState,
    has_slot: bool,
    upload: Upload,
    errors: &mut FieldErrors,
) -> Result<Option<CleanPhoto>, AppError> {
    let problem = match upload {
        _ if !has_slot => TOO_MANY,
        Upload::Missing => NO_FILE,
        Upload::TooLarge => TOO_LARGE,
        Upload::File(bytes) => match decode(state, bytes).await? {
            Ok(photo) => return Ok(Some(photo)),
            Err(Refusal::NotAnImage) => NOT_AN_IMAGE,
            Err(Refusal::TooManyPixels) => TOO_MANY_PIXELS,
        },
    };
    errors.add(PHOTO, problem);
    Ok(None)
}

/// Cleans the photo in `bytes` once the memory its header says it takes is free (with a core):
/// refused from the header alone, without waiting, when it is not an image we decode.
async fn decode(state: &AppState, bytes: Bytes) -> Result<Result<CleanPhoto, Refusal>, AppError> {
    let memory = match decoding_memory(&bytes) {
        Ok(memory) => memory,
        Err(refusal) => return Ok(Err(refusal)),
    };
    state.decoding(memory, move || clean(&bytes)).await
}

/// Stores `photo` for commitment `id`: the file under a temporary name, then the row in an
/// immediate transaction that ends by renaming the file; on any failure the file is removed.
/// The upload's `slot` is given up in the same settled step as the row is written.
pub async fn store(
    state: &AppState,
    (id, uploader, slot): (i64, i64, SlotTicket),
    text: PhotoText,
    photo: CleanPhoto,
) -> Result<AddOutcome, AppError> {
    let dir = state.settings.uploads_dir();
    let slots = Arc::clone(&state.photo_slots);
    state
        .db(move |conn| {
            let name = new_name(photo.encoding.extension());
            let file = PendingFile::write(&dir, &name, &photo.bytes).context("writing a photo")?;
            let row = NewPhoto {
                commitment_id: id,
                file_name: name,
                content_type: photo.encoding.content_type().to_string(),
                width: i32::try_from(photo.width).context("photo width")?,
                height: i32::try_from(photo.height).context("photo height")?,
                byte_size: i64::try_from(photo.bytes.len()).context("photo size")?,
                alt_text: text.alt_text,
                caption: text.caption,
                uploaded_by: Some(uploader),
                created_at: now(),
            };
            slots.settled(|| {
                let outcome = add_photo(conn, &row, &file)?;
                if matches!(outcome, AddOutcome::Added(_)) {
                    file.commit();
                }
                drop(slot);
                Ok(outcome)
            })
        })
        .await
}
