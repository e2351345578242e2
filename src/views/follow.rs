//! Following a search: its Atom feed, the query a saved search keeps, and how both are named.

use crate::db::saved_searches::SavedSearch;
use crate::search::query::DEFAULT_PER_PAGE;
use crate::search::SearchQuery;
use crate::views::search::chips;

/// What the "Follow this search" block of a search page offers.
#[derive(Debug, Clone)]
pub struct Follow {
    /// `/feed.atom` with the search's filters (the whole registry's feed when unfiltered).
    pub feed_url: String,
    /// The query string a saved search keeps (page left out).
    pub saved_query: String,
    /// A name to suggest for the saved search.
    pub suggested_name: String,
    pub filtered: bool,
    /// The sign-in page, coming back to this search.
    pub sign_in_url: String,
}

impl Follow {
    /// The block for the search `query`.
    pub fn of(query: &SearchQuery) -> Self {
        Follow {
            feed_url: in_page_language(feed_path(query)),
            saved_query: query.with_page(1).to_query_string(),
            suggested_name: describe(query).chars().take(100).collect(),
            filtered: query.is_filtered(),
            sign_in_url: sign_in_url(query),
        }
    }
}

/// `path` asking for the page's language, so that a feed reader (which sends no cookie) gets
/// the feed's titles in it; English, the default, needs no asking.
fn in_page_language(path: String) -> String {
    let lang = crate::i18n::current();
    if lang == crate::i18n::Lang::default() {
        return path;
    }
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}lang={}", lang.code())
}

/// The sign-in page's address, coming back to the search `query`.
fn sign_in_url(query: &SearchQuery) -> String {
    let search = query.to_query_string();
    let back = match search.is_empty() {
        true => "/commitments".to_string(),
        false => format!("/commitments?{search}"),
    };
    let next = serde_html_form::to_string([("next", back)]).unwrap_or_default();
    format!("/account/login?{next}")
}

/// The search as a feed follows it: every match, newest first, so order and page are moot.
pub fn as_followed(query: &SearchQuery) -> SearchQuery {
    SearchQuery {
        sort: None,
        page: 1,
        per_page: DEFAULT_PER_PAGE,
        ..query.clone()
    }
}

/// The path of the search's Atom feed.
pub fn feed_path(query: &SearchQuery) -> String {
    let followed = as_followed(query).to_query_string();
    match followed.is_empty() {
        true => "/feed.atom".to_string(),
        false => format!("/feed.atom?{followed}"),
    }
}

/// The search's filters in words ("Region: Africa; Goal: 6 Clean water"), or "All commitments".
pub fn describe(query: &SearchQuery) -> String {
    let labels: Vec<String> = chips(query).into_iter().map(|chip| chip.label).collect();
    match labels.is_empty() {
        true => crate::i18n::text("search-all-commitments"),
        false => labels.join("; "),
    }
}

/// A saved search as the account page lists it.
#[derive(Debug, Clone)]
pub struct SavedSearchLink {
    pub id: i64,
    pub name: String,
    /// The search page with its filters.
    pub run_url: String,
    pub feed_url: String,
}

impl SavedSearchLink {
    /// The links of `search`.
    pub fn of(search: &SavedSearch) -> Self {
        let pairs: Vec<(String, String)> =
            serde_html_form::from_str(&search.query).unwrap_or_default();
        let (query, _) = SearchQuery::parse_keeping_good(&pairs);
        SavedSearchLink {
            id: search.id,
            name: search.name.clone(),
            run_url: format!("/commitments?{}", query.to_query_string()),
            feed_url: feed_path(&query),
        }
    }
}
