//! The OpenAPI 3 description of the JSON API, built from the same vocabularies the API uses.

use serde_json::{json, Value};

use crate::search::query::{MAX_PER_PAGE, MAX_Q_CHARS};
use crate::search::{Facet, Sort};

/// The whole description; `server` is the public base URL.
pub fn document(server: &str) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "SDG Commitments Registry API",
            "version": "1",
            "description": "Published commitments toward the Sustainable Development Goals. Repeating a parameter means OR; different parameters AND together. Facet counts are disjunctive: a value's count is the number of results matching every filter except its own facet's, plus that value."
        },
        "servers": [{ "url": server }],
        "paths": {
            "/api/v1/commitments": {
                "get": {
                    "summary": "Search published commitments",
                    "parameters": parameters(),
                    "responses": {
                        "200": { "description": "Results with facet counts", "content": json_of("#/components/schemas/SearchResponse") },
                        "400": { "description": "A parameter has a bad value", "content": json_of("#/components/schemas/Error") }
                    }
                }
            },
            "/api/v1/commitments/{id}": {
                "get": {
                    "summary": "One published commitment",
                    "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                    "responses": {
                        "200": { "description": "The record", "content": json_of("#/components/schemas/Record") },
                        "404": { "description": "No published commitment has this id", "content": json_of("#/components/schemas/Error") }
                    }
                }
            }
        },
        "components": { "schemas": super::openapi_schemas::schemas() }
    })
}

fn json_of(schema: &str) -> Value {
    json!({ "application/json": { "schema": { "$ref": schema } } })
}

fn repeated(name: &str, description: &str, values: Vec<String>) -> Value {
    json!({
        "name": name, "in": "query", "description": description, "explode": true,
        "schema": { "type": "array", "items": { "type": "string", "enum": values } }
    })
}

fn parameters() -> Vec<Value> {
    let mut list = vec![json!({
        "name": "q", "in": "query", "description": "Full text over title, every section, lead entity and partners; accents are ignored.",
        "schema": { "type": "string", "maxLength": MAX_Q_CHARS }
    })];
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
        list.push(
            json!({ "name": name, "in": "query", "description": "Start year, inclusive.",
            "schema": { "type": "integer", "minimum": 1945, "maximum": 2100 } }),
        );
    }
    let sorts: Vec<&str> = Sort::ALL.iter().map(|s| s.param()).collect();
    list.push(json!({ "name": "sort", "in": "query", "description": "relevance is the default with q, newest without.",
        "schema": { "type": "string", "enum": sorts } }));
    list.push(json!({ "name": "page", "in": "query", "schema": { "type": "integer", "minimum": 1, "default": 1 } }));
    list.push(json!({ "name": "per_page", "in": "query",
        "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": 20 } }));
    list
}
