//! `/stats`: what the registry holds, counted by goal, region, entity type, category, start
//! year and reporting, as charts.

use actix_web::web;
use askama::Template;
use askama_web::WebTemplate;

use crate::error::AppError;
use crate::search::{Facet, SearchQuery};
use crate::state::AppState;
use crate::views::charts::Chart;

/// The statistics page.
#[derive(Template, WebTemplate)]
#[template(path = "public/stats.html")]
pub struct StatsPage {
    total: u64,
    charts: Vec<Chart>,
}

/// GET `/stats`: counts over published commitments (the facet index, so they match search).
pub async fn show(state: web::Data<AppState>) -> Result<StatsPage, AppError> {
    let engine = state.search.clone();
    let today = state.today();
    let (evaluation, years) = state
        .db(move |conn| {
            let evaluation = engine.search(conn, &SearchQuery::default(), today)?;
            Ok((evaluation, engine.index(conn, today)?.start_year_counts()))
        })
        .await?;
    let counts = |facet: Facet| {
        evaluation
            .facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    };
    let year_values = years
        .into_iter()
        .map(|(year, count)| {
            let href = format!("/commitments?start_from={year}&start_to={year}");
            (year.to_string(), count, Some(href), String::new())
        })
        .collect();
    let charts = vec![
        Chart::of_facet("by-goal", "stats-by-goal", Facet::Sdg, &counts(Facet::Sdg)),
        Chart::of_facet(
            "by-region",
            "stats-by-region",
            Facet::Region,
            &counts(Facet::Region),
        ),
        Chart::of_facet(
            "by-entity-type",
            "stats-by-entity-type",
            Facet::EntityType,
            &counts(Facet::EntityType),
        ),
        Chart::of_facet(
            "by-category",
            "stats-by-category",
            Facet::Category,
            &counts(Facet::Category),
        ),
        Chart::new("by-start-year", "stats-by-start-year", year_values),
        Chart::of_facet(
            "by-reporting",
            "stats-by-reporting",
            Facet::Reporting,
            &counts(Facet::Reporting),
        ),
    ];
    Ok(StatsPage {
        total: evaluation.total,
        charts,
    })
}
