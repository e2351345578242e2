//! A moderator's choice of mail: whether to be told when a commitment is waiting for review.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::mail_recipients::set_review_mail;
use crate::error::AppError;
use crate::site::render::see_other_saying;
use crate::site::{HtmlForm, RequireModerator};
use crate::state::AppState;

/// The form on /account: one checkbox, `review_mail=on` when ticked.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MailChoice {
    review_mail: String,
}

/// POST `/account/mail` (moderators and admins): stores the choice, 303 back to /account.
pub async fn save(
    state: web::Data<AppState>,
    RequireModerator(moderator): RequireModerator,
    HtmlForm(form): HtmlForm<MailChoice>,
) -> Result<HttpResponse, AppError> {
    let on = form.review_mail == "on";
    let id = moderator.id;
    state
        .db(move |conn| Ok(set_review_mail(conn, id, on)?))
        .await?;
    let message = if on {
        crate::i18n::text("account-mail-on")
    } else {
        crate::i18n::text("account-mail-off")
    };
    Ok(see_other_saying("/account#mail", message))
}
