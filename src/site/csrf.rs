//! CSRF protection in one place: every request that is not GET/HEAD/OPTIONS must carry the
//! session's token as the `csrf_token` field of its form body, checked before anything else.
//!
//! The middleware reads the body (up to a limit), finds the token in a urlencoded or multipart
//! body, compares it in constant time and hands the same body on to the handler. The long forms
//! it cannot accept are kept (see `keep_form`).

use actix_session::SessionExt;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{HttpMessage, ResponseError};
use futures_util::StreamExt;

use super::sent::SentForm;
use super::{keep_form, session};
use crate::auth::token;
use crate::error::AppError;

/// The largest urlencoded form accepted (the registration form's text fields included).
pub const FORM_LIMIT: usize = 1024 * 1024;
/// The largest multipart upload accepted (a 5 MB photo with its fields, with room to spare).
pub const MULTIPART_LIMIT: usize = 8 * 1024 * 1024;
/// The name of the hidden input holding the token.
pub const FIELD: &str = "csrf_token";

/// The middleware.
pub async fn check(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if req.method().is_safe() {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let kind = BodyKind::of(&req);
    let body = match kind {
        BodyKind::Other => Bytes::new(),
        _ => match read_body(&mut req.take_payload(), kind.limit()).await {
            Ok(body) => body,
            Err(error) => return Ok(req.into_response(error.error_response())),
        },
    };
    let expected = session::csrf_token(&req.get_session());
    let submitted = kind.find_token(&body);
    match (expected, submitted) {
        (Some(expected), Some(submitted)) if token::same(&expected, &submitted) => {
            if let Some(kept) = keep_form::after_sign_in_ended(&req, &body).await {
                return Ok(req.into_response(kept));
            }
            if matches!(kind, BodyKind::UrlEncoded) {
                req.extensions_mut().insert(SentForm(body.clone()));
            }
            req.set_payload(Payload::from(body));
            next.call(req)
                .await
                .map(ServiceResponse::map_into_boxed_body)
        }
        _ => {
            let path = super::logging::redact_path(req.path());
            tracing::info!(%path, "refused a form without a valid CSRF token");
            let kept = match kind {
                BodyKind::UrlEncoded => keep_form::after_token_refused(&req, &body).await,
                _ => None,
            };
            if let Some(kept) = kept {
                return Ok(req.into_response(kept));
            }
            Ok(req.into_response(AppError::CsrfRejected.error_response()))
        }
    }
}

/// The kind of body, which says where the token is.
enum BodyKind {
    UrlEncoded,
    Multipart { boundary: String },
    Other,
}

impl BodyKind {
    fn of(req: &ServiceRequest) -> Self {
        let Some(mime) = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<mime::Mime>().ok())
        else {
            return BodyKind::Other;
        };
        match (mime.type_(), mime.subtype()) {
            (mime::APPLICATION, mime::WWW_FORM_URLENCODED) => BodyKind::UrlEncoded,
            (mime::MULTIPART, mime::FORM_DATA) => match mime.get_param(mime::BOUNDARY) {
                Some(boundary) => BodyKind::Multipart {
                    boundary: boundary.to_string(),
                },
                None => BodyKind::Other,
            },
            _ => BodyKind::Other,
        }
    }

    fn limit(&self) -> usize {
        match self {
            BodyKind::Multipart { .. } => MULTIPART_LIMIT,
            _ => FORM_LIMIT,
        }
    }

    fn find_token(&self, body: &[u8]) -> Option<String> {
        match self {
            BodyKind::UrlEncoded => urlencoded_field(body, FIELD),
            BodyKind::Multipart { boundary } => multipart_field(body, boundary, FIELD),
            BodyKind::Other => None,
        }
    }
}

async fn read_body(payload: &mut Payload, limit: usize) -> Result<Bytes, AppError> {
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk
            .map_err(|_| AppError::BadRequest(crate::i18n::text("commitment-form-unreadable")))?;
        if body.len() + chunk.len() > limit {
            return Err(AppError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// The first value of `name` in an `application/x-www-form-urlencoded` body.
pub fn urlencoded_field(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// The first plain (non-file) field called `name` in a `multipart/form-data` body.
pub fn multipart_field(body: &[u8], boundary: &str, name: &str) -> Option<String> {
    let delimiter = format!("--{boundary}");
    let wanted = format!("name=\"{name}\"");
    let found = split(body, delimiter.as_bytes())
        .skip(1)
        .filter_map(|part| part.strip_prefix(b"\r\n"))
        .find_map(|part| {
            let end_of_headers = find(part, b"\r\n\r\n")?;
            let headers = std::str::from_utf8(&part[..end_of_headers]).ok()?;
            let is_wanted = headers.lines().any(|line| {
                line.to_ascii_lowercase()
                    .starts_with("content-disposition:")
                    && line.split(';').any(|p| p.trim() == wanted)
                    && !line.contains("filename=")
            });
            let value = &part[end_of_headers + 4..];
            let value = value.strip_suffix(b"\r\n").unwrap_or(value);
            is_wanted.then(|| String::from_utf8_lossy(value).into_owned())
        });
    found
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The pieces of `body` between occurrences of `delimiter`.
fn split<'a>(body: &'a [u8], delimiter: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let mut rest = Some(body);
    std::iter::from_fn(move || {
        let current = rest?;
        match find(current, delimiter) {
            Some(at) => {
                rest = Some(&current[at + delimiter.len()..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MULTIPART: &[u8] = b"--XyZ\r\n\
Content-Disposition: form-data; name=\"alt_text\"\r\n\r\n\
A well\r\n\
--XyZ\r\n\
Content-Disposition: form-data; name=\"photo\"; filename=\"csrf_token.jpg\"\r\n\
Content-Type: image/jpeg\r\n\r\n\
\xff\xd8name=\"csrf_token\"\r\n\
--XyZ\r\n\
Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\
abc123\r\n\
--XyZ--\r\n";

    #[test]
    fn the_token_is_found_in_a_urlencoded_form() {
        let body = b"email=a%40b.org&csrf_token=abc%2B123&password=x";
        assert_eq!(
            urlencoded_field(body, "csrf_token").as_deref(),
            Some("abc+123")
        );
        assert_eq!(urlencoded_field(b"email=a", "csrf_token"), None);
    }

    #[test]
    fn the_token_is_found_in_a_multipart_form_but_not_in_a_file() {
        assert_eq!(
            multipart_field(MULTIPART, "XyZ", "csrf_token").as_deref(),
            Some("abc123")
        );
        assert_eq!(
            multipart_field(MULTIPART, "XyZ", "alt_text").as_deref(),
            Some("A well")
        );
        assert_eq!(multipart_field(MULTIPART, "XyZ", "caption"), None);
    }

    #[test]
    fn a_multipart_body_with_another_boundary_has_no_token() {
        assert_eq!(multipart_field(MULTIPART, "Other", "csrf_token"), None);
        assert_eq!(multipart_field(b"", "XyZ", "csrf_token"), None);
    }
}
