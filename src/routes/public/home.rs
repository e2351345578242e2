//! The home page: what the registry is, its totals, the latest commitments, a search box.

use actix_web::web;
use askama::Template;
use askama_web::WebTemplate;

use crate::error::AppError;
use crate::i18n;
use crate::search::{Sort, Totals};
use crate::state::AppState;
use crate::views::{CommitmentCard, SdgBadge};

/// How many of the latest commitments the home page lists.
const LATEST: usize = 6;

/// The home page.
#[derive(Template, WebTemplate)]
#[template(path = "public/home.html")]
pub struct HomePage {
    totals: Totals,
    latest: Vec<CommitmentCard>,
    goals: Vec<SdgBadge>,
}

impl HomePage {
    /// What the registry holds, for search engines and link previews.
    fn description(&self) -> String {
        let t = &self.totals;
        i18n::text_with(
            "home-description",
            &[
                ("commitments", i18n::count(t.commitments)),
                ("organisations", i18n::count(t.lead_entities)),
                ("countries", i18n::count(t.countries)),
            ],
        )
    }
}

/// GET `/`.
pub async fn show(state: web::Data<AppState>) -> Result<HomePage, AppError> {
    let engine = state.search.clone();
    let today = state.today();
    let (totals, latest) = state
        .read_now(move |conn| {
            let index = engine.index(conn, today)?;
            let ids: Vec<i64> = index
                .ordered(Sort::Newest)
                .take(LATEST)
                .map(i64::from)
                .collect();
            Ok((index.totals, index.summaries(&ids)))
        })
        .await?;
    Ok(HomePage {
        totals,
        latest: latest
            .into_iter()
            .map(|c| CommitmentCard::new(c, today))
            .collect(),
        goals: crate::domain::Sdg::all().map(SdgBadge::from).collect(),
    })
}
