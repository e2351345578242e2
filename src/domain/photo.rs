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

/// Message keys of the refusals.
///
/// The refusal of a photo beyond [`MAX_PHOTOS`].
pub const TOO_MANY: &str = "photo-too-many";
/// The refusal of a file over [`MAX_BYTES`].
pub const TOO_LARGE: &str = "photo-too-large";
/// The refusal of a file that does not decode as an allowed image.
pub const NOT_AN_IMAGE: &str = "photo-not-an-image";
/// The refusal of an image too large to decode safely.
pub const TOO_MANY_PIXELS: &str = "photo-too-many-pixels";
/// A good photo sent with text that was refused: no browser can put a file back in the form.
pub const CHOOSE_AGAIN: &str = "photo-choose-again";
/// The refusal of a form without a file.
pub const NO_FILE: &str = "photo-missing";

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
        Some("photo-alt-missing")
    } else if has_control_chars(alt) {
        Some("photo-alt-not-one-line")
    } else if char_len(alt) > MAX_ALT_CHARS {
        Some("photo-alt-too-long")
    } else {
        None
    };
    let caption = caption.trim();
    let caption_problem = if has_stray_control_chars(caption) {
        Some("photo-caption-control-chars")
    } else if char_len(caption) > MAX_CAPTION_CHARS {
        Some("photo-caption-too-long")
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
        assert_eq!(
            errors.message_for(ALT_TEXT).unwrap().key,
            "photo-alt-missing"
        );
    }

    #[test]
    fn alt_text_is_one_short_line() {
        assert_eq!(check(&"a".repeat(250), "").1, FieldErrors::new());
        let (_, errors) = check(&"a".repeat(251), "");
        assert_eq!(
            errors.message_for(ALT_TEXT).unwrap().key,
            "photo-alt-too-long"
        );
        let (_, errors) = check("A well\nwith pupils", "");
        assert_eq!(
            errors.message_for(ALT_TEXT).unwrap().key,
            "photo-alt-not-one-line"
        );
        let (_, errors) = check("A well\u{7}", "");
        assert!(errors.mentions("alt_text"));
    }

    #[test]
    fn the_caption_is_optional_and_limited() {
        let (text, _) = check("A well", &"é".repeat(500));
        assert_eq!(text.unwrap().caption.chars().count(), 500);
        let (text, errors) = check("A well", &"c".repeat(501));
        assert!(text.is_none());
        assert_eq!(
            errors.message_for(CAPTION).unwrap().key,
            "photo-caption-too-long"
        );
        let (text, _) = check("A well", "Line one\nline two");
        assert_eq!(text.unwrap().caption, "Line one\nline two");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let (_, errors) = check("", &"c".repeat(501));
        assert!(errors.mentions("alt_text") && errors.mentions("caption"));
    }
}
