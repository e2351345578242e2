//! How the record's JSON numbers and nulls map to the input's strings: blank is `null`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
