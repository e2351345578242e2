//! The error policy: every failure a request can meet, and the page and status it gets.
//!
//! Expected problems (an unknown id, a bad parameter) answer 4xx with a page that says what to
//! do. Anything else is a bug or an outage: it is logged with its cause chain and answers a
//! plain 500 page that leaks nothing of the cause. Error texts never carry user input that
//! could be secret (passwords, tokens), because they are logged.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

/// A failure while handling a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Unexpected(other.into()),
        }
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Unexpected(anyhow::anyhow!("a blocking task failed: {error}"))
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        AppError::Unexpected(error.into())
    }
}

/// The page shown for an error.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    heading: &'a str,
    message: &'a str,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (heading, message) = match self {
            AppError::NotFound => (
                "Page not found",
                "If you typed the web address, check it is correct. If you followed a link to a commitment, it may not be published yet.",
            ),
            AppError::BadRequest(message) => ("There is a problem with the request", message.as_str()),
            AppError::Unexpected(cause) => {
                tracing::error!(error = ?cause, "request failed");
                ("Sorry, there is a problem with the service", "Try again later. The problem has been logged.")
            }
        };
        let status = self.status_code();
        let page = ErrorPage {
            status: status.as_u16(),
            heading,
            message,
        };
        let body = page.render().unwrap_or_else(|_| heading.to_string());
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body)
    }
}
