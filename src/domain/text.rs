//! Rules for free text: trimming, length limits, control characters, dates, emails and phones.

use chrono::NaiveDate;
use validator::ValidateEmail;

use super::message::Message;

/// The longest any text field may be, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Earliest date the registry accepts.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1945, 1, 1) {
    Some(d) => d,
    None => panic!("valid constant date"),
};
/// Latest date the registry accepts.
pub const LATEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(d) => d,
    None => panic!("valid constant date"),
};
/// Dates that broken systems write when they have no date: never real.
pub const PLACEHOLDER_DATES: [&str; 2] = ["1969-12-31", "1970-01-01"];

/// True for characters a one-line name must not hold (control characters, line breaks).
pub fn has_control_chars(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// True for control characters other than line breaks and tabs, which long text may hold.
pub fn has_stray_control_chars(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Length in characters, as people count them.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Lower case without accents ("Côte" → "cote"), for sorting and matching as people expect.
pub fn fold(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    // Most names and words are plain ASCII, which has nothing to decompose: the same result,
    // without walking the Unicode tables (organisation links on every card need it).
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Why a date string is not acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    NotADate,
    Placeholder,
    OutOfRange,
}

/// Reads a `YYYY-MM-DD` date within 1945–2100 that is not a placeholder.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateProblem> {
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(DateProblem::NotADate);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| DateProblem::NotADate)?;
    if PLACEHOLDER_DATES.contains(&text) {
        return Err(DateProblem::Placeholder);
    }
    if !(EARLIEST_DATE..=LATEST_DATE).contains(&date) {
        return Err(DateProblem::OutOfRange);
    }
    Ok(date)
}

/// The message for a date problem, naming the field by its label (a message too).
pub fn date_message(label: impl Into<Message>, problem: DateProblem) -> Message {
    let key = match problem {
        DateProblem::NotADate => "date-not-a-date",
        DateProblem::Placeholder => "date-placeholder",
        DateProblem::OutOfRange => "date-out-of-range",
    };
    Message::new(key).message("label", label)
}

/// A valid email address of at most 254 characters.
pub fn is_valid_email(text: &str) -> bool {
    text.len() <= 254 && !has_control_chars(text) && text.validate_email()
}

/// A phone number: an optional leading `+`, then digits, spaces, `-`, `(`, `)`, with 7–15 digits.
pub fn is_valid_phone(text: &str) -> bool {
    let body = text.strip_prefix('+').unwrap_or(text);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    allowed && (7..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_plain_ascii_gives_what_the_unicode_path_gives() {
        use unicode_normalization::UnicodeNormalization;
        let every_ascii: String = (0u8..128).map(char::from).collect();
        let unicode_path: String = every_ascii.nfd().flat_map(char::to_lowercase).collect();
        assert_eq!(fold(&every_ascii), unicode_path);
        assert_eq!(fold("Côte d'Ivoire"), "cote d'ivoire");
    }

    #[test]
    fn real_dates_in_range_are_accepted() {
        assert!(parse_date("1980-01-01").is_ok());
        assert!(parse_date("1945-01-01").is_ok());
        assert!(parse_date("2100-12-31").is_ok());
        assert!(parse_date("2024-02-29").is_ok());
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "01/02/2024",
            "",
            "2024-01-01T00:00",
        ] {
            assert_eq!(parse_date(bad), Err(DateProblem::NotADate), "{bad}");
        }
    }

    #[test]
    fn placeholder_dates_are_refused() {
        assert_eq!(parse_date("1969-12-31"), Err(DateProblem::Placeholder));
        assert_eq!(parse_date("1970-01-01"), Err(DateProblem::Placeholder));
    }

    #[test]
    fn dates_outside_1945_to_2100_are_refused() {
        assert_eq!(parse_date("1944-12-31"), Err(DateProblem::OutOfRange));
        assert_eq!(parse_date("2101-01-01"), Err(DateProblem::OutOfRange));
    }

    #[test]
    fn emails_must_be_valid_and_short() {
        assert!(is_valid_email("ana@example.org"));
        assert!(!is_valid_email("ana@"));
        assert!(!is_valid_email("not an email"));
        let long = format!("{}@example.org", "a".repeat(250));
        assert!(!is_valid_email(&long));
    }

    #[test]
    fn phones_need_7_to_15_digits_and_allowed_characters() {
        assert!(is_valid_phone("+41 22 917 12 34"));
        assert!(is_valid_phone("(212) 963-1234"));
        assert!(!is_valid_phone("123456"));
        assert!(!is_valid_phone("+1234567890123456"));
        assert!(!is_valid_phone("call 555 1234 567"));
        assert!(!is_valid_phone("12+34567890"));
    }

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ÉCOLE"), "ecole");
        assert_eq!(fold("北京"), "北京");
    }

    #[test]
    fn names_may_not_hold_control_characters() {
        assert!(has_control_chars("a\u{0}b"));
        assert!(has_control_chars("two\nlines"));
        assert!(!has_stray_control_chars("two\nlines\tok"));
        assert!(has_stray_control_chars("bell\u{7}"));
    }
}
