//! Whole numbers with the thousands separator of each interface language (CLDR's symbols).

use super::lang::Lang;

/// French groups digits with a narrow no-break space (U+202F), as CLDR and the Imprimerie
/// nationale write them.
const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// How `lang` separates thousands, and from how many digits it starts to (Spanish leaves
/// four-digit numbers whole: "1234", "12.345", CLDR's minimum grouping of 2).
fn grouping(lang: Lang) -> (char, usize) {
    match lang {
        Lang::En => (',', 4),
        Lang::Fr => (NARROW_NO_BREAK_SPACE, 4),
        Lang::Es => ('.', 5),
        // Arabic pages keep the digits 0–9 (see `dates`), with CLDR's separator for them.
        Lang::Ar => (',', 4),
    }
}

/// `n` written for readers of `lang`: "1,250,000" · "1 250 000" · "1.250.000" · "1,250,000".
pub fn number_in(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (separator, from) = grouping(lang);
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated_as_each_language_does() {
        assert_eq!(number_in(Lang::En, 1234), "1,234");
        assert_eq!(number_in(Lang::Fr, 1234), "1\u{202F}234");
        assert_eq!(number_in(Lang::Es, 1234), "1234");
        assert_eq!(number_in(Lang::Es, 12_345), "12.345");
        assert_eq!(number_in(Lang::Ar, 1234), "1,234");
        assert_eq!(number_in(Lang::Fr, 1_250_000), "1\u{202F}250\u{202F}000");
        assert_eq!(number_in(Lang::Es, 1_250_000), "1.250.000");
    }

    #[test]
    fn small_numbers_stay_as_they_are() {
        for lang in Lang::ALL {
            assert_eq!(number_in(lang, 0), "0");
            assert_eq!(number_in(lang, 999), "999");
        }
        assert_eq!(number_in(Lang::En, 1000), "1,000");
        assert_eq!(number_in(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
    }
}
