//! The OpenAPI description of the JSON API: schemas derived (utoipa) from the types the API
//! serialises, parameters built from the same vocabularies and limits the search reads.

use serde_json::Value;
use utoipa::openapi::path::{
    HttpMethod, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, PathItem,
};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{
    Content, OpenApi as Document, Paths, PathsBuilder, Ref, RefOr, Required, Response,
    ResponseBuilder, Server,
};
use utoipa::OpenApi;

use super::guard::{MAX_HEADERS, MAX_HEADER_BYTES, MAX_URL_BYTES};
use super::records::{ErrorBody, SearchResponse};
use crate::domain::CommitmentRecord;
use crate::limits::rate::Rate;
use crate::search::query::{DEFAULT_PER_PAGE, MAX_PER_PAGE, MAX_Q_CHARS};
use crate::search::{Facet, Sort};

/// The highest `page` the search accepts (it refuses larger ones with a 400).
pub const MAX_PAGE: u32 = 100_000;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "SDG Commitments Registry API",
        version = "1",
        description = "Published commitments toward the Sustainable Development Goals. Repeating a parameter means OR; different parameters AND together. Facet counts are disjunctive: a value's count is the number of results matching every filter except its own facet's, plus that value."
    ),
    components(schemas(CommitmentRecord, SearchResponse, ErrorBody))
)]
struct Api;

/// The whole description; `server` is the public base URL, `rate` the requests one client
/// address may send (`None`: no limit).
pub fn document(server: &str, rate: Option<Rate>) -> Document {
    let mut doc = Api::openapi();
    doc.servers = Some(vec![Server::new(server)]);
    doc.paths = paths();
    let limits = limits_text(rate);
    if let Some(text) = doc.info.description.as_mut() {
        text.push(' ');
        text.push_str(&limits);
    }
    doc
}

/// Every limit of a request, in words.
fn limits_text(rate: Option<Rate>) -> String {
    let rate = match rate {
        Some(rate) => format!(
            "{} requests per {} seconds from one client address, then 429 with Retry-After",
            rate.burst,
            rate.per.as_secs()
        ),
        None => "no limit on requests per client address".to_string(),
    };
    format!(
        "Limits: URLs (path and query) up to {MAX_URL_BYTES} bytes (414 beyond), up to {MAX_HEADERS} headers of {MAX_HEADER_BYTES} bytes in all (431 beyond), {rate}. Every error, these included, is the JSON Error object, except one: a request head (URL and headers) over 128 KiB or with over 96 headers is refused by the HTTP server layer before the API runs, with a 431 without a body."
    )
}

/// The answers every operation may give for a request over a limit.
fn with_limit_answers(operation: OperationBuilder) -> OperationBuilder {
    operation
        .response("414", json_of("The URL is too long", "Error"))
        .response(
            "429",
            json_of(
                "Too many requests from this client address; see Retry-After",
                "Error",
            ),
        )
        .response("431", json_of("Too many or too large headers", "Error"))
}

fn paths() -> Paths {
    let search = OperationBuilder::new()
        .summary(Some("Search published commitments"))
        .parameters(Some(parameters()))
        .response(
            "200",
            json_of("Results with facet counts", "SearchResponse"),
        )
        .response("400", json_of("A parameter has a bad value", "Error"));
    let id = ParameterBuilder::new()
        .name("id")
        .parameter_in(ParameterIn::Path)
        .required(Required::True)
        .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)));
    let one = OperationBuilder::new()
        .summary(Some("One published commitment"))
        .parameter(id)
        .response("200", json_of("The record", "Record"))
        .response(
            "404",
            json_of("No published commitment has this id", "Error"),
        );
    PathsBuilder::new()
        .path(
            "/api/v1/commitments",
            PathItem::new(HttpMethod::Get, with_limit_answers(search)),
        )
        .path(
            "/api/v1/commitments/{id}",
            PathItem::new(HttpMethod::Get, with_limit_answers(one)),
        )
        .build()
}

fn json_of(description: &str, schema: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            Content::new(Some(Ref::from_schema_name(schema))),
        )
        .build()
}

fn query(name: &str, description: Option<&str>, schema: impl Into<RefOr<Schema>>) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .description(description)
        .schema(Some(schema))
        .build()
}

fn repeated(name: &str, description: &str, values: Vec<String>) -> Parameter {
    let items = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values));
    let mut parameter = query(name, Some(description), ArrayBuilder::new().items(items));
    parameter.explode = Some(true);
    parameter
}

fn whole(minimum: u32, maximum: u32, default: Option<u32>) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(minimum))
        .maximum(Some(maximum))
        .default(default.map(Value::from))
}

fn parameters() -> Vec<Parameter> {
    let text = ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(MAX_Q_CHARS));
    let mut list = vec![query(
        "q",
        Some("Full text over title, every section, lead entity and partners; accents are ignored."),
        text,
    )];
    list.extend(
        Facet::ALL
            .into_iter()
            .map(|f| repeated(f.param(), "Filter; repeat for OR.", f.values())),
    );
    let targets = crate::domain::Target::all().map(|t| t.code()).collect();
    list.push(repeated(
        "target",
        "SDG target code; repeat for OR.",
        targets,
    ));
    for name in ["start_from", "start_to"] {
        list.push(query(
            name,
            Some("Start year, inclusive."),
            whole(1945, 2100, None),
        ));
    }
    let sorts = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(Sort::ALL.iter().map(|s| s.param())));
    list.push(query(
        "sort",
        Some("relevance is the default with q, newest without."),
        sorts,
    ));
    list.push(query("page", None, whole(1, MAX_PAGE, Some(1))));
    let per_page = whole(1, MAX_PER_PAGE, Some(DEFAULT_PER_PAGE));
    list.push(query("per_page", None, per_page));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchQuery;

    fn page(value: u32) -> Vec<(String, String)> {
        vec![("page".to_string(), value.to_string())]
    }

    #[test]
    fn the_documented_page_maximum_is_the_one_the_search_enforces() {
        assert!(SearchQuery::parse(&page(MAX_PAGE)).is_ok());
        assert!(SearchQuery::parse(&page(MAX_PAGE + 1)).is_err());
    }

    #[test]
    fn the_record_schema_is_derived_with_every_key_of_the_record() {
        let doc = serde_json::to_value(document("http://localhost", None)).unwrap();
        let record = &doc["components"]["schemas"]["Record"]["properties"];
        for key in crate::domain::record::content_keys() {
            assert!(record.get(key).is_some(), "{key} undocumented");
        }
        assert_eq!(record["sdgs"]["items"]["maximum"], 17);
        assert_eq!(
            record["status"]["enum"],
            serde_json::json!(["ongoing", "completed"])
        );
        assert_eq!(record["reporting"]["enum"].as_array().unwrap().len(), 5);
    }
}
