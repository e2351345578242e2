//! Browsing commitments and showing one.

use actix_web::web;
use askama::Template;
use askama_web::WebTemplate;
use serde::Deserialize;

use crate::db::browse::published_page;
use crate::db::load::{find, find_many};
use crate::domain::stored::today;
use crate::domain::Workflow;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::{CommitmentCard, CommitmentDetail};

/// Commitments per page of the listing.
const PER_PAGE: i64 = 20;

/// Query string of the listing.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    page: Option<String>,
}

/// The listing of published commitments.
#[derive(Template, WebTemplate)]
#[template(path = "commitments/index.html")]
pub struct IndexPage {
    total: i64,
    page: i64,
    pages: i64,
    cards: Vec<CommitmentCard>,
}

impl IndexPage {
    fn first_shown(&self) -> i64 {
        (self.page - 1) * PER_PAGE + 1
    }

    fn last_shown(&self) -> i64 {
        (self.first_shown() + self.cards.len() as i64 - 1).max(0)
    }
}

/// GET `/commitments`.
pub async fn index(
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
) -> Result<IndexPage, AppError> {
    let page = parse_page(query.page.as_deref())?;
    let (total, commitments) = state
        .db(move |conn| {
            let (total, ids) = published_page(conn, page, PER_PAGE)?;
            Ok((total, find_many(conn, &ids)?))
        })
        .await?;
    let today = today();
    Ok(IndexPage {
        total,
        page,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        cards: commitments
            .iter()
            .map(|c| CommitmentCard::new(c, today))
            .collect(),
    })
}

fn parse_page(raw: Option<&str>) -> Result<i64, AppError> {
    match raw {
        None | Some("") => Ok(1),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| {
                AppError::BadRequest(format!(
                    "page must be a whole number from 1 (got \"{text}\")"
                ))
            }),
    }
}

/// One commitment's page.
#[derive(Template, WebTemplate)]
#[template(path = "commitments/show.html")]
pub struct ShowPage {
    c: CommitmentDetail,
}

/// GET `/commitments/{id}`: published and archived commitments are public.
pub async fn show(state: web::Data<AppState>, id: web::Path<String>) -> Result<ShowPage, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let commitment = state
        .db(move |conn| find(conn, id).map_err(AppError::from))
        .await?
        .filter(|c| matches!(c.workflow, Workflow::Published | Workflow::Archived))
        .ok_or(AppError::NotFound)?;
    Ok(ShowPage {
        c: CommitmentDetail::new(&commitment, today()),
    })
}
