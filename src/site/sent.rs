//! The form body as sent, kept by the CSRF check for handlers that need more than the parsed
//! fields: "Save as draft" stores it as typed, and a kept form is read back from it.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use crate::error::AppError;

/// The urlencoded body of a POST that passed the CSRF check (empty for other bodies).
#[derive(Debug, Clone, Default)]
pub struct SentForm(pub Bytes);

impl FromRequest for SentForm {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(req
            .extensions()
            .get::<SentForm>()
            .cloned()
            .unwrap_or_default()))
    }
}

impl SentForm {
    /// The first value of `name`.
    pub fn value(&self, name: &str) -> Option<String> {
        form_urlencoded::parse(&self.0)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    }

    /// True when the "Save as draft" button sent the form.
    pub fn wants_draft(&self) -> bool {
        self.value("action").as_deref() == Some("save_draft")
    }

    /// True when the person saw the similar commitments and registers theirs all the same.
    pub fn registers_anyway(&self) -> bool {
        self.value("action").as_deref() == Some("register_anyway")
    }

    /// The saved draft the form was opened from, if any.
    pub fn draft_id(&self) -> Option<i64> {
        self.value("draft_id").and_then(|v| v.trim().parse().ok())
    }

    /// The body to keep: every field but the form token and the button that sent it.
    pub fn to_keep(&self) -> String {
        without_token(&self.0)
    }
}

/// `body` re-encoded without its form token and its `action` button.
pub fn without_token(body: &[u8]) -> String {
    let kept = form_urlencoded::parse(body)
        .filter(|(name, _)| name != super::csrf::FIELD && name != "action");
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_and_the_button_are_not_kept() {
        let sent = SentForm(Bytes::from_static(
            b"title=Safe+water&csrf_token=abc&action=save_draft&sdgs=6&sdgs=13&draft_id=4",
        ));
        assert!(sent.wants_draft());
        assert_eq!(sent.draft_id(), Some(4));
        assert_eq!(sent.to_keep(), "title=Safe+water&sdgs=6&sdgs=13&draft_id=4");
    }
}
