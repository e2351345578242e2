//! Resetting a forgotten password: ask for a link, then choose a new password.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::signup::LinkProblemPage;
use crate::auth::account::check_email;
use crate::auth::password;
use crate::db::tokens::TokenState;
use crate::domain::{Field, FieldErrors};
use crate::error::AppError;
use crate::limits::rate::Action;
use crate::site::render::{page, see_other_saying, too_many, wait_message};
use crate::site::try_later::form_kept;
use crate::site::{session, ClientAddress, HtmlForm};
use crate::state::AppState;
use crate::use_cases::accounts::reset;

const PURPOSE: &str = "account-purpose-reset";

/// The form that asks for the email address.
#[derive(Template, Default)]
#[template(path = "account/reset_request.html")]
pub struct ResetRequestPage {
    email: String,
    errors: FieldErrors,
}

/// The fields of the request form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetRequestForm {
    email: String,
}

/// GET `/account/reset`.
pub async fn request_form() -> Result<HttpResponse, AppError> {
    page(StatusCode::OK, &ResetRequestPage::default())
}

/// POST `/account/reset`: mails a link if the address has an account; says the same either way.
pub async fn request(
    state: web::Data<AppState>,
    ClientAddress(address): ClientAddress,
    HtmlForm(form): HtmlForm<ResetRequestForm>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim().to_string();
    let mut errors = FieldErrors::new();
    check_email(&email, &mut errors);
    if !errors.is_empty() {
        let retry = ResetRequestPage {
            email: form.email,
            errors,
        };
        return page(StatusCode::UNPROCESSABLE_ENTITY, &retry);
    }
    if let Err(wait) = state.rate.check(Action::Mail, address, Some(&email)) {
        errors.add(Field::whole_form(), wait_message(wait));
        let kept = ResetRequestPage {
            email: form.email,
            errors,
        };
        return too_many(&kept, wait);
    }
    let lang = crate::i18n::current();
    if let Some(mail) = reset::request(&state, email.clone(), lang).await? {
        state.send_mail(mail).await;
    }
    let message = crate::i18n::text_with("account-reset-sent", &[("email", email.into())]);
    Ok(see_other_saying("/account/check-email", message))
}

/// The new-password form.
#[derive(Template)]
#[template(path = "account/reset_form.html")]
pub struct NewPasswordPage {
    /// The link's token, posted back in the form's action.
    token: String,
    errors: FieldErrors,
}

/// The fields of the new-password form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPasswordForm {
    password: String,
    password_confirm: String,
}

/// GET `/account/reset/{token}`: the form, or why the link does not work.
pub async fn password_form(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    match reset::check(&state, token.clone()).await? {
        (TokenState::Valid { .. }, _) => {
            let form = NewPasswordPage {
                token,
                errors: FieldErrors::new(),
            };
            page(StatusCode::OK, &form)
        }
        (problem, _) => LinkProblemPage::respond(problem, PURPOSE),
    }
}

/// POST `/account/reset/{token}`: sets the password, ends every session, asks to sign in
/// (503 with the form again when the registry is busy).
pub async fn set_password(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<String>,
    HtmlForm(form): HtmlForm<NewPasswordForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let account = match reset::check(&state, token.clone()).await? {
        (TokenState::Valid { .. }, Some(account)) => account,
        (problem, _) => return LinkProblemPage::respond(problem, PURPOSE),
    };
    let mut errors = FieldErrors::new();
    password::check_new(
        &form.password,
        &form.password_confirm,
        &account.email,
        &mut errors,
    );
    if !errors.is_empty() {
        let retry = NewPasswordPage { token, errors };
        return page(StatusCode::UNPROCESSABLE_ENTITY, &retry);
    }
    let kept = token.clone();
    let completed = match reset::complete(&state, token, form.password).await {
        Ok(completed) => completed,
        Err(error) => {
            return form_kept(error, |errors| NewPasswordPage {
                token: kept,
                errors,
            })
        }
    };
    match completed {
        TokenState::Valid { user_id } => {
            tracing::info!(user_id, "password reset");
            session::end(&session)?;
            let changed = crate::i18n::text("account-password-changed");
            Ok(see_other_saying("/account/login", changed))
        }
        problem => LinkProblemPage::respond(problem, PURPOSE),
    }
}
