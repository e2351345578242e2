//! Field rules shared by every part of a submission: one-line names, long texts, choices
//! from a vocabulary, lists and dates, each recording a message that says how to fix it.

use chrono::NaiveDate;

use super::errors::{Field, FieldErrors};
use super::text::{
    char_len, date_message, has_control_chars, has_stray_control_chars, parse_date, MAX_TEXT_CHARS,
};

/// A one-line name (lead entity, contact name, partner name, deliverable title).
pub(super) fn name_text(
    raw: &str,
    name: &'static str,
    what: &str,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    one_line(raw, Field::single(name), what, required, errors)
}

/// A one-line value in any field, rows included.
pub(super) fn one_line(
    raw: &str,
    field: Field,
    what: &str,
    required: bool,
    errors: &mut FieldErrors,
) -> Option<String> {
    let value = raw.trim();
    if required && value.is_empty() {
        errors.add(field, format!("Enter {what}"));
    } else if has_control_chars(value) {
        errors.add(
            field,
            format!("Enter {what} on one line, without control characters"),
        );
    } else if char_len(value) > MAX_TEXT_CHARS {
        errors.add(
            field,
            format!("Shorten {what} to {MAX_TEXT_CHARS} characters or fewer"),
        );
    } else {
        return Some(value.to_string());
    }
    None
}

/// A long text section; `required` names what to enter when it is mandatory.
pub(super) fn long_text(
    raw: &str,
    name: &'static str,
    required: Option<&str>,
    errors: &mut FieldErrors,
) -> Option<String> {
    let field = Field::single(name);
    let value = raw.trim();
    let label = name.replace('_', " ");
    if let (Some(what), true) = (required, value.is_empty()) {
        errors.add(field, format!("Enter {what}"));
    } else if has_stray_control_chars(value) {
        errors.add(field, format!("Remove the control characters from {label}"));
    } else if char_len(value) > MAX_TEXT_CHARS {
        let len = char_len(value);
        errors.add(
            field,
            format!("Shorten {label} to {MAX_TEXT_CHARS} characters or fewer (it has {len})"),
        );
    } else {
        return Some(value.to_string());
    }
    None
}

/// A required choice from a vocabulary.
pub(super) fn choice<T>(
    raw: &str,
    name: &'static str,
    what: &str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    choice_at(raw, Field::single(name), what, errors, read)
}

/// A required choice from a vocabulary, in any field.
pub(super) fn choice_at<T>(
    raw: &str,
    field: Field,
    what: &str,
    errors: &mut FieldErrors,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, format!("Select {what}"));
        return None;
    }
    let parsed = read(value);
    if parsed.is_none() {
        errors.add(
            field,
            format!("Select {what} from the list (\"{value}\" is not one of them)"),
        );
    }
    parsed
}

/// A list of vocabulary values: duplicates dropped, kept in the vocabulary's order.
pub(super) fn vocab_list<T: Ord + Copy>(
    raw: &[String],
    name: &'static str,
    what: &str,
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
                    format!("\"{value}\" is not one of the {what}: choose from the list"),
                );
                valid = false;
            }
        }
    }
    values.sort();
    values.dedup();
    valid.then_some(values)
}

/// A required date field.
pub(super) fn required_date(
    raw: &str,
    name: &'static str,
    label: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    date_at(raw, Field::single(name), label, errors)
}

/// A required date, in any field.
pub(super) fn date_at(
    raw: &str,
    field: Field,
    label: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    let value = raw.trim();
    if value.is_empty() {
        errors.add(field, format!("Enter the {}", label.to_lowercase()));
        return None;
    }
    parse_date(value)
        .map_err(|problem| errors.add(field, date_message(label, problem)))
        .ok()
}
