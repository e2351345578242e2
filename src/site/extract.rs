//! Access checks in one place, as extractors: a handler that takes `CurrentUser`,
//! `VerifiedUser`, `RequireModerator` or `RequireAdmin` cannot run for anyone else.
//!
//! Anonymous visitors are sent to sign in (`/account/login?next=…`); signed-in people without
//! the right get 403. The account comes from the context, which read it from the database.

use std::future::{ready, Ready};
use std::rc::Rc;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use serde::de::DeserializeOwned;

use super::context::SiteContext;
use crate::db::users::Account;
use crate::error::AppError;

/// The request's context (who is asking, the notice); empty on paths without one.
pub struct Site(pub Rc<SiteContext>);

impl FromRequest for Site {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let context = req.extensions().get::<Rc<SiteContext>>().cloned();
        ready(Ok(Site(context.unwrap_or_default())))
    }
}

fn signed_in(req: &HttpRequest) -> Result<Account, AppError> {
    req.extensions()
        .get::<Rc<SiteContext>>()
        .and_then(|context| context.viewer.clone())
        .ok_or_else(|| login_required(req))
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

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Ready<Result<Self, AppError>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let admits: fn(&Account) -> bool = $admits;
                ready(signed_in(req).and_then(|account| {
                    if admits(&account) {
                        Ok($name(account))
                    } else {
                        Err($refusal)
                    }
                }))
            }
        }
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
            let unreadable = || {
                AppError::BadRequest("The form could not be read. Go back and try again.".into())
            };
            let body = body.await.map_err(|_| unreadable())?;
            serde_html_form::from_bytes(&body)
                .map(HtmlForm)
                .map_err(|_| unreadable())
        })
    }
}
