//! The route table: every URL of the site, in one place.

mod assets;
mod commitments;
mod health;
mod home;

use actix_web::web;

use crate::error::AppError;

/// Registers every route of the site.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show))
        .route("/healthz", web::get().to(health::check))
        .route("/commitments", web::get().to(commitments::index))
        .route("/commitments/{id}", web::get().to(commitments::show))
        .route("/static/{path:.*}", web::get().to(assets::serve))
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
