//! The languages the interface speaks, and the values a message can be given.

/// A language of the interface. English is the default and the fallback for any missing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ar,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar];

    /// Where it stands in [`Lang::ALL`] (tables per language are kept in that order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code, as in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction, as in `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The language with this code (`"fr"`, `"FR"`, `"fr-CA"`); `None` for any other.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// A value given to a message's placeholder (`{ $count }`, `{ $name }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A number written as it is (a year, a version, a goal's number: "2026", not "2,026");
    /// it also chooses the plural form (`[one]`, `[few]`, ...).
    Number(i64),
    /// A count, written with the thousands separator of the message's language ("1,234",
    /// "1 234", "12.345"); it chooses the plural form too.
    Count(i64),
}

/// `n` as a count: grouped in thousands the way the message's language writes them. Takes
/// what `Arg` takes from numbers, by value or by reference (for templates).
pub fn count(n: impl Into<Arg>) -> Arg {
    match n.into() {
        Arg::Number(n) => Arg::Count(n),
        other => other,
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

/// Numbers, by value or by reference (templates hand fields over by reference).
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }

        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}

number_args!(i64, i32, u8, u16, u32, u64, usize);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_knows_its_place_in_the_list() {
        for (at, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), at, "{lang:?}");
        }
    }

    #[test]
    fn codes_round_trip_and_unknown_ones_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("FR-ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn a_count_is_a_number_marked_for_grouping() {
        assert_eq!(count(1234_u64), Arg::Count(1234));
        let shown = 7_usize;
        let by_reference = &shown;
        assert_eq!(count(by_reference), Arg::Count(7));
        assert_eq!(Arg::from(2026), Arg::Number(2026));
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::Fr.dir(), "ltr");
    }
}
