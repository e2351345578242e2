//! The JSON API: search with facets, one record, and the OpenAPI description.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;

use crate::db::load;
use crate::domain::record::exchange::{commitment_to_record, Audience};
use crate::domain::{CommitmentRecord, Workflow};
use crate::error::AppError;
use crate::routes::public::search::parse_query;
use crate::state::AppState;

/// One page of results with the facet counts.
#[derive(Serialize, ToSchema)]
pub(super) struct SearchResponse {
    total: u64,
    page: u32,
    per_page: u32,
    items: Vec<CommitmentRecord>,
    /// For each facet, every value of its vocabulary with its count (0 where none).
    #[schema(value_type = HashMap<String, HashMap<String, u64>>)]
    facets: Map<String, Value>,
}

/// A JSON error: `{"error": {"status", "message", "field"}}`.
#[derive(Serialize, ToSchema)]
#[schema(as = Error)]
pub(super) struct ErrorBody<'a> {
    #[schema(inline)]
    error: ErrorDetail<'a>,
}

/// What went wrong, and the parameter it concerns when there is one.
#[derive(Serialize, ToSchema)]
struct ErrorDetail<'a> {
    status: u16,
    message: &'a str,
    field: Option<&'a str>,
}

/// A JSON error: `{"error": {"status", "message", "field"}}`.
pub fn json_error(status: StatusCode, message: &str, field: Option<&str>) -> HttpResponse {
    let error = ErrorDetail {
        status: status.as_u16(),
        message,
        field,
    };
    HttpResponse::build(status).json(ErrorBody { error })
}

/// GET `/api/v1/commitments`.
pub async fn search(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let query = match parse_query(&request) {
        Ok(query) => query,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e.message, Some(&e.param)),
    };
    let (page, per_page) = (query.page, query.per_page);
    let loading = crate::routes::public::search::Loading::Records;
    let found =
        match crate::routes::public::search::find(&state, query, loading, |conn, _, _, ids| {
            load::find_many(conn, ids)
        })
        .await
        {
            Ok(found) => found,
            Err(error) => return api_error(error),
        };
    let today = found.today;
    let base = &state.settings.public_url;
    let facets = found
        .evaluation
        .facets
        .iter()
        .map(|(facet, counts)| {
            let values = counts
                .iter()
                .map(|(v, n)| (v.to_string(), Value::from(*n)))
                .collect();
            (facet.param().to_string(), Value::Object(values))
        })
        .collect();
    HttpResponse::Ok().json(SearchResponse {
        total: found.evaluation.total,
        page,
        per_page,
        items: found
            .results
            .iter()
            .map(|c| commitment_to_record(c, base, Audience::Public, today))
            .collect(),
        facets,
    })
}

/// GET `/api/v1/commitments/{id}`: published and archived commitments.
pub async fn show(state: web::Data<AppState>, id: web::Path<String>) -> HttpResponse {
    let Ok(id) = id.parse::<i64>() else {
        return not_found();
    };
    let found = state
        .db(move |conn| load::find(conn, id).map_err(AppError::from))
        .await;
    match found {
        Ok(Some(c)) if matches!(c.workflow, Workflow::Published | Workflow::Archived) => {
            let record = commitment_to_record(
                &c,
                &state.settings.public_url,
                Audience::Public,
                state.today(),
            );
            HttpResponse::Ok().json(record)
        }
        Ok(_) => not_found(),
        Err(error) => api_error(error),
    }
}

/// GET `/api/v1/openapi.json`.
pub async fn openapi(state: web::Data<AppState>) -> HttpResponse {
    let rate = state.rate.settings().api_per_address;
    HttpResponse::Ok().json(super::openapi::document(&state.settings.public_url, rate))
}

/// Any other `/api/` path.
pub async fn unknown() -> HttpResponse {
    not_found()
}

/// CORS preflight: GET is allowed from anywhere.
pub async fn preflight() -> HttpResponse {
    HttpResponse::NoContent()
        .insert_header(("Access-Control-Allow-Methods", "GET, OPTIONS"))
        .insert_header(("Access-Control-Allow-Headers", "Accept, Content-Type"))
        .insert_header(("Access-Control-Max-Age", "86400"))
        .finish()
}

fn not_found() -> HttpResponse {
    json_error(
        StatusCode::NOT_FOUND,
        "No published commitment has this id.",
        None,
    )
}

fn api_error(error: AppError) -> HttpResponse {
    use actix_web::ResponseError;
    let status = error.status_code();
    if status.is_server_error() {
        tracing::error!(error = ?error, "API request failed");
        return json_error(
            status,
            "Sorry, there is a problem with the service. Try again later.",
            None,
        );
    }
    json_error(status, &error.to_string(), None)
}
