//! How the record's JSON numbers and nulls map to the input's strings: blank is `null`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Removes every key whose value is `null`, in this object and the objects and lists within:
/// for the record, `null` means the same as a missing key.
pub fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.retain(|_, v| !v.is_null());
            object.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// A number as JSON when the text is one, else the text as it is.
#[derive(Serialize)]
#[serde(untagged)]
enum NumberOrText<'a> {
    Number(i64),
    Text(&'a str),
}

fn number_or_text(text: &str) -> NumberOrText<'_> {
    text.parse()
        .map_or(NumberOrText::Text(text), NumberOrText::Number)
}

/// A list of whole numbers (`sdgs`): numbers in JSON, strings in the input.
pub mod numbers {
    use super::*;

    pub fn serialize<S: Serializer>(values: &[String], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(values.iter().map(|v| number_or_text(v)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        let numbers = Vec::<i64>::deserialize(d)?;
        Ok(numbers.iter().map(ToString::to_string).collect())
    }
}

/// A whole number or `null` (an amount, a percentage): blank in the input is `null`.
pub mod number_or_null {
    use super::*;

    pub fn serialize<S: Serializer>(value: &str, s: S) -> Result<S::Ok, S::Error> {
        match value.trim() {
            "" => s.serialize_none(),
            text => number_or_text(text).serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        let number = Option::<i64>::deserialize(d)?;
        Ok(number.map(|n| n.to_string()).unwrap_or_default())
    }
}

/// A text or `null` (the completion date): blank in the input is `null`.
pub mod text_or_null {
    use super::*;

    pub fn serialize<S: Serializer>(value: &str, s: S) -> Result<S::Ok, S::Error> {
        match value {
            "" => s.serialize_none(),
            text => s.serialize_str(text),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn null_values_are_dropped_at_every_depth() {
        let mut value = serde_json::json!({
            "title": null,
            "contact": {"name": "Ana", "phone": null},
            "resources": [{"kind": "staff", "amount": null, "currency": null}],
            "sdgs": [6]
        });
        drop_nulls(&mut value);
        assert_eq!(
            value,
            serde_json::json!({
                "contact": {"name": "Ana"},
                "resources": [{"kind": "staff"}],
                "sdgs": [6]
            })
        );
    }
}
