//! Field rules shared by every part of a submission: one-line names, long texts, choices
//! from a vocabulary, lists and dates, each recording a message that says how to fix it.

use chrono::NaiveDate;

use super::errors::{Field, FieldErrors};
use super::message::Message;
use super::text::{
    char_len, date_message, has_control_chars, has_stray_control_chars, parse_date, MAX_TEXT_CHARS,
};

/// A one-line name (lead entity, contact name, partner name, deliverable title).
pub(super) fn name_text(
    raw: &str,
    name: &'static str,
    what: impl Into<Message>,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    one_line(raw, Field::single(name), what.into(), required, errors)
}

/// A one-line value in any field, rows included.
pub(super) fn one_line(
    raw: &str,
    field: Field,
    what: Message,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    let missing = required.then(|| what.clone());
    checked_text(raw, field, (missing, what), &ONE_LINE, errors)
}

/// A long text section, named in messages by the message `label` (`section-objective`);
/// `required` names what to enter when it is mandatory.
pub(super) fn long_text(
    raw: &str,
    (name, label): (&'static str, &'static str),
    required: Option<&'static str>,
    errors: &mut FieldErrors,
) -> Option<String> {
    let missing = required.map(Message::from);
    let field = Field::single(name);
    checked_text(raw, field, (missing, label.into()), &LONG_TEXT, errors)
}

/// What a kind of text may not hold, and the message keys of its problems.
struct TextRules {
    /// True when the value holds characters this kind of text refuses.
    bad_chars: fn(&str) -> bool,
    bad_chars_key: &'static str,
    too_long_key: &'static str,
    /// Whether the too-long message says how long the text is.
    says_length: bool,
}

/// One line: no line breaks or other control characters.
const ONE_LINE: TextRules = TextRules {
    bad_chars: has_control_chars,
    bad_chars_key: "field-not-one-line",
    too_long_key: "field-too-long",
    says_length: false,
};

/// A long text: line breaks and tabs allowed, other control characters not.
const LONG_TEXT: TextRules = TextRules {
    bad_chars: has_stray_control_chars,
    bad_chars_key: "field-control-chars",
    too_long_key: "field-too-long-has",
    says_length: true,
};

/// The trimmed value when it passes `rules`; else `None`, with the problem recorded for
/// `field`. `missing` names what to enter when an empty value is a problem; `what` names the
/// field in the other messages.
fn checked_text(
    raw: &str,
    field: Field,
    (missing, what): (Option<Message>, Message),
    rules: &TextRules,
    errors: &mut FieldErrors,
) -> Option<String> {
    let value = raw.trim();
    let length = char_len(value);
    match missing {
        Some(missing) if value.is_empty() => {
            errors.add(
                field,
                Message::new("field-missing").message("what", missing),
            );
        }
        _ if (rules.bad_chars)(value) => {
            errors.add(
                field,
                Message::new(rules.bad_chars_key).message("what", what),
            );
        }
        _ if length > MAX_TEXT_CHARS => {
            let too_long = Message::new(rules.too_long_key)
                .message("what", what)
                .number("max", MAX_TEXT_CHARS);
            let too_long = match rules.says_length {
                true => too_long.number("length", length),
                false => too_long,
            };
            errors.add(field, too_long);
        }
        _ => return Some(value.to_string()),
    }
    None
}

/// A required choice from a vocabulary.
pub(super) fn choice<T>(
    raw: &str,
    name: &'static str,
    what: &'static str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    choice_at(raw, Field::single(name), what.into(), errors, read)
}

/// A required choice from a vocabulary, in any field.
pub(super) fn choice_at<T>(
    raw: &str,
    field: Field,
    what: Message,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, Message::new("choice-missing").message("what", what));
        return None;
    }
    let parsed = read(value);
    if parsed.is_none() {
        errors.add(
            field,
            Message::new("choice-unknown")
                .message("what", what)
                .text("value", value),
        );
    }
    parsed
}

/// A list of vocabulary values: duplicates dropped, kept in the vocabulary's order.
pub(super) fn vocab_list<T: Ord + Copy>(
    raw: &[String],
    name: &'static str,
    what: &'static str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<Vec<T>> {
    let mut values = Vec::new();
    let mut valid = true;
    for value in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match read(value) {
            Some(parsed) => values.push(parsed),
            None => {
                errors.add(
                    Field::single(name),
                    Message::new("list-value-unknown")
                        .text("value", value)
                        .message("what", what),
                );
                valid = false;
            }
        }
    }
    values.sort();
    values.dedup();
    valid.then_some(values)
}

/// How messages name a date field: `label` starts a sentence ("Start date must be …"),
/// `what` is the object of one ("Enter the start date").
#[derive(Debug, Clone)]
pub(super) struct DateNames {
    pub(super) label: Message,
    pub(super) what: Message,
}

impl DateNames {
    /// A date field named by two message keys.
    pub(super) fn new(label: &'static str, what: &'static str) -> Self {
        DateNames {
            label: label.into(),
            what: what.into(),
        }
    }
}

/// A required date field.
pub(super) fn required_date(
    raw: &str,
    name: &'static str,
    names: DateNames,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    date_at(raw, Field::single(name), names, errors)
}

/// A required date, in any field.
pub(super) fn date_at(
    raw: &str,
    field: Field,
    names: DateNames,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(
            field,
            Message::new("field-missing").message("what", names.what),
        );
        return None;
    }
    parse_date(value)
        .map_err(|problem| errors.add(field, date_message(names.label, problem)))
        .ok()
}
