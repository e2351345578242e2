//! What every `/api/v1` request meets first: an over-long URL (414), too many or too large
//! headers (431) and a client over its rate (429) get the JSON error envelope, not a bare page.
//!
//! Heads over 128 KiB or with more than 96 headers are refused by the HTTP layer itself
//! (actix-http) before any of this runs, with a bare 431 or 400: no application sees them.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::RETRY_AFTER;
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};

use super::records::json_error;
use crate::limits::rate::Action;
use crate::site::client::client_address;
use crate::state::AppState;

/// The longest path and query an API request may have, in bytes.
pub const MAX_URL_BYTES: usize = 8 * 1024;
/// The most header bytes (names and values) an API request may send.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The most headers an API request may send.
pub const MAX_HEADERS: usize = 64;

/// The middleware of the `/api/v1` scope.
pub async fn limits(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if let Some(refusal) = refusal(&req) {
        return Ok(req.into_response(refusal));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

/// The answer for a request over a limit, or `None` to let it through.
fn refusal(req: &ServiceRequest) -> Option<HttpResponse> {
    let url_bytes = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if url_bytes > MAX_URL_BYTES {
        let message = format!(
            "The URL is {url_bytes} bytes long; the API reads URLs of up to {MAX_URL_BYTES} bytes. Send fewer or shorter parameters."
        );
        return Some(json_error(StatusCode::URI_TOO_LONG, &message, None));
    }
    let headers = req.headers();
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if headers.len() > MAX_HEADERS || header_bytes > MAX_HEADER_BYTES {
        let message = format!(
            "The request has {} headers of {header_bytes} bytes; the API reads up to {MAX_HEADERS} headers of {MAX_HEADER_BYTES} bytes in all.",
            headers.len()
        );
        let status = StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE;
        return Some(json_error(status, &message, None));
    }
    let state = req.app_data::<web::Data<AppState>>()?;
    let address = client_address(req.request());
    let wait = state.rate.check(Action::Api, address, None).err()?;
    let seconds = crate::format::retry_after_seconds(wait);
    let message = format!(
        "Too many requests from this address. Wait {}, then try again.",
        crate::wording::english(&crate::wording::wait_words(wait))
    );
    let mut answer = json_error(StatusCode::TOO_MANY_REQUESTS, &message, None);
    answer.headers_mut().insert(RETRY_AFTER, seconds.into());
    Some(answer)
}
