//! The request log span, without secrets: reset tokens in paths and `token=` in query strings
//! are replaced before anything is logged.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::Error;
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};

/// Query parameters whose values are never logged.
const SECRET_PARAMETERS: &[&str] = &["token", "csrf_token", "password"];
/// Paths whose last segment is a secret.
const SECRET_PATH_PREFIXES: &[&str] = &["/account/reset/"];
const REDACTED: &str = "[redacted]";

/// Like tracing-actix-web's default span, with the target (path and query) redacted.
pub struct RedactedRootSpan;

impl RootSpanBuilder for RedactedRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let target = redact_target(request.path(), request.query_string());
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.target = %target,
            http.client_ip = %super::client::client_address(request.request()).map(|a| a.to_string()).unwrap_or_default(),
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// The path with any secret segment replaced.
pub fn redact_path(path: &str) -> String {
    for prefix in SECRET_PATH_PREFIXES {
        if let Some(rest) = path.strip_prefix(prefix) {
            if !rest.is_empty() {
                return format!("{prefix}{REDACTED}");
            }
        }
    }
    path.to_string()
}

/// Path and query as they may be logged.
pub fn redact_target(path: &str, query: &str) -> String {
    let path = redact_path(path);
    if query.is_empty() {
        return path;
    }
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if SECRET_PARAMETERS.contains(&key) => format!("{key}={REDACTED}"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{path}?{}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_tokens_in_paths_are_hidden() {
        assert_eq!(
            redact_path("/account/reset/0123abcd"),
            "/account/reset/[redacted]"
        );
        assert_eq!(redact_path("/account/reset/"), "/account/reset/");
        assert_eq!(redact_path("/commitments/12"), "/commitments/12");
    }

    #[test]
    fn token_parameters_are_hidden_and_others_kept() {
        assert_eq!(
            redact_target("/account/verify", "token=0123abcd&x=1"),
            "/account/verify?token=[redacted]&x=1"
        );
        assert_eq!(redact_target("/commitments", "sdg=6"), "/commitments?sdg=6");
        assert_eq!(redact_target("/", ""), "/");
    }
}
