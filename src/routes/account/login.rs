//! Signing in and out.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::auth::next::{after_login, local_path, reason};
use crate::db::{sign_ins, users};
use crate::domain::{Field, FieldErrors, Message};
use crate::error::AppError;
use crate::i18n::text;
use crate::limits::rate::Action;
use crate::site::render::{page, see_other, see_other_saying, too_many, wait_message};
use crate::site::try_later::keep_form;
use crate::site::{session, ClientAddress, HtmlForm, Site, Viewer};
use crate::state::AppState;
use crate::use_cases::accounts::login::{attempt, Attempt};
use crate::wording::wait_words;

use super::start_signed_in;

/// The query of the sign-in page.
#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// The fields of the sign-in form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// The sign-in form.
#[derive(Template)]
#[template(path = "account/login.html")]
pub struct LoginPage {
    email: String,
    /// Where to go after signing in; always a local path or empty.
    next: String,
    errors: FieldErrors,
}

impl LoginPage {
    fn new(email: String, next: &str, errors: FieldErrors) -> Self {
        let next = local_path(next).unwrap_or_default().to_string();
        LoginPage {
            email,
            next,
            errors,
        }
    }

    /// The page's title: why the person was sent here, from where they were going, or
    /// "Sign in".
    fn heading(&self) -> String {
        text(reason(&self.next).unwrap_or("account-sign-in-title"))
    }

    /// "Create an account", keeping where the person was going.
    fn signup_link(&self) -> String {
        match self.next.as_str() {
            "" => "/account/signup".into(),
            next => format!(
                "/account/signup?next={}",
                form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            ),
        }
    }

    fn with_error(email: String, next: &str, message: Message) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(Field::single("email"), message);
        LoginPage::new(email, next, errors)
    }
}

/// GET `/account/login`.
pub async fn form(
    Viewer(viewer): Viewer,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let next = query.next.as_deref().unwrap_or_default();
    if viewer.is_some() {
        return Ok(see_other(after_login(Some(next))));
    }
    page(
        StatusCode::OK,
        &LoginPage::new(String::new(), next, FieldErrors::new()),
    )
}

/// POST `/account/login`: 303 where the person was going; 422 or 429 with the form kept and
/// why; 503 with the form kept when the registry is busy.
pub async fn submit(
    state: web::Data<AppState>,
    session: Session,
    address: ClientAddress,
    HtmlForm(form): HtmlForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let (email, next) = (form.email.clone(), form.next.clone());
    let answer = sign_in(state, session, address, form).await;
    keep_form(answer, |errors| LoginPage::new(email, &next, errors))
}

async fn sign_in(
    state: web::Data<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    form: LoginForm,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim().to_string();
    let mut errors = FieldErrors::new();
    if email.is_empty() {
        errors.add(Field::single("email"), "login-email-missing");
    }
    if form.password.is_empty() {
        errors.add(Field::single("password"), "login-password-missing");
    }
    if !errors.is_empty() {
        let retry = LoginPage::new(form.email, &form.next, errors);
        return page(StatusCode::UNPROCESSABLE_ENTITY, &retry);
    }
    // Only this client address slows down; other people sharing nothing with it do not.
    if let Err(wait) = state.rate.check(Action::SignIn, address, None) {
        return wait_page(email, &form.next, wait_message(wait), wait);
    }
    match attempt(&state, email.clone(), form.password).await? {
        Attempt::SignedIn(account) => {
            start_signed_in(&state, &session, &account, "password").await?;
            Ok(see_other(after_login(Some(&form.next))))
        }
        Attempt::Refused => {
            let message = Message::new("login-refused");
            let retry = LoginPage::with_error(email, &form.next, message);
            page(StatusCode::UNPROCESSABLE_ENTITY, &retry)
        }
        Attempt::Suspended { reason } => {
            let message = match reason.filter(|r| !r.trim().is_empty()) {
                Some(reason) => {
                    Message::new("login-suspended-reason").text("reason", reason.trim())
                }
                None => Message::new("login-suspended"),
            };
            page(
                StatusCode::FORBIDDEN,
                &LoginPage::with_error(email, &form.next, message),
            )
        }
        Attempt::Wait(wait) => {
            let message = Message::new("login-locked").message("wait", wait_words(wait));
            wait_page(email, &form.next, message, wait)
        }
    }
}

/// 429 with the form kept (the email address and where to go next) and why to wait.
fn wait_page(
    email: String,
    next: &str,
    message: Message,
    wait: std::time::Duration,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    errors.add(Field::whole_form(), message);
    too_many(&LoginPage::new(email, next, errors), wait)
}

/// The fields of the sign-out form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LogoutForm {
    /// `on` to end every session of the account, on every device.
    everywhere: String,
}

/// POST `/account/logout`.
pub async fn logout(
    state: web::Data<AppState>,
    session: Session,
    site: Site,
    HtmlForm(form): HtmlForm<LogoutForm>,
) -> Result<HttpResponse, AppError> {
    let everywhere = form.everywhere == "on";
    let this_sign_in = session::login(&session).map(|login| login.sign_in);
    if let (Some(viewer), true) = (site.0.viewer.as_ref(), everywhere) {
        let id = viewer.id;
        state
            .db(move |conn| Ok(users::end_sessions(conn, id)?))
            .await?;
    } else if let Some(sign_in) = this_sign_in {
        state
            .db(move |conn| Ok(sign_ins::end(conn, sign_in)?))
            .await?;
    }
    session::end(&session)?;
    let message = if everywhere {
        text("account-signed-out-everywhere")
    } else {
        text("account-signed-out")
    };
    Ok(see_other_saying("/", message))
}

#[cfg(test)]
mod tests {
    use crate::auth::next::reason;
    use crate::i18n::{text_in, Lang};

    #[test]
    fn the_reasons_to_sign_in_read_in_english_as_they_always_did() {
        let english = |next| reason(next).map(|key| text_in(Lang::En, key));
        assert_eq!(
            english("/commitments/new").as_deref(),
            Some("Sign in to register a commitment")
        );
        assert_eq!(
            english("/commitments/12/edit").as_deref(),
            Some("Sign in to edit this commitment")
        );
        assert_eq!(
            english("/commitments/12/reports/new?x=1").as_deref(),
            Some("Sign in to file a progress report")
        );
    }
}
