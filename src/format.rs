//! Formatting for people, shared by pages, mail and demo data: long dates, amounts, paragraphs.
//!
//! Dates and numbers come out in the language of the request being served
//! ([`crate::i18n::current`]); the JSON API, CSV and import never use these (ISO dates, plain
//! numbers).

mod dates;

use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};

pub use crate::i18n::number_in;
pub use dates::{long_date_in, month_name};

/// "1 January 1980", "1er janvier 1980", "1 de enero de 1980", "1 كانون الثاني/يناير 1980":
/// in the current language.
pub fn long_date(date: NaiveDate) -> String {
    long_date_in(crate::i18n::current(), date)
}

/// "1,250,000" (in the current language: "1 250 000", "1.250.000").
pub fn format_amount(amount: u64) -> String {
    number_in(crate::i18n::current(), amount)
}

/// For templates (which hand values over by reference): a count with the current language's
/// thousands separator.
pub fn number<N: Copy + TryInto<u64>>(n: &N) -> String {
    format_amount((*n).try_into().unwrap_or_default())
}

/// Splits text into paragraphs at blank lines or line breaks, dropping empty ones.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// The unit a wait is told in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitUnit {
    Seconds,
    Minutes,
    Hours,
}

/// A wait as a count of its unit, rounded up (at least 1 second).
pub fn wait_count(wait: Duration) -> (u64, WaitUnit) {
    match retry_after_seconds(wait) {
        s if s < 60 => (s, WaitUnit::Seconds),
        s if s < 3600 => (s.div_ceil(60), WaitUnit::Minutes),
        s => (s.div_ceil(3600), WaitUnit::Hours),
    }
}

/// "03:10 UTC on 7 December 2026".
pub fn time_and_date(at: NaiveDateTime) -> String {
    let time = at.format("%H:%M").to_string();
    let date = long_date(at.date());
    crate::i18n::text_with(
        "format-time-on-date",
        &[("time", time.into()), ("date", date.into())],
    )
}

/// The `Retry-After` value of a wait: whole seconds, at least 1.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_get_thousands_separators() {
        assert_eq!(format_amount(0), "0");
        assert_eq!(format_amount(999), "999");
        assert_eq!(format_amount(1000), "1,000");
        assert_eq!(format_amount(1_250_000), "1,250,000");
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let date = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
        assert_eq!(long_date(date), "1 January 1980");
    }

    #[test]
    fn text_splits_into_paragraphs() {
        assert_eq!(paragraphs("One.\n\n Two. \n"), ["One.", "Two."]);
        assert!(paragraphs("  ").is_empty());
    }

    #[test]
    fn waits_are_counted_in_their_unit_rounded_up() {
        assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
        assert_eq!(wait_count(Duration::from_secs(61)), (2, WaitUnit::Minutes));
    }
}
