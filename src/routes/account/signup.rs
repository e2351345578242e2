//! Creating an account, and confirming its email address.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::auth::next::local_path;
use crate::db::tokens::TokenState;
use crate::domain::{Field, FieldErrors};
use crate::error::AppError;
use crate::i18n::{text, text_with};
use crate::limits::rate::Action;
use crate::site::render::{page, see_other, see_other_saying, too_many, wait_message};
use crate::site::try_later::keep_form;
use crate::site::{ClientAddress, CurrentUser, HtmlForm, Site, Viewer};
use crate::state::AppState;
use crate::use_cases::accounts::signup::{self, Resend};

use super::start_signed_in;

/// The fields of the sign-up form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignupForm {
    name: String,
    email: String,
    password: String,
    password_confirm: String,
    /// Where the person was going (a local path), kept until the address is confirmed.
    next: String,
}

/// The sign-up form (passwords are never sent back).
#[derive(Template, Default)]
#[template(path = "account/signup.html")]
pub struct SignupPage {
    name: String,
    email: String,
    errors: FieldErrors,
    /// Where to go once the address is confirmed; a local path or empty.
    next: String,
}

/// The query of the sign-up page.
#[derive(Deserialize)]
pub struct SignupQuery {
    next: Option<String>,
}

fn local_or_empty(next: &str) -> String {
    local_path(next).unwrap_or_default().to_string()
}

/// GET `/account/signup`.
pub async fn form(
    Viewer(viewer): Viewer,
    query: web::Query<SignupQuery>,
) -> Result<HttpResponse, AppError> {
    if viewer.is_some() {
        return Ok(see_other("/account"));
    }
    let next = local_or_empty(query.next.as_deref().unwrap_or_default());
    page(
        StatusCode::OK,
        &SignupPage {
            next,
            ..SignupPage::default()
        },
    )
}

/// POST `/account/signup`: 422 with the errors, 429 with the form kept when this address or
/// email address has signed up too often, 503 with the form kept when the registry is busy,
/// else the mail and "check your email".
pub async fn create(
    state: web::Data<AppState>,
    address: ClientAddress,
    HtmlForm(form): HtmlForm<SignupForm>,
) -> Result<HttpResponse, AppError> {
    let (name, email) = (form.name.clone(), form.email.clone());
    let next = local_or_empty(&form.next);
    let answer = sign_up(state, address, form).await;
    keep_form(answer, |errors| SignupPage {
        name,
        email,
        next,
        errors,
    })
}

async fn sign_up(
    state: web::Data<AppState>,
    ClientAddress(address): ClientAddress,
    form: SignupForm,
) -> Result<HttpResponse, AppError> {
    let parsed = crate::auth::account::parse(
        &form.name,
        &form.email,
        &form.password,
        &form.password_confirm,
    );
    let account = match parsed {
        Ok(account) => account,
        Err(errors) => {
            let page_with_errors = SignupPage {
                name: form.name,
                email: form.email,
                errors,
                next: local_or_empty(&form.next),
            };
            return page(StatusCode::UNPROCESSABLE_ENTITY, &page_with_errors);
        }
    };
    let email = account.email.clone();
    if let Err(wait) = state.rate.check(Action::SignUp, address, Some(&email)) {
        let mut errors = FieldErrors::new();
        errors.add(Field::whole_form(), wait_message(wait));
        let kept = SignupPage {
            name: form.name,
            email: form.email,
            errors,
            next: local_or_empty(&form.next),
        };
        return too_many(&kept, wait);
    }
    let next = local_path(&form.next).map(str::to_string);
    let lang = crate::i18n::current();
    if let Some(mail) = signup::sign_up(&state, account, next, lang).await? {
        state.send_mail(mail).await;
    }
    let sent = text_with("account-mail-sent", &[("email", email.into())]);
    Ok(see_other_saying("/account/check-email", sent))
}

/// "Check your email", after signing up or asking for a reset link.
#[derive(Template)]
#[template(path = "account/check_email.html")]
pub struct CheckEmailPage;

/// GET `/account/check-email`.
pub async fn check_email() -> Result<HttpResponse, AppError> {
    page(StatusCode::OK, &CheckEmailPage)
}

/// The query of a confirmation link.
#[derive(Deserialize)]
pub struct VerifyQuery {
    #[serde(default)]
    token: String,
}

/// The result of following a confirmation link.
#[derive(Template)]
#[template(path = "account/verified.html")]
pub struct VerifiedPage {
    claimed: usize,
}

/// A confirmation or reset link that does not work (expired, used, unknown).
#[derive(Template)]
#[template(path = "account/link_problem.html")]
pub struct LinkProblemPage {
    pub state: TokenState,
    /// The message key of what the link was for: `account-purpose-confirm` ("confirm your
    /// email address") or `account-purpose-reset` ("reset your password").
    pub purpose: &'static str,
}

impl LinkProblemPage {
    /// The purpose in the page's language.
    fn purpose_words(&self) -> String {
        text(self.purpose)
    }
}

impl LinkProblemPage {
    /// The page with the status that fits: 410 for a link that worked once, 404 otherwise.
    pub fn respond(state: TokenState, purpose: &'static str) -> Result<HttpResponse, AppError> {
        let status = match state {
            TokenState::Expired | TokenState::Used => StatusCode::GONE,
            _ => StatusCode::NOT_FOUND,
        };
        page(status, &LinkProblemPage { state, purpose })
    }
}

/// GET `/account/verify?token=…`: confirms the address (a write: refused while read-only),
/// signs the person in, and goes on to where they were going when they signed up.
pub async fn verify(
    state: web::Data<AppState>,
    site: Site,
    session: Session,
    query: web::Query<VerifyQuery>,
) -> Result<HttpResponse, AppError> {
    if site.0.notice.read_only {
        return Err(AppError::ReadOnly);
    }
    let confirmation = signup::verify(&state, query.into_inner().token).await?;
    if !matches!(confirmation.state, TokenState::Valid { .. }) {
        return LinkProblemPage::respond(confirmation.state, "account-purpose-confirm");
    }
    if let Some(account) = &confirmation.account {
        start_signed_in(&state, &session, account, "confirmed the email address").await?;
    }
    match confirmation.next.as_deref().and_then(local_path) {
        Some(next) if confirmation.account.is_some() => {
            Ok(see_other_saying(next, text("account-confirmed-carry-on")))
        }
        _ => page(
            StatusCode::OK,
            &VerifiedPage {
                claimed: confirmation.claimed,
            },
        ),
    }
}

/// POST `/account/verify/send`: mails a new confirmation link.
pub async fn send_again(
    state: web::Data<AppState>,
    ClientAddress(address): ClientAddress,
    CurrentUser(account): CurrentUser,
) -> Result<HttpResponse, AppError> {
    let email = account.email.clone();
    if let Err(wait) = state.rate.check(Action::Mail, address, Some(&email)) {
        return Err(AppError::TooMany { wait });
    }
    let message = match signup::resend(&state, account, crate::i18n::current()).await? {
        Resend::AlreadyVerified => text("account-already-confirmed"),
        Resend::TooSoon => text("account-link-too-soon"),
        Resend::Sent(mail) => {
            state.send_mail(mail).await;
            text_with("account-link-sent", &[("email", email.into())])
        }
    };
    Ok(see_other_saying("/account", message))
}
