//! A person's preferred language: the language of the mail the registry sends them.

use actix_session::Session;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::user_language;
use crate::error::AppError;
use crate::i18n::{text_in, Lang};
use crate::site::render::see_other;
use crate::site::{session, CurrentUser, HtmlForm};
use crate::state::AppState;

/// The form on /account: one select, `language=fr`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageChoice {
    language: String,
}

/// POST `/account/language`: stores the choice, then 303 to /account in that language (which
/// also becomes the language of the pages in this browser).
pub async fn save(
    state: web::Data<AppState>,
    session: Session,
    CurrentUser(account): CurrentUser,
    HtmlForm(form): HtmlForm<LanguageChoice>,
) -> Result<HttpResponse, AppError> {
    let Some(lang) = Lang::from_code(&form.language) else {
        return Err(AppError::BadRequest(crate::i18n::text(
            "account-language-unknown",
        )));
    };
    let id = account.id;
    state
        .db(move |conn| Ok(user_language::set(conn, id, Some(lang.code()))?))
        .await?;
    session::set_flash(&session, &text_in(lang, "account-language-saved"))?;
    Ok(see_other(&format!(
        "/account?lang={}#language",
        lang.code()
    )))
}
