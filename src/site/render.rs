//! Answering with a page at a given status, and redirecting after a form.

use actix_web::http::header::LOCATION;
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

use crate::error::AppError;

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
