//! Which language a request is answered in: `?lang=xx` (kept in a cookie), else the cookie,
//! else the browser's `Accept-Language`, else English. Also the language switch's links.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{time, Cookie};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderValue, ACCEPT_LANGUAGE, VARY};
use actix_web::middleware::Next;
use actix_web::web;

use crate::i18n::{self, Lang};
use crate::search::query::is_search_parameter;
use crate::state::AppState;

/// The cookie keeping the language chosen with `?lang=`.
pub const COOKIE: &str = "lang";
/// The query parameter choosing a language on any page.
pub const PARAMETER: &str = "lang";
const COOKIE_DAYS: i64 = 365;

/// The middleware: answers the rest of the chain in the request's language, and keeps a
/// language chosen with `?lang=` in a cookie.
pub async fn choose(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let asked = asked_in_query(req.query_string());
    let lang = asked
        .or_else(|| kept_in_cookie(&req))
        .or_else(|| from_browser(&req))
        .unwrap_or_default();
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.is_https());
    let mut response = i18n::serve_in(lang, next.call(req)).await?;
    if let Some(lang) = asked {
        response.response_mut().add_cookie(&cookie(lang, secure))?;
    }
    if speaks_a_language(response.headers()) {
        response
            .headers_mut()
            .append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    Ok(response.map_into_boxed_body())
}

/// True for answers worded in the reader's language (pages and the feed); not
/// for stylesheets, scripts, photos or the JSON API, which caches may keep for everyone.
fn speaks_a_language(headers: &actix_web::http::header::HeaderMap) -> bool {
    headers
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|kind| kind.starts_with("text/html") || kind.contains("atom+xml"))
}

/// The language named by `lang=` in a query string, if it is one of ours.
pub fn asked_in_query(query: &str) -> Option<Lang> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == PARAMETER)
        .and_then(|(_, value)| Lang::from_code(&value))
}

fn kept_in_cookie(req: &ServiceRequest) -> Option<Lang> {
    req.cookie(COOKIE).and_then(|c| Lang::from_code(c.value()))
}

fn from_browser(req: &ServiceRequest) -> Option<Lang> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .and_then(i18n::from_accept_language)
}

fn cookie(lang: Lang, secure: bool) -> Cookie<'static> {
    let lasting = time::Duration::days(COOKIE_DAYS);
    super::site_cookie(COOKIE, lang.code().to_string(), secure, lasting)
}

/// One entry of the language switch.
pub struct LanguageLink {
    pub lang: Lang,
    /// The current page in that language: same path and query, `lang` replaced.
    pub href: String,
    pub is_current: bool,
}

/// The language switch for the page at `path` with `query`, in `current`.
pub fn links(path: &str, query: &str, current: Lang) -> Vec<LanguageLink> {
    // The query is read once for the four links.
    let kept = kept_pairs(query);
    Lang::ALL
        .into_iter()
        .map(|lang| LanguageLink {
            lang,
            href: with_lang(path, &kept, lang),
            is_current: lang == current,
        })
        .collect()
}

/// Beyond the search's own parameters, the other listings' (organisations A–Z, accounts by
/// role) that a language link keeps. Anything else (`next`, a token, a value a 400 page
/// refused) is never repeated into a page.
const OTHER_LISTING_PARAMETERS: [&str; 2] = ["letter", "role"];

/// True for what chooses what a page lists: kept by a link to the page in another language.
fn is_kept(name: &str) -> bool {
    is_search_parameter(name) || OTHER_LISTING_PARAMETERS.contains(&name)
}

/// `path?query` with `lang=` set to `lang` (the listing parameters kept, in order).
pub fn href_in(path: &str, query: &str, lang: Lang) -> String {
    with_lang(path, &kept_pairs(query), lang)
}

/// The listing parameters of `query`, encoded, in order (empty when there are none).
fn kept_pairs(query: &str) -> String {
    let mut kept = form_urlencoded::Serializer::new(String::new());
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        if is_kept(&name) {
            kept.append_pair(&name, &value);
        }
    }
    kept.finish()
}

fn with_lang(path: &str, kept: &str, lang: Lang) -> String {
    let and = if kept.is_empty() { "" } else { "&" };
    format!("{path}?{kept}{and}{PARAMETER}={}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_lang_parameter_is_read_and_an_unknown_one_ignored() {
        assert_eq!(asked_in_query("q=water&lang=ar"), Some(Lang::Ar));
        assert_eq!(asked_in_query("lang=xx"), None);
        assert_eq!(asked_in_query(""), None);
    }

    #[test]
    fn switch_links_keep_the_query_and_replace_the_language() {
        let href = href_in(
            "/commitments",
            "q=clean+water&lang=fr&sdg=6&sdg=7",
            Lang::Es,
        );
        assert_eq!(href, "/commitments?q=clean+water&sdg=6&sdg=7&lang=es");
        assert_eq!(href_in("/", "", Lang::Ar), "/?lang=ar");
        let href = href_in(
            "/account/login",
            "next=%2F%2Fevil.example&token=s3cret",
            Lang::Fr,
        );
        assert_eq!(href, "/account/login?lang=fr");
        let all = links("/", "", Lang::Fr);
        assert_eq!(all.iter().filter(|l| l.is_current).count(), 1);
        assert!(all[1].is_current);
    }
}
