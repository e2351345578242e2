//! The error policy: every failure a request can meet, and the page and status it gets.
//!
//! Expected problems (an unknown id, a bad parameter) answer 4xx with a page that says what to
//! do. Trouble that passes (busy, a rate limit, storage: a full disk, a database locked too
//! long) answers 503 or 429 with `Retry-After`, and a form page keeps what was typed
//! (`site::try_later`). Anything else is a bug: it is logged with its cause chain and answers a
//! plain 500 page that leaks nothing of the cause. Error texts never carry user input that
//! could be secret (passwords, tokens), because they are logged.

use actix_web::http::header::{LOCATION, RETRY_AFTER};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::i18n::{text, text_with};

pub mod storage;

use storage::StorageProblem;

/// How long to wait before trying a change again while the registry is read-only (seconds).
pub const READ_ONLY_RETRY_AFTER: u32 = 15 * 60;

/// A failure while handling a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The page needs a signed-in account; `next` is where to come back to.
    #[error("sign-in required")]
    LoginRequired { next: Option<String> },
    /// Signed in, but without the right.
    #[error("forbidden")]
    Forbidden,
    /// Signed in, but the email address is not confirmed yet.
    #[error("email address not verified")]
    Unverified,
    /// A change while the site notice has switched the registry to read-only.
    #[error("the registry is read-only")]
    ReadOnly,
    /// A form post without the session's CSRF token.
    #[error("missing or wrong CSRF token")]
    CsrfRejected,
    /// A form or upload over the size limit.
    #[error("request body too large")]
    TooLarge,
    /// Too much expensive work at once (password hashing, image decoding): try again shortly.
    #[error("too busy")]
    Busy,
    /// Over a rate limit (an action without a form to keep): try again after the wait.
    #[error("rate limited")]
    TooMany { wait: std::time::Duration },
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

impl From<crate::domain::Refusal> for AppError {
    fn from(refusal: crate::domain::Refusal) -> Self {
        match refusal {
            crate::domain::Refusal::NotFound => AppError::NotFound,
            crate::domain::Refusal::Forbidden => AppError::Forbidden,
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
#[template(path = "errors/page.html")]
struct ErrorPage {
    status: u16,
    heading: String,
    message: String,
}

impl ErrorPage {
    /// The page for `status` with the messages `heading` and `message` of the current language.
    fn of(status: u16, heading: &str, message: &str) -> Self {
        ErrorPage {
            status,
            heading: text(heading),
            message: text(message),
        }
    }
}

/// The page shown to a signed-in person whose email address is not confirmed yet.
#[derive(Template)]
#[template(path = "errors/unverified.html")]
struct UnverifiedPage;

/// The page shown for a change refused while the registry is read-only: not an error page.
#[derive(Template)]
#[template(path = "errors/read_only.html")]
struct ReadOnlyPage;

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::LoginRequired { .. } => StatusCode::SEE_OTHER,
            AppError::Forbidden | AppError::Unverified | AppError::CsrfRejected => {
                StatusCode::FORBIDDEN
            }
            AppError::ReadOnly | AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unexpected(cause) if StorageProblem::of(cause).is_some() => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let page = match self {
            AppError::NotFound => {
                error_page(status, "error-not-found-heading", "error-not-found-message")
            }
            AppError::BadRequest(message) => ErrorPage {
                status: status.as_u16(),
                heading: text("error-bad-request-heading"),
                message: message.clone(),
            },
            AppError::LoginRequired { next } => return login_redirect(next.as_deref()),
            AppError::Forbidden => {
                error_page(status, "error-forbidden-heading", "error-forbidden-message")
            }
            AppError::Unverified => return html(status, UnverifiedPage.render()),
            AppError::ReadOnly => return read_only(),
            AppError::CsrfRejected => {
                error_page(status, "error-csrf-heading", "error-csrf-message")
            }
            AppError::TooLarge => {
                error_page(status, "error-too-large-heading", "error-too-large-message")
            }
            AppError::Busy => return busy(),
            AppError::TooMany { wait } => return too_many(*wait),
            AppError::Unexpected(cause) if StorageProblem::of(cause).is_some() => {
                return storage_trouble(cause)
            }
            AppError::Unexpected(cause) => {
                tracing::error!(error = ?cause, "request failed");
                error_page(
                    status,
                    "error-unexpected-heading",
                    "error-unexpected-message",
                )
            }
        };
        html(status, page.render())
    }
}

fn error_page(status: StatusCode, heading: &str, message: &str) -> ErrorPage {
    ErrorPage::of(status.as_u16(), heading, message)
}

fn html(status: StatusCode, rendered: askama::Result<String>) -> HttpResponse {
    let body = rendered.unwrap_or_else(|_| text("error-unrenderable"));
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body)
}

fn login_redirect(next: Option<&str>) -> HttpResponse {
    let location = match next {
        Some(next) => format!(
            "/account/login?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
        None => "/account/login".to_string(),
    };
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// How long to wait before sending a form again when the registry is busy (seconds).
pub const BUSY_RETRY_AFTER: u32 = 5;

fn busy() -> HttpResponse {
    unavailable("error-busy-heading", "error-busy-message", BUSY_RETRY_AFTER)
}

/// How long to wait before sending a form again after a storage problem (seconds).
pub const STORAGE_RETRY_AFTER: u32 = 30;

fn storage_trouble(cause: &anyhow::Error) -> HttpResponse {
    log_storage_problem(cause);
    unavailable(
        "error-storage-heading",
        "error-storage-message",
        STORAGE_RETRY_AFTER,
    )
}

/// A 503 page saying what happened (message keys), asking the client to retry after `seconds`.
fn unavailable(heading: &'static str, message: &'static str, seconds: u32) -> HttpResponse {
    let page = ErrorPage::of(503, heading, message);
    let mut response = html(StatusCode::SERVICE_UNAVAILABLE, page.render());
    response.headers_mut().insert(
        RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(seconds),
    );
    response
}

/// Logs a storage problem with its reason and cause chain (the operator must act on it).
fn log_storage_problem(cause: &anyhow::Error) {
    let reason = StorageProblem::of(cause).map_or("unknown", StorageProblem::describe);
    tracing::error!(reason, error = ?cause, "storage problem: answered 503");
}

/// A failure that passes (busy, over a rate limit, storage trouble): the status, how long to
/// wait, and what a kept form says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passing {
    pub status: StatusCode,
    pub wait: std::time::Duration,
    pub message: crate::domain::Message,
}

impl AppError {
    /// The passing failure this is (logging a storage problem's cause), or the error itself.
    pub fn into_passing(self) -> Result<Passing, AppError> {
        use std::time::Duration;
        let (status, wait, what) = match &self {
            AppError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                Duration::from_secs(BUSY_RETRY_AFTER.into()),
                "passing-busy",
            ),
            AppError::TooMany { wait } => {
                (StatusCode::TOO_MANY_REQUESTS, *wait, "passing-too-many")
            }
            AppError::Unexpected(cause) if StorageProblem::of(cause).is_some() => {
                log_storage_problem(cause);
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    Duration::from_secs(STORAGE_RETRY_AFTER.into()),
                    "passing-storage",
                )
            }
            _ => return Err(self),
        };
        // Rendered where the form shows it, in the reader's language.
        let message = crate::domain::Message::new("passing-message")
            .message("what", what)
            .message("wait", crate::wording::wait_words(wait));
        Ok(Passing {
            status,
            wait,
            message,
        })
    }
}

fn too_many(wait: std::time::Duration) -> HttpResponse {
    use crate::format::retry_after_seconds;
    let page = ErrorPage {
        status: 429,
        heading: text("error-too-many-heading"),
        message: text_with(
            "error-too-many-message",
            &[("wait", crate::wording::wait_words(wait).to_string().into())],
        ),
    };
    let mut response = html(StatusCode::TOO_MANY_REQUESTS, page.render());
    response.headers_mut().insert(
        RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(retry_after_seconds(wait)),
    );
    response
}

fn read_only() -> HttpResponse {
    let mut response = html(StatusCode::SERVICE_UNAVAILABLE, ReadOnlyPage.render());
    response.headers_mut().insert(
        RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(READ_ONLY_RETRY_AFTER),
    );
    response
}
