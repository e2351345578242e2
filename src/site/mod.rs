//! What every request goes through: the session, CSRF check, context and access extractors.

/// Implements `FromRequest` for an extractor read from the request at once, with nothing to
/// wait for: `$read` turns the request into the extractor or the refusal.
macro_rules! extract_at_once {
    ($name:ty, $read:expr) => {
        impl actix_web::FromRequest for $name {
            type Error = crate::error::AppError;
            type Future = std::future::Ready<Result<Self, crate::error::AppError>>;

            fn from_request(
                req: &actix_web::HttpRequest,
                _: &mut actix_web::dev::Payload,
            ) -> Self::Future {
                let read: fn(&actix_web::HttpRequest) -> Result<Self, crate::error::AppError> =
                    $read;
                std::future::ready(read(req))
            }
        }
    };
}

pub mod client;
pub mod context;
pub mod csrf;
pub mod extract;
pub mod keep_form;
pub mod language;
pub mod logging;
pub mod render;
pub mod sent;
pub mod session;
pub mod try_later;

pub use client::ClientAddress;
pub use context::SiteContext;
pub use extract::{
    CommitmentPartPath, CommitmentPath, CurrentUser, HtmlForm, RequireAdmin, RequireModerator,
    Site, VerifiedUser, Viewer,
};

use actix_web::cookie::{time, Cookie, SameSite};

/// A cookie of our own beside the session's (the language, the keys of kept forms): for the
/// whole site, never read by scripts, sent on same-site navigation, kept for `max_age`.
pub fn site_cookie(
    name: &'static str,
    value: String,
    secure: bool,
    max_age: time::Duration,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .finish()
}
