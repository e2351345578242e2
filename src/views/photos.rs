//! A commitment's photos as its page shows them: a figure each, with alt text and caption.

use crate::db::photos::Photo;
use crate::domain::photo::MAX_PHOTOS;
use crate::format::paragraphs;

/// One photo on the page.
#[derive(Debug, Clone)]
pub struct PhotoView {
    pub id: i64,
    pub alt_text: String,
    /// The caption's paragraphs (none when there is no caption).
    pub caption: Vec<String>,
    pub width: i32,
    pub height: i32,
}

impl From<&Photo> for PhotoView {
    fn from(photo: &Photo) -> Self {
        PhotoView {
            id: photo.id,
            alt_text: photo.alt_text.clone(),
            caption: paragraphs(&photo.caption),
            width: photo.width,
            height: photo.height,
        }
    }
}

/// What the upload form says about room for more.
pub fn room_left(photos: &[PhotoView]) -> usize {
    MAX_PHOTOS.saturating_sub(photos.len())
}
