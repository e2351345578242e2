//! `/commitments`: search and browse published commitments, with filters whose counts are exact.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use diesel::{QueryResult, SqliteConnection};

use crate::db::fulltext::{documents, Which};
use crate::domain::commitment::summary::CommitmentSummary;
use crate::error::AppError;
use crate::search::fulltext::snippets;
use crate::search::{Evaluation, FacetIndex, ParamError, SearchQuery, Sort, TextQuery};
use crate::site::render::page;
use crate::state::AppState;
use crate::views::pagination::{page_links, PageLink, PER_PAGE_CHOICES};
use crate::views::search::{
    chips, facet_panel, first_shown, results_count, snippet_parts, suggestions, Chip, FacetPanel,
    Suggestion,
};
use crate::views::search_problems::SearchProblems;
use crate::views::CommitmentCard;

/// A search's results page, loaded: the evaluation and what the page shows of its results.
pub struct Found<T> {
    /// The day the search was run for (status and reporting depend on it).
    pub today: chrono::NaiveDate,
    pub evaluation: Evaluation,
    pub results: T,
}

/// Reads the query string strictly (see `SearchQuery::parse`).
pub fn parse_query(request: &HttpRequest) -> Result<SearchQuery, ParamError> {
    SearchQuery::parse(&query_pairs(request)?)
}

/// The query string's decoded name–value pairs.
fn query_pairs(request: &HttpRequest) -> Result<Vec<(String, String)>, ParamError> {
    serde_html_form::from_str(request.query_string()).map_err(|_| ParamError {
        param: "query".into(),
        message: "the query string could not be read".into(),
    })
}

/// What loading a page of results reads besides the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Cards, from the facet index: a search without text stays short and runs in place.
    Cards,
    /// Whole records, from every table: always on the blocking pool.
    Records,
}

/// Runs the search and loads the requested page's results with `load`, on the same snapshot.
pub async fn find<T, L>(
    state: &AppState,
    query: SearchQuery,
    loading: Loading,
    load: L,
) -> Result<Found<T>, AppError>
where
    T: Send + 'static,
    L: FnOnce(&mut SqliteConnection, &FacetIndex, &TextQuery, &[i64]) -> QueryResult<T>
        + Send
        + 'static,
{
    let engine = state.search.clone();
    let today = state.today();
    let text = TextQuery::parse(&query.q);
    // Without text, a search is the facet index's work: short and bounded.
    let has_text = !text.is_empty();
    let job = move |conn: &mut SqliteConnection| {
        let (evaluation, results) =
            engine.search_then(conn, &query, &text, today, |conn, index, evaluation| {
                load(conn, index, &text, &evaluation.page_ids)
            })?;
        Ok(Found {
            today,
            evaluation,
            results,
        })
    };
    match (has_text, loading) {
        (true, Loading::Cards) => state.search_read_now(job).await,
        (true, Loading::Records) => state.search_read(job).await,
        (false, Loading::Cards) => state.read_now(job).await,
        (false, Loading::Records) => state.db(job).await,
    }
}

/// The cards of a page of results (from the index), with, for a text search, where each one
/// matched (from its text).
fn load_cards(
    conn: &mut SqliteConnection,
    index: &FacetIndex,
    text: &TextQuery,
    ids: &[i64],
) -> QueryResult<Vec<(CommitmentSummary, Option<String>)>> {
    let summaries = index.summaries(ids);
    let mut snippets = if text.is_empty() {
        Vec::new()
    } else {
        snippets(text, &documents(conn, Which::Ids(ids))?)
    };
    Ok(summaries
        .into_iter()
        .map(|summary| {
            let snippet = snippets
                .iter()
                .position(|(id, _)| *id == summary.id)
                .map(|at| snippets.swap_remove(at).1);
            (summary, snippet)
        })
        .collect())
}

/// The search page.
#[derive(Template)]
#[template(path = "public/search.html", whitespace = "minimize")]
pub struct SearchPage {
    query: SearchQuery,
    total: u64,
    results: Vec<CommitmentCard>,
    panels: Vec<FacetPanel>,
    chips: Vec<Chip>,
    clear_url: &'static str,
    sorts: Vec<(&'static str, String, bool)>,
    /// "Filters (n selected)", shown twice (the link to the filters, the fold's summary).
    filters_selected: String,
    pages: u32,
    prev_url: Option<String>,
    next_url: Option<String>,
    page_links: Vec<PageLink>,
    suggestions: Vec<Suggestion>,
    /// Bad parameters, left out of the search and shown in an error summary (status 400).
    problems: SearchProblems,
}

impl SearchPage {
    /// The results count in words (a live region, read after each search).
    fn count_text(&self) -> String {
        let shown = self.results.len();
        results_count(self.total, &self.query, shown, "search-count-none")
    }

    fn default_per_page(&self) -> u32 {
        crate::search::query::DEFAULT_PER_PAGE
    }

    /// More results than the smallest page holds: the per-page choice is worth offering.
    fn offers_per_page(&self) -> bool {
        self.total > u64::from(PER_PAGE_CHOICES[0])
    }

    /// The per-page choices: (count, link keeping the first shown result in view, chosen).
    fn per_page_links(&self) -> Vec<(u32, String, bool)> {
        let first = first_shown(&self.query);
        PER_PAGE_CHOICES
            .into_iter()
            .map(|n| {
                let page = u32::try_from((first - 1) / u64::from(n) + 1).unwrap_or(1);
                let query = SearchQuery {
                    per_page: n,
                    page,
                    ..self.query.clone()
                };
                let url = format!("/commitments?{}", query.to_query_string());
                (n, url, n == self.query.per_page)
            })
            .collect()
    }

    /// The query's pairs that the sort form must carry along (all but sort and page).
    fn kept_for_sort(&self) -> Vec<(&'static str, String)> {
        let mut pairs = self.query.to_pairs();
        pairs.retain(|(name, _)| !matches!(*name, "sort" | "page"));
        pairs
    }

    /// These results as a CSV file (every match, not only this page).
    fn csv_url(&self) -> String {
        let all = SearchQuery {
            page: 1,
            per_page: crate::search::query::DEFAULT_PER_PAGE,
            ..self.query.clone()
        };
        format!("/commitments.csv?{}", all.to_query_string())
    }

    fn start_from(&self) -> String {
        self.year_field("start_from", self.query.start_from)
    }

    fn start_to(&self) -> String {
        self.year_field("start_to", self.query.start_to)
    }

    /// What the year field `name` shows: the year as typed when it was refused, else `year`.
    fn year_field(&self, name: &str, year: Option<i32>) -> String {
        match self.problems.typed_year(name) {
            Some(typed) => number_or_nothing(typed),
            None => year.map(|y| y.to_string()).unwrap_or_default(),
        }
    }
}

/// A typed year as a number field can show it: as typed if it is a number, else nothing (the
/// error message quotes it).
fn number_or_nothing(typed: &str) -> String {
    match typed.parse::<i64>() {
        Ok(_) => typed.to_string(),
        Err(_) => String::new(),
    }
}

/// GET `/commitments`. Bad parameters are left out of the search, which is shown with them
/// in an error summary, status 400.
pub async fn index(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (query, problems) = parse_for_page(&request)?;
    let found = find(&state, query.clone(), Loading::Cards, load_cards).await?;
    page(problems.status(), &search_page(query, found, problems))
}

/// The search of a results page (`/commitments`, an organisation's page): its good
/// parameters, and the bad ones as problems the page shows in its language (SPEC: a 400 with
/// the page itself, every other filter kept).
pub fn parse_for_page(request: &HttpRequest) -> Result<(SearchQuery, SearchProblems), AppError> {
    let pairs = query_pairs(request)
        .map_err(|_| AppError::BadRequest(crate::i18n::text("error-query-unreadable")))?;
    let (query, errors) = SearchQuery::parse_keeping_good(&pairs);
    Ok((query, SearchProblems::new(&errors, &pairs)))
}

/// How many filters are in force (search words apart): "Filters (n selected)".
fn selected_count(query: &SearchQuery) -> usize {
    let values: usize = query.filters.iter().map(|(_, v)| v.len()).sum();
    let years = usize::from(query.start_from.is_some() || query.start_to.is_some());
    values + query.targets.len() + years
}

/// What the sort menu says for `sort`, in the page's language.
fn sort_label(sort: Sort) -> String {
    crate::i18n::text(match sort {
        Sort::Relevance => "search-sort-relevance",
        Sort::Newest => "search-sort-newest",
        Sort::Oldest => "search-sort-oldest",
        Sort::Title => "search-sort-title",
        Sort::Start => "search-sort-start",
    })
}

fn search_page(
    query: SearchQuery,
    found: Found<Vec<(CommitmentSummary, Option<String>)>>,
    problems: SearchProblems,
) -> SearchPage {
    let today = found.today;
    let evaluation = found.evaluation;
    let results = found
        .results
        .into_iter()
        .map(|(summary, snippet)| {
            let mut card = CommitmentCard::new(summary, today);
            if let Some(snippet) = snippet {
                card.snippet = snippet_parts(&snippet);
            }
            card
        })
        .collect();
    let pages = evaluation.total.div_ceil(u64::from(query.per_page)).max(1) as u32;
    let url = |page: u32| format!("/commitments?{}", query.with_page(page).to_query_string());
    let sort = query.effective_sort();
    SearchPage {
        total: evaluation.total,
        results,
        panels: evaluation
            .facets
            .iter()
            .map(|(facet, counts)| facet_panel(*facet, counts, &query))
            .collect(),
        chips: chips(&query),
        clear_url: "/commitments",
        sorts: Sort::ALL
            .into_iter()
            .filter(|s| *s != Sort::Relevance || !query.q.is_empty())
            .map(|s| (s.param(), sort_label(s), s == sort))
            .collect(),
        filters_selected: crate::i18n::text_with(
            "search-filters-selected",
            &[("count", crate::i18n::count(selected_count(&query)))],
        ),
        pages,
        prev_url: (query.page > 1).then(|| url(query.page - 1)),
        next_url: (query.page < pages).then(|| url(query.page + 1)),
        page_links: page_links(query.page, pages, url),
        suggestions: suggestions(&query, &evaluation.without),
        query,
        problems,
    }
}
