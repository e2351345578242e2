//! Forms that cannot be accepted are kept, not lost: a register, edit or report form sent after
//! the sign-in ended, or with a stale form token, is refused (403, nothing written) and kept for
//! a day under a random key held in a cookie; the form comes back filled after signing in.

use std::rc::Rc;

use actix_session::SessionExt;
use actix_web::cookie::{time, Cookie};
use actix_web::dev::{Payload, ServiceRequest};
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;

use super::{client, render, sent, session, SiteContext};
use crate::auth::token::{self, Token};
use crate::db::drafts::{self, KeptForm, DRAFT_LIFETIME_HOURS, DRAFT_MAX_BYTES};
use crate::domain::commitment::stored::now;
use crate::error::AppError;
use crate::state::AppState;

/// The cookie holding the browser's keys of kept forms, newest last.
pub const COOKIE: &str = "kept_forms";
/// How many kept forms one browser can get back.
const KEYS_PER_BROWSER: usize = 3;

/// The 403 page: the form is kept, and how to get it back.
#[derive(Template)]
#[template(path = "errors/form_kept.html")]
pub struct FormKeptPage {
    /// True when the person is still signed in (only the form token was stale).
    signed_in: bool,
    /// Where the button leads: the sign-in page, then the form.
    continue_to: String,
}

/// The form page to go back to for a form posted to `path`, when it is one of the long forms
/// that are kept (register, edit, progress report).
pub fn form_page_of(path: &str) -> Option<String> {
    if path == "/commitments" {
        return Some("/commitments/new".into());
    }
    let (id, tail) = path.strip_prefix("/commitments/")?.split_once('/')?;
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match tail {
        "edit" => Some(path.to_string()),
        "reports" => Some(format!("{path}/new")),
        _ => None,
    }
}

fn context(req: &ServiceRequest) -> Option<Rc<SiteContext>> {
    req.extensions().get::<Rc<SiteContext>>().cloned()
}

/// A form with a valid token sent after the sign-in ended in this browser: kept for that
/// account, and the 403 page. `None` when the request is anything else.
pub async fn after_sign_in_ended(req: &ServiceRequest, body: &[u8]) -> Option<HttpResponse> {
    form_page_of(req.path())?;
    if context(req)?.viewer.is_some() {
        return None;
    }
    let lapsed = session::lapsed_account(&req.get_session())?;
    keep(req, body, Some(lapsed), false).await
}

/// A form refused for its token: kept for the account signed in (or whose sign-in ended) in
/// this browser, else for whoever signs in here and may use the form; and the 403 page.
/// `None` when it is not one of the kept forms or cannot be kept.
pub async fn after_token_refused(req: &ServiceRequest, body: &[u8]) -> Option<HttpResponse> {
    form_page_of(req.path())?;
    let viewer = context(req).and_then(|c| c.viewer.as_ref().map(|v| v.id));
    let owner = viewer.or_else(|| session::lapsed_account(&req.get_session()));
    keep(req, body, owner, viewer.is_some()).await
}

async fn keep(
    req: &ServiceRequest,
    body: &[u8],
    user_id: Option<i64>,
    signed_in: bool,
) -> Option<HttpResponse> {
    let back = form_page_of(req.path())?;
    let text = sent::without_token(body);
    if body.is_empty() || text.len() > DRAFT_MAX_BYTES {
        return None;
    }
    let state = req.app_data::<web::Data<AppState>>()?.clone();
    let address = client::client_address(req.request()).map(|ip| ip.to_string());
    let client_hash = token::hash(address.as_deref().unwrap_or("unknown"));
    let key = Token::generate();
    let (key_hash, form_path) = (key.hash(), req.path().to_string());
    let kept = state
        .db(move |conn| {
            let form = KeptForm {
                key_hash: &key_hash,
                user_id,
                client_hash: &client_hash,
                form_path: &form_path,
                body: &text,
            };
            Ok(drafts::keep(conn, &form, now())?)
        })
        .await;
    if !matches!(kept, Ok(true)) {
        return None;
    }
    tracing::info!(path = %req.path(), "kept a form that could not be accepted");
    let continue_to = if signed_in {
        back
    } else {
        let next: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
        format!("/account/login?next={next}")
    };
    let page = FormKeptPage {
        signed_in,
        continue_to,
    };
    let mut response = render::page(StatusCode::FORBIDDEN, &page).ok()?;
    let keys = with_key(browser_keys(req.request()), key.0);
    response
        .add_cookie(&keys_cookie(&keys, state.settings.is_https()))
        .ok()?;
    Some(response)
}

/// The keys of kept forms this browser holds.
fn browser_keys(req: &HttpRequest) -> Vec<String> {
    req.cookie(COOKIE)
        .map(|c| {
            c.value()
                .split('.')
                .filter(|k| !k.is_empty() && k.len() <= 128)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// `keys` with `new` added last, the oldest dropped past the browser's share.
fn with_key(mut keys: Vec<String>, new: String) -> Vec<String> {
    keys.push(new);
    let surplus = keys.len().saturating_sub(KEYS_PER_BROWSER);
    keys.split_off(surplus)
}

fn keys_cookie(keys: &[String], secure: bool) -> Cookie<'static> {
    let lasting = time::Duration::hours(DRAFT_LIFETIME_HOURS);
    super::site_cookie(COOKIE, keys.join("."), secure, lasting)
}

/// The browser's keys of kept forms, for taking a form back on its page.
#[derive(Debug, Clone, Default)]
pub struct KeptForms(Vec<String>);

impl FromRequest for KeptForms {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(KeptForms(browser_keys(req))))
    }
}

impl KeptForms {
    /// Takes out the form kept in this browser for `form_path` (the path it was posted to),
    /// when it was kept for `user_id` or for nobody in particular. Call it only after checking
    /// that the account may use the form.
    pub async fn take(
        &self,
        state: &AppState,
        form_path: String,
        user_id: i64,
    ) -> Result<Option<String>, AppError> {
        if self.0.is_empty() {
            return Ok(None);
        }
        let hashes: Vec<String> = self.0.iter().map(|k| token::hash(k)).collect();
        state
            .db(move |conn| Ok(drafts::take(conn, &hashes, &form_path, user_id, now())?))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_long_forms_are_kept() {
        for (sent_to, form_page) in [
            ("/commitments", "/commitments/new"),
            ("/commitments/12/edit", "/commitments/12/edit"),
            ("/commitments/12/reports", "/commitments/12/reports/new"),
        ] {
            assert_eq!(form_page_of(sent_to).as_deref(), Some(form_page));
        }
        for other in [
            "/commitments/12/photos",
            "/account/login",
            "/commitments/x/edit",
            "/commitments//edit",
        ] {
            assert_eq!(form_page_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_browser_keeps_its_three_newest_keys() {
        let keys = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(with_key(keys, "d".into()), ["b", "c", "d"]);
        assert_eq!(with_key(Vec::new(), "a".into()), ["a"]);
    }
}
