//! One way to answer a form the registry cannot handle now (busy, over a rate limit, storage
//! trouble): the same form page with everything typed, when to try again, and `Retry-After`.

use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::HttpResponse;
use askama::Template;

use crate::domain::{Field, FieldErrors};
use crate::error::{AppError, Passing};
use crate::site::render::page;

/// `answer`, unless it failed for a reason that passes: then the page as typed, built by `form`
/// around the reason (a message over the whole form), with its status (503 or 429) and
/// `Retry-After`. Other failures are left as they are.
pub fn keep_form<P: Template>(
    answer: Result<HttpResponse, AppError>,
    form: impl FnOnce(FieldErrors) -> P,
) -> Result<HttpResponse, AppError> {
    match answer {
        Err(error) => form_kept(error, form),
        ok => ok,
    }
}

/// [`keep_form`] for an error already in hand.
pub fn form_kept<P: Template>(
    error: AppError,
    form: impl FnOnce(FieldErrors) -> P,
) -> Result<HttpResponse, AppError> {
    let passing = error.into_passing()?;
    let mut errors = FieldErrors::new();
    errors.add(Field::whole_form(), passing.message.clone());
    Ok(with_retry_after(
        page(passing.status, &form(errors))?,
        &passing,
    ))
}

/// `response` with the `Retry-After` of `passing`.
pub fn with_retry_after(mut response: HttpResponse, passing: &Passing) -> HttpResponse {
    let seconds = crate::format::retry_after_seconds(passing.wait);
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(seconds));
    response
}
