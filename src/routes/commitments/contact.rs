//! `/commitments/{id}/contact`: a signed-in, confirmed person writes to a commitment's contact
//! person, who gets the mail with the sender's address to reply to; the contact's address is
//! never shown, whatever `contact.public` says.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::access::Addressee;
use crate::domain::commitment::stored::now;
use crate::domain::{Field, FieldErrors, Message};
use crate::error::AppError;
use crate::i18n::text_with;
use crate::site::render::{lifted_at, page, see_other_saying, too_many};
use crate::site::HtmlForm;
use crate::state::AppState;
use crate::use_cases::contact::{send, ContactText, Sent, MESSAGES_PER_DAY};

/// The contact form, blank or as typed.
#[derive(Template)]
#[template(path = "commitments/contact.html")]
pub struct ContactPage {
    id: i64,
    title: String,
    contact_name: String,
    sender_email: String,
    subject: String,
    message: String,
    errors: FieldErrors,
}

/// The fields of the form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ContactFields {
    subject: String,
    message: String,
}

/// GET `/commitments/{id}/contact` (signed-in, confirmed accounts).
pub async fn form(to: Addressee) -> Result<HttpResponse, AppError> {
    let blank = ContactFields::default();
    page(
        StatusCode::OK,
        &contact_page(&to, blank, FieldErrors::new()),
    )
}

fn contact_page(to: &Addressee, fields: ContactFields, errors: FieldErrors) -> ContactPage {
    ContactPage {
        id: to.id,
        title: to.title.clone(),
        contact_name: to.contact_name.clone(),
        sender_email: to.user.email.clone(),
        subject: fields.subject,
        message: fields.message,
        errors,
    }
}

/// POST `/commitments/{id}/contact`: 303 to the commitment once the mail has gone; 422 with
/// every problem; 429 with the text kept once the account has sent its messages of the day.
pub async fn submit(
    state: web::Data<AppState>,
    to: Addressee,
    HtmlForm(fields): HtmlForm<ContactFields>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = (to.id, &to.user);
    let message = match ContactText::parse(&fields.subject, &fields.message) {
        Ok(message) => message,
        Err(errors) => {
            let refused = contact_page(&to, fields, errors);
            return page(StatusCode::UNPROCESSABLE_ENTITY, &refused);
        }
    };
    let base_url = state.settings.public_url.trim_end_matches('/').to_string();
    let sender = user.clone();
    let sent = state
        .db(move |conn| Ok(send(conn, &sender, id, &message, &base_url, now())?))
        .await?;
    match sent {
        Sent::Ready(mail) => {
            state.send_mail(*mail).await;
            let email = ("email", user.email.as_str().into());
            let done = text_with("commitment-contact-sent", &[email]);
            Ok(see_other_saying(&format!("/commitments/{id}"), done))
        }
        Sent::NotFound => Err(AppError::NotFound),
        Sent::LimitReached { again_at } => {
            let mut errors = FieldErrors::new();
            errors.add(Field::whole_form(), limit_message(again_at));
            let wait = (again_at - now()).to_std().unwrap_or_default();
            too_many(&contact_page(&to, fields, errors), wait)
        }
    }
}

/// "You have sent 5 messages … from 14:05 UTC on 8 December 2026 (in 3 hours)."
fn limit_message(again_at: chrono::NaiveDateTime) -> Message {
    let limit = Message::new("contact-limit").number("count", MESSAGES_PER_DAY);
    lifted_at(limit, again_at)
}
