//! Formatting for people: long dates, amounts with separators, paragraphs from plain text.

use chrono::NaiveDate;

/// "1 January 1980".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "1,250,000".
pub fn format_amount(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Splits text into paragraphs at blank lines or line breaks, dropping empty ones.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
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
}
