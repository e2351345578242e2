//! Users' content marked with its own language inside a page of another one (`lang`, `dir`).

use crate::domain::Language;
use crate::i18n::{self, Lang};

/// The attributes of an element holding text written in `language`, on a page in the
/// current language: ` lang="ar" dir="rtl"` for Arabic on an English page, ` lang="fr"`
/// for French on a Spanish one, ` lang="fr" dir="ltr"` for French on an Arabic one;
/// nothing when the language is not stated or is the page's. Codes and directions come from
/// closed lists, so the text is safe to write into HTML as it is.
pub fn attributes(language: Option<Language>) -> String {
    attributes_on(i18n::current(), language)
}

fn attributes_on(page: Lang, language: Option<Language>) -> String {
    let Some(language) = language.filter(|l| l.code() != page.code()) else {
        return String::new();
    };
    let code = language.code();
    match language.dir() {
        dir if dir != page.dir() => format!(r#" lang="{code}" dir="{dir}""#),
        _ => format!(r#" lang="{code}""#),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str) -> Option<Language> {
        Language::from_code(code)
    }

    #[test]
    fn text_in_another_language_is_marked_with_it_and_its_direction() {
        assert_eq!(
            attributes_on(Lang::En, language("ar")),
            r#" lang="ar" dir="rtl""#
        );
        assert_eq!(
            attributes_on(Lang::En, language("he")),
            r#" lang="he" dir="rtl""#
        );
        assert_eq!(attributes_on(Lang::Es, language("fr")), r#" lang="fr""#);
        assert_eq!(
            attributes_on(Lang::Ar, language("fr")),
            r#" lang="fr" dir="ltr""#
        );
        assert_eq!(attributes_on(Lang::Ar, language("fa")), r#" lang="fa""#);
    }

    #[test]
    fn text_in_the_page_language_or_of_no_stated_language_is_left_alone() {
        assert_eq!(attributes_on(Lang::En, None), "");
        assert_eq!(attributes_on(Lang::En, language("en")), "");
        assert_eq!(attributes_on(Lang::Ar, language("ar")), "");
    }
}
