//! `/healthz`: the database answers, or the check fails.

use actix_web::{web, HttpResponse};
use diesel::prelude::*;

use crate::error::AppError;
use crate::state::AppState;

/// 200 `ok` after one `SELECT 1` on a pooled connection.
pub async fn check(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    state
        .db(|conn| {
            diesel::sql_query("SELECT 1").execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok"))
}
