//! The route table: every URL of the site, in one place.

mod api;
mod assets;
mod commitments;
mod health;
mod home;
mod openapi;
mod openapi_schemas;
mod search;

use actix_web::http::Method;
use actix_web::middleware::DefaultHeaders;
use actix_web::web;

use crate::error::AppError;

/// Registers every route of the site.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show))
        .route("/healthz", web::get().to(health::check))
        .route("/commitments", web::get().to(search::index))
        .route("/commitments/{id}", web::get().to(commitments::show))
        .route("/static/{path:.*}", web::get().to(assets::serve))
        .service(
            web::scope("/api/v1")
                .wrap(DefaultHeaders::new().add(("Access-Control-Allow-Origin", "*")))
                .route("/commitments", web::get().to(api::search))
                .route("/commitments/{id}", web::get().to(api::show))
                .route("/openapi.json", web::get().to(api::openapi))
                .route(
                    "/{path:.*}",
                    web::method(Method::OPTIONS).to(api::preflight),
                )
                .default_service(web::to(api::unknown)),
        )
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
