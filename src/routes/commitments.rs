//! One commitment's page.

use actix_web::web;
use askama::Template;
use askama_web::WebTemplate;

use crate::auth::access::may_see;
use crate::db::load::find;
use crate::domain::stored::today;
use crate::error::AppError;
use crate::site::Site;
use crate::state::AppState;
use crate::views::CommitmentDetail;

/// One commitment's page.
#[derive(Template, WebTemplate)]
#[template(path = "commitments/show.html")]
pub struct ShowPage {
    c: CommitmentDetail,
}

/// GET `/commitments/{id}`: published and archived commitments are public; the others are
/// shown only to their owner and moderators (404 to everyone else).
pub async fn show(
    state: web::Data<AppState>,
    site: Site,
    id: web::Path<String>,
) -> Result<ShowPage, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let commitment = state
        .db(move |conn| find(conn, id).map_err(AppError::from))
        .await?
        .filter(|c| may_see(c.workflow, c.owner_id, site.0.viewer.as_ref()))
        .ok_or(AppError::NotFound)?;
    Ok(ShowPage {
        c: CommitmentDetail::new(&commitment, today()),
    })
}
