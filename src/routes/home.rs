//! The home page: what the registry is, its totals, the latest commitments, a search box.

use actix_web::web;
use askama::Template;
use askama_web::WebTemplate;

use crate::db::browse::{published_page, totals, Totals};
use crate::db::load::find_many;
use crate::domain::stored::today;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::{CommitmentCard, SdgBadge};

/// How many of the latest commitments the home page lists.
const LATEST: i64 = 6;

/// The home page.
#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    totals: Totals,
    latest: Vec<CommitmentCard>,
    goals: Vec<SdgBadge>,
}

/// GET `/`.
pub async fn show(state: web::Data<AppState>) -> Result<HomePage, AppError> {
    let (totals, latest) = state
        .db(|conn| {
            let totals = totals(conn)?;
            let (_, ids) = published_page(conn, 1, LATEST)?;
            Ok((totals, find_many(conn, &ids)?))
        })
        .await?;
    let today = today();
    Ok(HomePage {
        totals,
        latest: latest
            .iter()
            .map(|c| CommitmentCard::new(c, today))
            .collect(),
        goals: crate::domain::Sdg::all().map(SdgBadge::from).collect(),
    })
}
