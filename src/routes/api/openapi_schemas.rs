//! The schemas of the OpenAPI description: the record, the search response, the error.

use serde_json::{json, Value};

fn text() -> Value {
    json!({ "type": "string" })
}

fn list_of(item: Value) -> Value {
    json!({ "type": "array", "items": item })
}

fn object(properties: Value) -> Value {
    let required: Vec<String> = properties
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    json!({ "type": "object", "required": required, "properties": properties, "additionalProperties": false })
}

/// Every schema, keyed by name.
pub fn schemas() -> Value {
    json!({
        "Record": record(),
        "SearchResponse": object(json!({
            "total": { "type": "integer" },
            "page": { "type": "integer" },
            "per_page": { "type": "integer" },
            "items": list_of(json!({ "$ref": "#/components/schemas/Record" })),
            "facets": { "type": "object", "description": "For each facet, every value of its vocabulary with its count (0 where none).",
                "additionalProperties": { "type": "object", "additionalProperties": { "type": "integer" } } }
        })),
        "Error": object(json!({
            "error": object(json!({
                "status": { "type": "integer" },
                "message": text(),
                "field": { "type": "string", "nullable": true }
            }))
        }))
    })
}

fn record() -> Value {
    let date = || json!({ "type": "string", "format": "date" });
    let stamp = || json!({ "type": "string", "format": "date-time" });
    let mut properties = serde_json::Map::new();
    let mut add = |name: &str, schema: Value| {
        properties.insert(name.to_string(), schema);
    };
    add("id", json!({ "type": "integer" }));
    add("url", json!({ "type": "string", "format": "uri" }));
    for name in ["title", "category", "objective", "stakeholders"] {
        add(name, text());
    }
    add(
        "partners",
        list_of(object(json!({ "name": text(), "entity_type": text() }))),
    );
    for name in [
        "implementation",
        "results",
        "enabling_factors",
        "sustainability",
        "other_sources",
    ] {
        add(name, text());
    }
    add(
        "sdgs",
        list_of(json!({ "type": "integer", "minimum": 1, "maximum": 17 })),
    );
    for name in ["targets", "methods", "other_methods"] {
        add(name, list_of(text()));
    }
    add("start_date", date());
    add(
        "completion_date",
        json!({ "type": "string", "format": "date", "nullable": true }),
    );
    add("ongoing", json!({ "type": "boolean" }));
    add("regions", list_of(text()));
    add("countries", list_of(text()));
    for name in ["geographical_coverage", "lead_entity", "entity_type"] {
        add(name, text());
    }
    add("contact", contact());
    add(
        "deliverables",
        list_of(object(
            json!({ "title": text(), "due_date": date(), "status": text() }),
        )),
    );
    add("resources", list_of(resource()));
    add(
        "status",
        json!({ "type": "string", "enum": ["ongoing", "completed"] }),
    );
    add("workflow", text());
    add(
        "reporting",
        json!({ "type": "string", "nullable": true, "enum": ["up-to-date", "due", "overdue", "inactive", null] }),
    );
    add("created_at", stamp());
    add("updated_at", stamp());
    add(
        "published_at",
        json!({ "type": "string", "format": "date-time", "nullable": true }),
    );
    add("progress_reports", list_of(report()));
    object(Value::Object(properties))
}

fn contact() -> Value {
    object(json!({
        "name": text(), "position": text(),
        "email": { "type": "string", "description": "Empty unless public" },
        "phone": { "type": "string", "description": "Empty unless public" },
        "public": { "type": "boolean" }
    }))
}

fn resource() -> Value {
    object(json!({
        "kind": text(), "description": text(),
        "amount": { "type": "integer", "minimum": 0 }, "currency": text()
    }))
}

fn report() -> Value {
    object(json!({
        "reported_on": { "type": "string", "format": "date" }, "status": text(),
        "percent_complete": { "type": "integer", "nullable": true, "minimum": 0, "maximum": 100 },
        "achievements": text(), "challenges": text(), "next_steps": text()
    }))
}
