//! The account page: who I am, my commitments and where each stands.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::users::Account;
use crate::db::worklists::{owned_by, WorkItem};
use crate::error::AppError;
use crate::site::render::page;
use crate::site::CurrentUser;
use crate::state::AppState;
use crate::views::long_date;

/// The signed-in person's own page.
#[derive(Template)]
#[template(path = "account/show.html")]
pub struct AccountPage {
    account: Account,
    commitments: Vec<WorkItem>,
}

impl AccountPage {
    fn changed_on(&self, item: &WorkItem) -> String {
        long_date(item.updated_at.date())
    }
}

/// GET `/account`.
pub async fn show(
    state: web::Data<AppState>,
    CurrentUser(account): CurrentUser,
) -> Result<HttpResponse, AppError> {
    let id = account.id;
    let commitments = state.db(move |conn| Ok(owned_by(conn, id)?)).await?;
    page(
        StatusCode::OK,
        &AccountPage {
            account,
            commitments,
        },
    )
}
