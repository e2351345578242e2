//! Access checks in one place, as extractors: a handler that takes `CurrentUser`,
//! `VerifiedUser`, `RequireModerator` or `RequireAdmin` cannot run for anyone else.
//!
//! Anonymous visitors are sent to sign in (`/account/login?next=…`); signed-in people without
//! the right get 403. The account comes from the context, which read it from the database.

use std::rc::Rc;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use serde::de::DeserializeOwned;

use super::context::SiteContext;
use crate::domain::Account;
use crate::error::AppError;

/// The request's context (who is asking, the notice); empty on paths without one.
pub struct Site(pub Rc<SiteContext>);

extract_at_once!(Site, |req| Ok(Site(context(req).unwrap_or_default())));

/// The context the middleware resolved for this request, if any.
fn context(req: &HttpRequest) -> Option<Rc<SiteContext>> {
    req.extensions().get::<Rc<SiteContext>>().cloned()
}

fn signed_in(req: &HttpRequest) -> Result<Account, AppError> {
    viewer(req).ok_or_else(|| login_required(req))
}

fn viewer(req: &HttpRequest) -> Option<Account> {
    context(req).and_then(|context| context.viewer.clone())
}

/// Sends the visitor to sign in, then back here (pages only: a form post cannot be replayed).
fn login_required(req: &HttpRequest) -> AppError {
    let next = (req.method() == actix_web::http::Method::GET)
        .then(|| req.uri().path_and_query().map(|p| p.as_str().to_string()))
        .flatten();
    AppError::LoginRequired { next }
}

/// Declares an extractor that admits a signed-in account passing `$admits`.
macro_rules! access_extractor {
    ($(#[$meta:meta])* $name:ident, $admits:expr, $refusal:expr) => {
        $(#[$meta])*
        pub struct $name(pub Account);

        extract_at_once!($name, |req| {
            let admits: fn(&Account) -> bool = $admits;
            signed_in(req).and_then(|account| {
                if admits(&account) {
                    Ok($name(account))
                } else {
                    Err($refusal)
                }
            })
        });
    };
}

access_extractor!(
    /// Any signed-in account.
    CurrentUser,
    |_| true,
    AppError::Forbidden
);
access_extractor!(
    /// A signed-in account whose email address is confirmed (needed to register commitments).
    VerifiedUser,
    |account| account.verified,
    AppError::Unverified
);
access_extractor!(
    /// A moderator or an admin.
    RequireModerator,
    |account| account.role.is_moderator(),
    AppError::Forbidden
);
access_extractor!(
    /// An admin.
    RequireAdmin,
    |account| account.role.is_admin(),
    AppError::Forbidden
);

/// A form body read with `serde_html_form` (repeated keys become lists). A body that cannot be
/// read is a 400 whose text never repeats what was typed (it may be a password).
pub struct HtmlForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for HtmlForm<T> {
    type Error = AppError;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = actix_web::web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let unreadable =
                || AppError::BadRequest(crate::i18n::text("commitment-form-unreadable"));
            let body = body.await.map_err(|_| unreadable())?;
            serde_html_form::from_bytes(&body)
                .map(HtmlForm)
                .map_err(|_| unreadable())
        })
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;
    use actix_web::ResponseError;

    use super::*;
    use crate::domain::Role;

    fn account(role: Role, verified: bool) -> Account {
        Account {
            id: 7,
            email: "ana@example.org".into(),
            name: "Ana".into(),
            role,
            verified,
            suspended: false,
            session_generation: 0,
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    fn request(viewer: Option<Account>, path: &str) -> HttpRequest {
        let req = TestRequest::get().uri(path).to_http_request();
        req.extensions_mut()
            .insert(Rc::new(SiteContext::for_viewer(viewer)));
        req
    }

    #[actix_web::test]
    async fn visitors_are_sent_to_sign_in_and_back() {
        let req = request(None, "/account?tab=1");
        let Err(error) = CurrentUser::extract(&req).await else {
            panic!("a visitor got through");
        };
        let response = error.error_response();
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers().get("location").unwrap(),
            "/account/login?next=%2Faccount%3Ftab%3D1"
        );
    }

    #[actix_web::test]
    async fn an_unverified_account_gets_a_page_to_ask_for_the_link_again() {
        let req = request(Some(account(Role::Contributor, false)), "/commitments/new");
        let Err(error) = VerifiedUser::extract(&req).await else {
            panic!("an unverified account got through");
        };
        assert!(matches!(error, AppError::Unverified));
        let response = error.error_response();
        assert_eq!(response.status(), 403);
        let body = actix_web::body::to_bytes(response.into_body())
            .await
            .unwrap();
        let page = String::from_utf8_lossy(&body);
        assert!(page.contains("Confirm your email address first"));
        assert!(page.contains("action=\"/account/verify/send\""));
        assert!(page.contains("Send the link again"));
    }

    #[actix_web::test]
    async fn a_verified_account_may_register() {
        let req = request(Some(account(Role::Contributor, true)), "/commitments/new");
        assert!(VerifiedUser::extract(&req).await.is_ok());
    }

    #[actix_web::test]
    async fn roles_are_checked_with_admins_having_every_moderator_right() {
        let contributor = request(Some(account(Role::Contributor, true)), "/moderation");
        let moderator = request(Some(account(Role::Moderator, true)), "/moderation");
        let admin = request(Some(account(Role::Admin, true)), "/moderation");
        assert!(matches!(
            RequireModerator::extract(&contributor).await,
            Err(AppError::Forbidden)
        ));
        assert!(RequireModerator::extract(&moderator).await.is_ok());
        assert!(RequireModerator::extract(&admin).await.is_ok());
        assert!(matches!(
            RequireAdmin::extract(&moderator).await,
            Err(AppError::Forbidden)
        ));
        assert!(RequireAdmin::extract(&admin).await.is_ok());
    }
}

/// The commitment id of a `/commitments/{id}/…` path: 404 when it is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentPath(pub i64);

extract_at_once!(CommitmentPath, |req| {
    path_number(req, |name| name == "id").map(CommitmentPath)
});

/// The commitment id and the id of one of its parts (an editor, a revision, a report, a
/// photo) in a `/commitments/{id}/…/{part_id}/…` path: 404 when either is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentPartPath(pub i64, pub i64);

extract_at_once!(CommitmentPartPath, |req| {
    let id = path_number(req, |name| name == "id");
    let part = path_number(req, |name| name != "id");
    id.and_then(|id| part.map(|part| CommitmentPartPath(id, part)))
});

/// The number in the first path segment whose name passes `named`: 404 when there is none.
fn path_number(req: &HttpRequest, named: impl Fn(&str) -> bool) -> Result<i64, AppError> {
    req.match_info()
        .iter()
        .find(|(name, _)| named(name))
        .and_then(|(_, raw)| raw.parse().ok())
        .ok_or(AppError::NotFound)
}

/// The signed-in account, if any, for pages that anyone may see.
pub struct Viewer(pub Option<Account>);

extract_at_once!(Viewer, |req| Ok(Viewer(viewer(req))));
