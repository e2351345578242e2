//! Saved searches: POST `/account/searches` keeps a search on the account (for its alerts),
//! POST `/account/searches/{id}/delete` drops one.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::saved_searches;
use crate::domain::commitment::stored::now;
use crate::error::AppError;
use crate::i18n::{count, text, text_with};
use crate::search::SearchQuery;
use crate::site::render::{done_or_not_found, see_other_saying};
use crate::site::{CurrentUser, HtmlForm};
use crate::state::AppState;
use crate::views::follow::describe;

/// The most searches one account may keep.
pub const MAX_SAVED_SEARCHES: i64 = 20;
/// The longest name of a saved search, in characters.
const MAX_NAME_CHARS: usize = 100;
/// The longest query string a saved search keeps (a search text is at most 500 characters).
const MAX_QUERY_BYTES: usize = 8_000;

/// The "Save this search" form.
#[derive(Debug, Deserialize)]
pub struct SaveSearchForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    query: String,
}

/// POST `/account/searches`: 303 to the account page, where saved searches are listed.
pub async fn save(
    state: web::Data<AppState>,
    CurrentUser(account): CurrentUser,
    HtmlForm(form): HtmlForm<SaveSearchForm>,
) -> Result<HttpResponse, AppError> {
    let query = read_query(&form.query)?;
    let kept = query.with_page(1).to_query_string();
    let typed = form.name.trim().chars().count();
    if typed > MAX_NAME_CHARS {
        // Never shortened silently: said, and the search is there to save again.
        let message = text_with(
            "account-search-name-too-long",
            &[("max", count(MAX_NAME_CHARS)), ("typed", count(typed))],
        );
        return Ok(see_other_saying(
            &format!("/commitments?{kept}#follow"),
            message,
        ));
    }
    let name = name_for(&form.name, &query);
    let user_id = account.id;
    let saved = state
        .db(move |conn| {
            let entry = (name.as_str(), kept.as_str());
            Ok(saved_searches::add_within(
                conn,
                user_id,
                entry,
                MAX_SAVED_SEARCHES,
                now(),
            )?)
        })
        .await?;
    let message = match saved {
        Some(_) => text("account-search-saved"),
        None => text_with(
            "account-search-too-many",
            &[("max", count(MAX_SAVED_SEARCHES))],
        ),
    };
    Ok(see_other_saying("/account#saved-searches", message))
}

/// POST `/account/searches/{id}/delete`.
pub async fn delete(
    state: web::Data<AppState>,
    CurrentUser(account): CurrentUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id: i64 = path.into_inner().parse().map_err(|_| AppError::NotFound)?;
    let user_id = account.id;
    let deleted = state
        .db(move |conn| Ok(saved_searches::delete(conn, user_id, id)?))
        .await?;
    let to = "/account#saved-searches";
    done_or_not_found(deleted, to, "account-search-deleted")
}

/// The search a saved search keeps, validated as the search page does.
fn read_query(text: &str) -> Result<SearchQuery, AppError> {
    let unreadable = || AppError::BadRequest(crate::i18n::text("account-search-unreadable"));
    if text.len() > MAX_QUERY_BYTES {
        return Err(unreadable());
    }
    let text = text.trim_start_matches('?');
    let pairs: Vec<(String, String)> = serde_html_form::from_str(text).map_err(|_| unreadable())?;
    SearchQuery::parse(&pairs).map_err(|error| {
        let problem = error.message.clone();
        AppError::BadRequest(text_with(
            "account-search-invalid",
            &[("problem", problem.into())],
        ))
    })
}

/// The name given, or the search's filters in words, at most 100 characters.
fn name_for(given: &str, query: &SearchQuery) -> String {
    let given: String = given.chars().filter(|c| !c.is_control()).collect();
    let name = match given.trim() {
        "" => describe(query),
        name => name.to_string(),
    };
    name.chars().take(MAX_NAME_CHARS).collect() // a described search can be long
}
