//! Arabic plural categories as CLDR defines them, for the Arabic message files' selectors.
//!
//! Fluent picks a plural form through `intl_pluralrules`, whose 7.0.2 tests Arabic's "few" and
//! "many" on the whole number instead of its last two digits: 164 commitments came out in the
//! form for "other" instead of "many", 103 in "other" instead of "few". The Arabic files
//! select on `ARABIC_PLURAL($count)` instead, which this module answers.

use fluent_templates::fluent_bundle::{FluentArgs, FluentValue};

/// The name the message files call.
pub const FUNCTION: &str = "ARABIC_PLURAL";

/// CLDR's Arabic category of `n`: zero, one, two, few (last two digits 3–10), many (11–99),
/// other (100, 101, 102, …, and any fraction).
pub fn category(n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    let last_two = n % 100.0;
    match n {
        0.0 => "zero",
        1.0 => "one",
        2.0 => "two",
        _ if (3.0..=10.0).contains(&last_two) => "few",
        _ if (11.0..=99.0).contains(&last_two) => "many",
        _ => "other",
    }
}

/// The Fluent function: the category of its one numeric argument ("other" for anything else).
pub fn select<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    let n = match positional.first() {
        Some(FluentValue::Number(number)) => number.value,
        Some(FluentValue::String(text)) => text.parse().unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    FluentValue::from(category(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_categories_follow_the_last_two_digits() {
        let cases = [
            (0.0, "zero"),
            (1.0, "one"),
            (2.0, "two"),
            (3.0, "few"),
            (10.0, "few"),
            (11.0, "many"),
            (99.0, "many"),
            (100.0, "other"),
            (102.0, "other"),
            (103.0, "few"),
            (164.0, "many"),
            (1_000.0, "other"),
            (1_011.0, "many"),
            (2.5, "other"),
        ];
        for (n, expected) in cases {
            assert_eq!(category(n), expected, "{n}");
        }
    }

    #[test]
    fn a_number_given_as_text_is_read_as_the_number() {
        let args = FluentArgs::new();
        let chosen = select(&[FluentValue::from("164")], &args);
        assert_eq!(chosen, FluentValue::from("many"));
    }

    /// A plural selector in the Arabic files that asks Fluent's own rules (`{ $count -> [few]`)
    /// would bring the wrong forms back from 100 up.
    #[test]
    fn every_arabic_plural_selects_through_the_function() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ar");
        for file in std::fs::read_dir(&dir).expect("the Arabic folder") {
            let path = file.expect("a readable folder").path();
            let source = std::fs::read_to_string(&path).expect("a readable file");
            let lines: Vec<&str> = source.lines().collect();
            for (at, line) in lines.iter().enumerate() {
                let plain_selector = line.trim_end().ends_with("->") && !line.contains(FUNCTION);
                let plural_keys = lines[at + 1..]
                    .iter()
                    .take_while(|l| !l.trim_start().starts_with('}'))
                    .any(|l| {
                        ["[zero]", "[two]", "[few]", "[many]"]
                            .iter()
                            .any(|k| l.contains(k))
                    });
                assert!(
                    !(plain_selector && plural_keys),
                    "{}:{}: select through {FUNCTION}",
                    path.display(),
                    at + 1
                );
            }
        }
    }
}
