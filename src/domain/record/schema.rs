//! What the record's OpenAPI schema takes from the vocabularies, which its Rust types (strings)
//! cannot say: the goal numbers' range and the values of `status`, `workflow` and `reporting`.

use serde_json::Value;
use utoipa::openapi::schema::{ArrayBuilder, Object, ObjectBuilder, SchemaType, Type};

use crate::domain::vocab::{Reporting, Status, Workflow};

/// `sdgs`: goal numbers, 1 to 17.
pub fn goal_numbers() -> ArrayBuilder {
    let number = ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(1))
        .maximum(Some(17));
    ArrayBuilder::new().items(number)
}

/// `status`: derived from the completion date.
pub fn status() -> Object {
    one_of(Status::ALL.iter().map(|s| s.slug()), false)
}

/// `workflow`: where the commitment stands in review.
pub fn workflow() -> Object {
    one_of(Workflow::ALL.iter().map(|w| w.slug()), false)
}

/// `reporting`: the reporting light, `null` unless published.
pub fn reporting() -> Object {
    one_of(Reporting::ALL.iter().map(|r| r.slug()), true)
}

fn one_of(slugs: impl Iterator<Item = &'static str>, nullable: bool) -> Object {
    let mut values: Vec<Value> = slugs.map(Value::from).collect();
    let schema_type = match nullable {
        true => {
            values.push(Value::Null);
            SchemaType::from_iter([Type::String, Type::Null])
        }
        false => SchemaType::Type(Type::String),
    };
    ObjectBuilder::new()
        .schema_type(schema_type)
        .enum_values(Some(values))
        .build()
}
