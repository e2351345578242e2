//! `/organisations`: every lead entity and partner, A to Z; `/organisations/{slug}`: the
//! commitments naming one, searched with the usual facets (the search engine's organisation
//! filter, so the counts are as exact as the search page's).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use askama_web::WebTemplate;
use serde::Deserialize;

use super::search::{find, parse_for_page, Loading};
use crate::error::AppError;
use crate::i18n::text_with;
use crate::search::organisations::OrganisationFilter;
use crate::site::render::page;
use crate::state::AppState;
use crate::views::organisations::{
    OrganisationHeading, OrganisationList, OrganisationPage, ORGANISATIONS_PER_PAGE,
};
use crate::views::CommitmentCard;

/// The highest page number of the list accepted.
const MAX_PAGE: u32 = 100_000;

/// The longest name filter accepted, in characters.
const MAX_NAME_FILTER_CHARS: usize = 200;

/// The query string of `/organisations`.
#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    letter: String,
    #[serde(default)]
    page: Option<String>,
}

/// The list page.
#[derive(Template, WebTemplate)]
#[template(path = "public/organisations.html", whitespace = "minimize")]
pub struct OrganisationsPage {
    list: OrganisationList,
}

/// GET `/organisations`.
pub async fn index(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<OrganisationsPage, AppError> {
    let params: ListParams = serde_html_form::from_str(request.query_string())
        .map_err(|_| AppError::BadRequest(crate::i18n::text("error-query-unreadable")))?;
    let (filter, page) = read_list_params(&params)?;
    let engine = state.search.clone();
    let today = state.today();
    let wanted = filter.clone();
    let (total, lines) = state
        .db(move |conn| {
            let index = engine.index(conn, today)?;
            let skip = (page as usize - 1) * ORGANISATIONS_PER_PAGE;
            Ok(index
                .organisations
                .listing(&wanted, skip, ORGANISATIONS_PER_PAGE))
        })
        .await?;
    Ok(OrganisationsPage {
        list: OrganisationList::new(filter, page, total, lines),
    })
}

/// The filter and page number asked for; a bad value is a 400 that names it.
fn read_list_params(params: &ListParams) -> Result<(OrganisationFilter, u32), AppError> {
    let text = params.q.trim();
    if text.chars().count() > MAX_NAME_FILTER_CHARS {
        return Err(AppError::BadRequest(text_with(
            "org-bad-name-filter",
            &[("max", crate::i18n::count(MAX_NAME_FILTER_CHARS))],
        )));
    }
    let letter = match params.letter.trim() {
        "" => None,
        "other" => Some(None),
        one if one.len() == 1 && one.chars().all(|c| c.is_ascii_alphabetic()) => {
            Some(one.chars().next().map(|c| c.to_ascii_uppercase()))
        }
        other => {
            return Err(AppError::BadRequest(text_with(
                "org-bad-letter",
                &[("value", other.into())],
            )))
        }
    };
    let page = match params.page.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(raw) => raw
            .parse::<u32>()
            .ok()
            .filter(|p| (1..=MAX_PAGE).contains(p))
            .ok_or_else(|| {
                let max = ("max", crate::i18n::count(MAX_PAGE));
                AppError::BadRequest(text_with("org-bad-page", &[("value", raw.into()), max]))
            })?,
    };
    let filter = OrganisationFilter {
        text: text.chars().filter(|c| !c.is_control()).collect(),
        letter,
    };
    Ok((filter, page))
}

/// GET `/organisations/{slug}`: its commitments with the search parameters of `/commitments`;
/// another spelling of its slug is sent on to the one it is shown under.
pub async fn show(
    state: web::Data<AppState>,
    request: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let asked = slug.clone();
    let (mut query, problems) = parse_for_page(&request)?;
    query.organisation = Some(slug.clone());
    let found = find(
        &state,
        query.clone(),
        Loading::Cards,
        move |_, index, _, ids| {
            let heading = index
                .organisations
                .find(&slug)
                .map(OrganisationHeading::new);
            Ok((heading, index.summaries(ids)))
        },
    )
    .await?;
    let (heading, summaries) = found.results;
    let heading = heading.ok_or(AppError::NotFound)?;
    if asked != heading.slug {
        return Ok(moved_to(&heading.slug, request.query_string()));
    }
    let today = found.today;
    let cards = summaries
        .into_iter()
        .map(|s| CommitmentCard::new(s, today))
        .collect();
    let shown = OrganisationPage::new(heading, query, found.evaluation, cards)
        .with_problems(problems.on_filters_only());
    page(shown.status(), &shown)
}

/// A permanent redirect to the organisation's own slug, with the same search.
fn moved_to(slug: &str, query_string: &str) -> HttpResponse {
    const KEPT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-');
    let path = format!(
        "/organisations/{}",
        percent_encoding::utf8_percent_encode(slug, KEPT)
    );
    let location = if query_string.is_empty() {
        path
    } else {
        format!("{path}?{query_string}")
    };
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, location))
        .finish()
}
