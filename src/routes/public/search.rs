//! `/commitments`: search and browse published commitments, with filters whose counts are exact.

use actix_web::{web, HttpRequest};
use askama::Template;
use askama_web::WebTemplate;

use crate::db::load::find_many;
use crate::domain::Commitment;
use crate::error::AppError;
use crate::search::fulltext::snippets;
use crate::search::{Evaluation, ParamError, SearchQuery, Sort, TextQuery};
use crate::state::AppState;
use crate::views::search::{
    chips, facet_panel, snippet_parts, suggestions, Chip, FacetPanel, Suggestion,
};
use crate::views::CommitmentCard;

/// A search's results page, loaded: the evaluation, the page's commitments and their snippets.
pub struct Found {
    /// The day the search was run for (status and reporting depend on it).
    pub today: chrono::NaiveDate,
    pub evaluation: Evaluation,
    pub commitments: Vec<Commitment>,
    pub snippets: Vec<(i64, String)>,
}

/// Reads the query string strictly (see `SearchQuery::parse`).
pub fn parse_query(request: &HttpRequest) -> Result<SearchQuery, ParamError> {
    let pairs: Vec<(String, String)> =
        serde_html_form::from_str(request.query_string()).map_err(|_| ParamError {
            param: "query".into(),
            message: "the query string could not be read".into(),
        })?;
    SearchQuery::parse(&pairs)
}

/// Runs the search and loads the commitments of the requested page.
pub async fn find(
    state: &AppState,
    query: SearchQuery,
    with_snippets: bool,
) -> Result<Found, AppError> {
    let engine = state.search.clone();
    let today = state.today();
    state
        .db(move |conn| {
            let evaluation = engine.search(conn, &query, today)?;
            let commitments = find_many(conn, &evaluation.page_ids)?;
            let snippets = if with_snippets {
                snippets(&TextQuery::parse(&query.q), &commitments)
            } else {
                Vec::new()
            };
            Ok(Found {
                today,
                evaluation,
                commitments,
                snippets,
            })
        })
        .await
}

/// The search page.
#[derive(Template, WebTemplate)]
#[template(path = "public/search.html", whitespace = "minimize")]
pub struct SearchPage {
    query: SearchQuery,
    total: u64,
    results: Vec<CommitmentCard>,
    panels: Vec<FacetPanel>,
    chips: Vec<Chip>,
    clear_url: &'static str,
    sorts: Vec<(&'static str, &'static str, bool)>,
    pages: u32,
    prev_url: Option<String>,
    next_url: Option<String>,
    suggestions: Vec<Suggestion>,
}

impl SearchPage {
    fn first_shown(&self) -> u64 {
        u64::from(self.query.page - 1) * u64::from(self.query.per_page) + 1
    }

    fn last_shown(&self) -> u64 {
        self.first_shown() + self.results.len() as u64 - 1
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
        self.query
            .start_from
            .map(|y| y.to_string())
            .unwrap_or_default()
    }

    fn start_to(&self) -> String {
        self.query
            .start_to
            .map(|y| y.to_string())
            .unwrap_or_default()
    }
}

/// GET `/commitments`.
pub async fn index(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<SearchPage, AppError> {
    let query = parse_query(&request).map_err(|e| AppError::BadRequest(e.message))?;
    let found = find(&state, query.clone(), !query.q.is_empty()).await?;
    Ok(search_page(query, found))
}

fn search_page(query: SearchQuery, found: Found) -> SearchPage {
    let today = found.today;
    let evaluation = found.evaluation;
    let results = found
        .commitments
        .iter()
        .map(|c| {
            let mut card = CommitmentCard::new(c, today);
            if let Some((_, snippet)) = found.snippets.iter().find(|(id, _)| *id == c.id) {
                card.snippet = snippet_parts(snippet);
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
            .map(|s| (s.param(), s.label(), s == sort))
            .collect(),
        pages,
        prev_url: (query.page > 1).then(|| url(query.page - 1)),
        next_url: (query.page < pages).then(|| url(query.page + 1)),
        suggestions: suggestions(&query, &evaluation.without),
        query,
    }
}
