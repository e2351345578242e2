//! ISO 4217 currencies, from the maintained `iso_currency` list (codes, names, superseded ones).

use iso_currency::Currency as Iso;

use crate::domain::text::fold;

/// A currency by its ISO 4217 alphabetic code (`USD`, `JPY`, `NGN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(Iso);

impl Currency {
    /// The currency with this three-letter code; lower case is read as upper case ("ngn").
    pub fn from_code(code: &str) -> Option<Self> {
        let upper = code.trim().to_ascii_uppercase();
        Iso::from_code(&upper).map(Currency)
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The English name ("Nigerian naira").
    pub fn name(self) -> String {
        self.0.name().to_string()
    }

    /// The one current currency whose name has `word` as a whole word, ignoring case and accents
    /// ("naira" → NGN, "yen" → JPY); none when no name or several names have it ("dollar").
    pub fn named(word: &str) -> Option<Self> {
        let word = fold(word.trim());
        if word.is_empty() {
            return None;
        }
        let mut matches = every_currency().filter(|c| {
            let name = fold(&c.name());
            name == word || name.split_whitespace().any(|w| w == word)
        });
        let first = matches.next()?;
        matches.all(|other| other == first).then_some(first)
    }
}

/// The currencies people mean by a name: in use today, neither funds nor metals (the crate
/// lists them by numeric code, 1 to 999).
fn every_currency() -> impl Iterator<Item = Currency> {
    (1..1000u16)
        .filter_map(Iso::from_numeric)
        .filter(|c| !c.is_fund() && !c.is_special() && c.is_superseded().is_none())
        .map(Currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_codes_are_read_in_either_case() {
        assert_eq!(Currency::from_code("NGN").map(Currency::code), Some("NGN"));
        assert_eq!(Currency::from_code("usd").map(Currency::code), Some("USD"));
        assert_eq!(Currency::from_code("JPY").map(Currency::code), Some("JPY"));
    }

    #[test]
    fn names_and_made_up_codes_are_not_currencies() {
        for bad in ["naira", "NAI", "US$", "", "EURO", "ABC"] {
            assert!(Currency::from_code(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_currency_is_found_by_a_word_of_its_name_when_only_one_has_it() {
        assert_eq!(Currency::named("naira").map(Currency::code), Some("NGN"));
        assert_eq!(Currency::named("Yen").map(Currency::code), Some("JPY"));
        assert_eq!(Currency::named("euro").map(Currency::code), Some("EUR"));
        assert_eq!(Currency::named("dollar"), None);
        assert_eq!(Currency::named("NAI"), None);
    }
}
