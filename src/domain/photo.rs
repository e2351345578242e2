//! Photos of a commitment: the limits, and the rules for the alt text and the caption.

use super::text::{char_len, has_control_chars, has_stray_control_chars};
use super::{Field, FieldErrors};

/// The most photos one commitment may have.
pub const MAX_PHOTOS: usize = 3;
/// The largest photo file accepted, in bytes (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The longest alt text, in characters.
pub const MAX_ALT_CHARS: usize = 250;
/// The longest caption, in characters.
pub const MAX_CAPTION_CHARS: usize = 500;

/// The file input.
pub const PHOTO: Field = Field::single("photo");
/// The alt text input.
pub const ALT_TEXT: Field = Field::single("alt_text");
/// The caption input.
pub const CAPTION: Field = Field::single("caption");

/// The refusal of a photo beyond [`MAX_PHOTOS`].
pub const TOO_MANY: &str = "A commitment can have at most 3 photos: delete one first";
/// The refusal of a file over [`MAX_BYTES`].
pub const TOO_LARGE: &str =
    "The selected file must be smaller than 5 MB: save a smaller copy and choose it again";
/// The refusal of a file that does not decode as an allowed image.
pub const NOT_AN_IMAGE: &str =
    "The selected file must be a JPEG, PNG or WebP image: save it as one and choose it again";
/// The refusal of an image too large to decode safely.
pub const TOO_MANY_PIXELS: &str =
    "The selected photo must be at most 40 megapixels and at most 12000 pixels on a side: save a smaller copy and choose it again";
/// A good photo sent with text that was refused: no browser can put a file back in the form.
pub const CHOOSE_AGAIN: &str =
    "Choose the photo again: it was not uploaded because of the problems with its text";
/// The refusal of a form without a file.
pub const NO_FILE: &str = "Select a photo to upload";

/// The words that go with a photo, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoText {
    pub alt_text: String,
    pub caption: String,
}

/// Checks the alt text (required, one line, ≤ 250 characters) and the caption (optional,
/// ≤ 500 characters); records every problem in `errors`.
pub fn check_text(alt_text: &str, caption: &str, errors: &mut FieldErrors) -> Option<PhotoText> {
    let alt = alt_text.trim();
    let alt_problem = if alt.is_empty() {
        Some("Enter alt text: say what the photo shows, for people who cannot see it")
    } else if has_control_chars(alt) {
        Some("Remove the line breaks and control characters from the alt text")
    } else if char_len(alt) > MAX_ALT_CHARS {
        Some("Alt text must be 250 characters or fewer")
    } else {
        None
    };
    let caption = caption.trim();
    let caption_problem = if has_stray_control_chars(caption) {
        Some("Remove the control characters from the caption")
    } else if char_len(caption) > MAX_CAPTION_CHARS {
        Some("Caption must be 500 characters or fewer")
    } else {
        None
    };
    if let Some(problem) = alt_problem {
        errors.add(ALT_TEXT, problem);
    }
    if let Some(problem) = caption_problem {
        errors.add(CAPTION, problem);
    }
    (alt_problem.is_none() && caption_problem.is_none()).then(|| PhotoText {
        alt_text: alt.to_string(),
        caption: caption.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(alt: &str, caption: &str) -> (Option<PhotoText>, FieldErrors) {
        let mut errors = FieldErrors::new();
        (check_text(alt, caption, &mut errors), errors)
    }

    #[test]
    fn alt_text_is_required_and_trimmed() {
        let (text, errors) = check("  A new well in Takeo ", "");
        assert_eq!(text.unwrap().alt_text, "A new well in Takeo");
        assert!(errors.is_empty());
        let (text, errors) = check("   ", "Opening day");
        assert!(text.is_none());
        assert!(errors
            .message_for(ALT_TEXT)
            .unwrap()
            .contains("say what the photo shows"));
    }

    #[test]
    fn alt_text_is_one_short_line() {
        assert_eq!(check(&"a".repeat(250), "").1, FieldErrors::new());
        let (_, errors) = check(&"a".repeat(251), "");
        assert!(errors.message_for(ALT_TEXT).unwrap().contains("250"));
        let (_, errors) = check("A well\nwith pupils", "");
        assert!(errors
            .message_for(ALT_TEXT)
            .unwrap()
            .contains("line breaks"));
        let (_, errors) = check("A well\u{7}", "");
        assert!(errors.mentions("alt_text"));
    }

    #[test]
    fn the_caption_is_optional_and_limited() {
        let (text, _) = check("A well", &"é".repeat(500));
        assert_eq!(text.unwrap().caption.chars().count(), 500);
        let (text, errors) = check("A well", &"c".repeat(501));
        assert!(text.is_none());
        assert!(errors.message_for(CAPTION).unwrap().contains("500"));
        let (text, _) = check("A well", "Line one\nline two");
        assert_eq!(text.unwrap().caption, "Line one\nline two");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let (_, errors) = check("", &"c".repeat(501));
        assert!(errors.mentions("alt_text") && errors.mentions("caption"));
    }
}
