//! The language a record's text is written in: an ISO 639-1 code (SPEC: the record's `language`).

/// Every ISO 639-1 code (as Debian's iso-codes lists them), sorted (found by binary search:
/// every summary row read for the index asks).
#[rustfmt::skip]
const CODES: [&str; 184] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Languages written right to left (Arabic, Hebrew, Persian, Urdu, and the others in the
/// Arabic or Hebrew script: Pashto, Sindhi, Uyghur, Yiddish, Dhivehi).
const RIGHT_TO_LEFT: [&str; 9] = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv"];

/// A language by its ISO 639-1 code, lower case ("ar", "fr").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language {
    code: &'static str,
}

impl Language {
    /// The language with this code; codes are two lower-case letters, as ISO 639-1 writes them.
    pub fn from_code(code: &str) -> Option<Self> {
        let at = CODES.binary_search(&code).ok()?;
        Some(Language { code: CODES[at] })
    }

    /// Every language, by code.
    pub fn all() -> impl Iterator<Item = Language> {
        CODES.iter().map(|code| Language { code })
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The writing direction of its text: `"rtl"` or `"ltr"`, as in HTML's `dir`.
    pub fn dir(self) -> &'static str {
        if RIGHT_TO_LEFT.contains(&self.code) {
            "rtl"
        } else {
            "ltr"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_639_1_codes_are_known_and_others_are_not() {
        for code in ["ar", "en", "fr", "es", "zh", "ru", "sw", "he", "zu"] {
            assert!(Language::from_code(code).is_some(), "{code}");
        }
        for code in ["", "xx", "eng", "AR", "fr-CA", " fr"] {
            assert!(Language::from_code(code).is_none(), "{code}");
        }
        assert_eq!(Language::all().count(), 184);
    }

    #[test]
    fn arabic_hebrew_persian_and_urdu_are_right_to_left() {
        for code in ["ar", "he", "fa", "ur"] {
            assert_eq!(Language::from_code(code).map(Language::dir), Some("rtl"));
        }
        assert_eq!(Language::from_code("fr").map(Language::dir), Some("ltr"));
    }
}
