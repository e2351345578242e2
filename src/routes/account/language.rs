//! A person's preferred language: the language of the mail the registry sends them.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::user_language;
use crate::error::AppError;
use crate::i18n::{text_in, Lang};
use crate::site::render::see_other_saying;
use crate::site::{CurrentUser, HtmlForm};
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
    Ok(see_other_saying(
        &format!("/account?lang={}#language", lang.code()),
        text_in(lang, "account-language-saved"),
    ))
}
