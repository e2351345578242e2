//! Who is asking and what the site says: resolved once per request and checked against the
//! database (role, session generation, suspension); and the read-only switch.
//!
//! The context is also made available to templates through a task-local, so that `base.html`
//! shows the navigation, the notice and the sign-out form on every page, error pages included,
//! without each page struct having to carry them (a field would be forgotten on some page).

use std::rc::Rc;

use actix_session::{Session, SessionExt};
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderValue, CACHE_CONTROL};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, ResponseError};

use super::session::{self, SessionLogin};
use crate::db::notice::{self, SiteNotice};
use crate::db::users;
use crate::domain::Account;
use crate::error::AppError;
use crate::state::AppState;

/// What every page knows about the request.
#[derive(Default)]
pub struct SiteContext {
    /// The signed-in account, as the database has it now.
    pub viewer: Option<Account>,
    pub notice: SiteNotice,
    /// A message left by the previous request ("You have signed out").
    pub flash: Option<String>,
    /// The request path, for marking the current page in the navigation.
    pub path: String,
    /// The request's query string, kept by the language switch's links.
    pub query: String,
    session: Option<Session>,
}

impl SiteContext {
    /// The CSRF token for forms on this page (created for the session on first use; empty when
    /// there is no session, in which case the form's POST is refused).
    pub fn csrf_token(&self) -> String {
        self.session
            .as_ref()
            .and_then(|s| session::ensure_csrf_token(s).ok())
            .unwrap_or_default()
    }

    /// A context with this viewer and nothing else (for tests of what depends on it).
    #[cfg(test)]
    pub(crate) fn for_viewer(viewer: Option<Account>) -> Self {
        SiteContext {
            viewer,
            ..SiteContext::default()
        }
    }

    /// True for moderators and admins.
    pub fn is_moderator(&self) -> bool {
        self.viewer.as_ref().is_some_and(|v| v.role.is_moderator())
    }

    /// True for admins.
    pub fn is_admin(&self) -> bool {
        self.viewer.as_ref().is_some_and(|v| v.role.is_admin())
    }

    /// True when the request path is `prefix` or below it (for `aria-current`).
    pub fn is_under(&self, prefix: &str) -> bool {
        self.path == prefix || self.path.starts_with(&format!("{prefix}/"))
    }
}

tokio::task_local! {
    static CONTEXT: Rc<SiteContext>;
}

/// The context of the request being answered (an empty one outside a request).
pub fn current() -> Rc<SiteContext> {
    CONTEXT.try_with(Rc::clone).unwrap_or_default()
}

/// Path prefixes that never need the context: files, the health check and the JSON API touch
/// no session or database here.
const NO_CONTEXT: &[&str] = &["/static/", "/healthz", "/api/"];

/// Path prefixes of pages for one person, even before they have signed in.
const PRIVATE: &[&str] = &["/account", "/admin", "/moderation"];

fn under_any(path: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|prefix| path.starts_with(prefix))
}

/// The middleware: resolves the context and runs the rest of the chain (the CSRF check, the
/// read-only gate, the handler) with it in place, so that even refusals show the navigation.
pub async fn resolve(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if under_any(req.path(), NO_CONTEXT) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let context = Rc::new(load(&req).await?);
    req.extensions_mut().insert(Rc::clone(&context));
    let private = context.viewer.is_some() || under_any(req.path(), PRIVATE);
    let mut response = CONTEXT.scope(context, next.call(req)).await?;
    session::keep_flash(&mut response)?;
    // Pages for one person (or holding their form token) must not be kept by any cache.
    let headers = response.headers_mut();
    if private && !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    Ok(response.map_into_boxed_body())
}

/// The middleware after the CSRF check: while the registry is read-only, every write except
/// signing in and out and the notice form answers 503 with a page saying why.
pub async fn refuse_writes_while_read_only(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let read_only = req
        .extensions()
        .get::<Rc<SiteContext>>()
        .is_some_and(|c| c.notice.read_only);
    if read_only && is_write(&req) && !writable_while_read_only(req.path()) {
        return Ok(req.into_response(AppError::ReadOnly.error_response()));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

fn is_write(req: &ServiceRequest) -> bool {
    !req.method().is_safe()
}

/// POST paths that still work while the registry is read-only: signing in and out, and the
/// notice form itself (so an admin can switch read-only off again).
pub const WRITABLE_WHILE_READ_ONLY: &[&str] =
    &["/account/login", "/account/logout", "/admin/notice"];

fn writable_while_read_only(path: &str) -> bool {
    WRITABLE_WHILE_READ_ONLY.contains(&path)
}

async fn load(req: &ServiceRequest) -> Result<SiteContext, AppError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("no application state")))?;
    let session = req.get_session();
    let now = session::now();
    let claimed = session::login(&session);
    let login = claimed.filter(|l| !l.is_expired(now));
    let (viewer, notice) = viewer_and_notice(&state, login).await?;
    keep_session_current(&session, claimed, login, viewer.is_some(), now)?;
    // Only a page shows the flash: a photo loaded meanwhile must not use it up.
    let flash = (req.method().is_safe() && !req.path().starts_with("/photos/"))
        .then(|| session::take_flash(&session))
        .flatten();
    Ok(SiteContext {
        viewer,
        notice,
        flash,
        path: req.path().to_string(),
        query: req.query_string().to_string(),
        session: Some(session),
    })
}

/// The signed-in account (if the database still accepts the sign-in) and the notice, in one
/// database job; none at all for a visitor while the notice's copy in memory is fresh.
async fn viewer_and_notice(
    state: &AppState,
    login: Option<SessionLogin>,
) -> Result<(Option<Account>, SiteNotice), AppError> {
    let cached = state.notice.fresh();
    if let (None, Some(notice)) = (login, &cached) {
        return Ok((None, notice.clone()));
    }
    let need_notice = cached.is_none();
    let (viewer, loaded) = state
        .db(move |conn| {
            let viewer = match login {
                Some(l) => users::for_session(conn, l.user_id, l.generation, l.sign_in)?,
                None => None,
            };
            let loaded = if need_notice {
                Some(notice::load(conn)?)
            } else {
                None
            };
            Ok((viewer, loaded))
        })
        .await?;
    if let Some(notice) = &loaded {
        state.notice.keep(notice);
    }
    let notice = loaded.or(cached).unwrap_or_default();
    Ok((viewer, notice))
}

/// Forgets a sign-in that expired or that the database no longer accepts; refreshes "last seen".
fn keep_session_current(
    session: &Session,
    claimed: Option<SessionLogin>,
    login: Option<SessionLogin>,
    accepted: bool,
    now: i64,
) -> Result<(), AppError> {
    match login {
        Some(login) if accepted && login.needs_touch(now) => session::touch(session, login, now)?,
        Some(_) if accepted => {}
        _ if claimed.is_some() => session::forget_login(session),
        _ => {}
    }
    Ok(())
}
