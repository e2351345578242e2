//! Formatting for people, shared by pages, mail and demo data: long dates, amounts, paragraphs.
//!
//! Dates and numbers come out in the language of the request being served
//! ([`crate::i18n::current`]); the JSON API, CSV and import never use these (ISO dates, plain
//! numbers).

mod dates;
mod numbers;

use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};

pub use dates::{long_date_in, month_name};
pub use numbers::number_in;

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

/// How long ago `since` was, roughly: "less than an hour", "5 hours", "1 day", "12 days".
pub fn age(since: NaiveDateTime, now: NaiveDateTime) -> String {
    let elapsed = now - since;
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    match (elapsed.num_days(), elapsed.num_hours()) {
        (0, 0) => "less than an hour".to_string(),
        (0, hours) => plural(hours, "hour"),
        (days, _) => plural(days, "day"),
    }
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
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    match seconds.max(1) {
        s if s < 60 => (s, WaitUnit::Seconds),
        s if s < 3600 => (s.div_ceil(60), WaitUnit::Minutes),
        s => (s.div_ceil(3600), WaitUnit::Hours),
    }
}

/// "12 seconds", "1 minute", "3 hours": a wait in English words, rounded up.
pub fn describe_wait(wait: Duration) -> String {
    let (count, unit) = wait_count(wait);
    let unit = match unit {
        WaitUnit::Seconds => "second",
        WaitUnit::Minutes => "minute",
        WaitUnit::Hours => "hour",
    };
    format!("{count} {unit}{}", if count == 1 { "" } else { "s" })
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

/// "14:05 UTC on 8 December 2026 (in 3 hours)": when something refused at `now` may be done.
pub fn again_at(at: NaiveDateTime, now: NaiveDateTime) -> String {
    let wait = (at - now).to_std().unwrap_or_default();
    format!("{} (in {})", time_and_date(at), describe_wait(wait))
}

/// The `Retry-After` value of a wait: whole seconds, at least 1.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_told_in_hours_then_days() {
        let start = NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        let later = |hours: i64| start + chrono::Duration::hours(hours);
        assert_eq!(age(start, later(0)), "less than an hour");
        assert_eq!(age(start, later(1)), "1 hour");
        assert_eq!(age(start, later(5)), "5 hours");
        assert_eq!(age(start, later(24)), "1 day");
        assert_eq!(age(start, later(24 * 12 + 3)), "12 days");
    }

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
    fn waits_read_as_people_say_them() {
        assert_eq!(describe_wait(Duration::from_millis(300)), "1 second");
        assert_eq!(describe_wait(Duration::from_secs(12)), "12 seconds");
        assert_eq!(describe_wait(Duration::from_secs(61)), "2 minutes");
        assert_eq!(describe_wait(Duration::from_secs(3600)), "1 hour");
        assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
    }
}
