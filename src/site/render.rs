//! Answering with a page at a given status, and redirecting after a form.

use std::time::Duration;

use actix_web::http::header::{HeaderValue, LOCATION, RETRY_AFTER};
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

use chrono::NaiveDateTime;

use super::session::Flash;
use crate::domain::commitment::stored::now;
use crate::domain::Message;
use crate::error::AppError;
use crate::wording::wait_words;

/// The page rendered with this status (200 for pages, 422 for a form with errors, …).
pub fn page(status: StatusCode, template: &impl Template) -> Result<HttpResponse, AppError> {
    let body = template
        .render()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("rendering a page: {e}")))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// 303 See Other: where a successful form post sends the browser.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// 303 See Other leaving `message` for the page it leads to ("Your commitment is registered").
pub fn see_other_saying(location: &str, message: String) -> HttpResponse {
    let mut response = see_other(location);
    response.extensions_mut().insert(Flash(message));
    response
}

/// 303 to `location` saying the message `key` when the removal (or move) reported by `done`
/// happened; 404 when there was nothing to remove (not there, or someone else's).
pub fn done_or_not_found(done: bool, location: &str, key: &str) -> Result<HttpResponse, AppError> {
    match done {
        true => Ok(see_other_saying(location, crate::i18n::text(key))),
        false => Err(AppError::NotFound),
    }
}

/// 429 Too Many Requests: the page (a form with what was typed and why to wait), with
/// `Retry-After` in seconds.
pub fn too_many(template: &impl Template, wait: Duration) -> Result<HttpResponse, AppError> {
    let mut response = page(StatusCode::TOO_MANY_REQUESTS, template)?;
    response.headers_mut().insert(
        RETRY_AFTER,
        HeaderValue::from(crate::format::retry_after_seconds(wait)),
    );
    Ok(response)
}

/// `message` told when its limit lifts: at `again_at` (UTC, its time and date) and in how long.
pub fn lifted_at(message: Message, again_at: NaiveDateTime) -> Message {
    let wait = (again_at - now()).to_std().unwrap_or_default();
    message
        .text("time", again_at.format("%H:%M"))
        .text("date", crate::format::long_date(again_at.date()))
        .message("wait", wait_words(wait))
}

/// The message of a form refused by a rate limit.
pub fn wait_message(wait: Duration) -> Message {
    Message::new("form-wait").message("wait", wait_words(wait))
}
