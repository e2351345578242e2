//! Country and language names in each interface language (Unicode CLDR, in
//! `locales/<lang>/countries.tsv` and `languages.tsv`, compiled in), and lists of them sorted
//! A–Z for readers of that language, each worked out once per language.

use std::sync::{LazyLock, OnceLock};

use rustc_hash::FxHashMap;

use super::collate::sort_by_name;
use super::lang::Lang;
use crate::domain::{Country, Language};

type Names = FxHashMap<&'static str, &'static str>;

/// The name tables of one language: code → name.
struct Tables {
    countries: Names,
    languages: Names,
}

static TABLES: LazyLock<[Tables; 4]> = LazyLock::new(|| {
    let tables = |countries: &'static str, languages: &'static str| Tables {
        countries: parse(countries),
        languages: parse(languages),
    };
    [
        // English country names are the rust_iso3166 crate's, as the site always showed them.
        tables("", include_str!("../../locales/en/languages.tsv")),
        tables(
            include_str!("../../locales/fr/countries.tsv"),
            include_str!("../../locales/fr/languages.tsv"),
        ),
        tables(
            include_str!("../../locales/es/countries.tsv"),
            include_str!("../../locales/es/languages.tsv"),
        ),
        tables(
            include_str!("../../locales/ar/countries.tsv"),
            include_str!("../../locales/ar/languages.tsv"),
        ),
    ]
});

/// `code<TAB>name` lines; `#` starts a comment line.
fn parse(tsv: &'static str) -> Names {
    tsv.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(code, name)| (code.trim(), name.trim()))
        .collect()
}

fn tables(lang: Lang) -> &'static Tables {
    &TABLES[lang.index()]
}

/// The country's name in `lang` (English where the table lacks it).
pub fn country_name_in(lang: Lang, country: Country) -> &'static str {
    match lang {
        Lang::En => country.name(),
        _ => tables(lang)
            .countries
            .get(country.code())
            .copied()
            .unwrap_or(country.name()),
    }
}

/// The name of the language with ISO 639-1 `language` in `lang` (English where the table
/// lacks it, the code itself where English does).
pub fn language_name_in(lang: Lang, language: Language) -> &'static str {
    [lang, Lang::En]
        .iter()
        .find_map(|l| tables(*l).languages.get(language.code()).copied())
        .unwrap_or(language.code())
}

/// Every country, A–Z by its name in `lang`: English's order is the one the site always had.
pub fn countries_sorted(lang: Lang) -> &'static [Country] {
    static SORTED: [OnceLock<Vec<Country>>; 4] = [const { OnceLock::new() }; 4];
    SORTED[lang.index()].get_or_init(|| {
        let mut all = Country::all();
        if lang != Lang::En {
            sort_by_name(lang, &mut all, |c| country_name_in(lang, *c));
        }
        all
    })
}

/// Where the country with `code` stands in [`countries_sorted`] for `lang` (unknown codes
/// last). Worked out once per language: a filter lists countries on every search.
pub fn country_rank_in(lang: Lang, code: &str) -> usize {
    static RANKS: [OnceLock<FxHashMap<&'static str, usize>>; 4] = [const { OnceLock::new() }; 4];
    let ranks = RANKS[lang.index()].get_or_init(|| {
        let sorted = countries_sorted(lang).iter().enumerate();
        sorted.map(|(rank, c)| (c.code(), rank)).collect()
    });
    ranks.get(code).copied().unwrap_or(usize::MAX)
}

/// Every language, A–Z by its name in `lang`.
pub fn languages_sorted(lang: Lang) -> &'static [Language] {
    static SORTED: [OnceLock<Vec<Language>>; 4] = [const { OnceLock::new() }; 4];
    SORTED[lang.index()].get_or_init(|| {
        let mut all: Vec<Language> = Language::all().collect();
        sort_by_name(lang, &mut all, |l| language_name_in(lang, *l));
        all
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::from_code(code).unwrap()
    }

    #[test]
    fn every_country_and_language_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for c in Country::all() {
                let name = country_name_in(lang, c);
                assert!(!name.is_empty());
                if lang != Lang::En {
                    assert!(tables(lang).countries.contains_key(c.code()), "{:?}", c);
                }
            }
            for l in Language::all() {
                assert!(tables(lang).languages.contains_key(l.code()), "{l:?}");
            }
        }
    }

    #[test]
    fn arabic_pages_name_every_language_in_arabic_script() {
        for l in Language::all() {
            let name = language_name_in(Lang::Ar, l);
            assert!(
                !name.chars().any(|c| c.is_ascii_alphabetic()),
                "{l:?}: {name}"
            );
        }
    }

    #[test]
    fn names_come_in_the_page_language() {
        assert_eq!(country_name_in(Lang::En, country("SN")), "Senegal");
        assert_eq!(country_name_in(Lang::Fr, country("SN")), "Sénégal");
        assert_eq!(country_name_in(Lang::Es, country("DE")), "Alemania");
        assert_eq!(country_name_in(Lang::Ar, country("MA")), "المغرب");
        let arabic = Language::from_code("ar").unwrap();
        assert_eq!(language_name_in(Lang::En, arabic), "Arabic");
        assert_eq!(language_name_in(Lang::Fr, arabic), "Arabe");
        assert_eq!(language_name_in(Lang::Ar, arabic), "العربية");
    }

    #[test]
    fn ranks_follow_the_a_to_z_list_and_unknown_codes_come_last() {
        let rank = |code| country_rank_in(Lang::En, code);
        assert!(rank("CR") < rank("CI"));
        assert!(rank("CI") < rank("HR"));
        assert_eq!(rank("XX"), usize::MAX);
    }

    #[test]
    fn english_order_is_the_one_the_site_always_had() {
        assert_eq!(countries_sorted(Lang::En), Country::all().as_slice());
        for c in Country::all() {
            assert_eq!(
                country_rank_in(Lang::En, c.code()),
                Country::all().iter().position(|x| *x == c).unwrap()
            );
        }
    }

    #[test]
    fn each_language_lists_countries_a_to_z_by_its_own_names() {
        let rank = |lang, code| country_rank_in(lang, code);
        // Germany: Allemagne (A) in French, Alemania in Spanish, ألمانيا (ا) in Arabic.
        assert!(rank(Lang::Fr, "DE") < rank(Lang::Fr, "BE"));
        assert!(rank(Lang::En, "DE") > rank(Lang::En, "BE"));
        // Égypte among the E's in French, before Espagne.
        assert!(rank(Lang::Fr, "EG") < rank(Lang::Fr, "ES"));
        assert!(rank(Lang::Fr, "EG") > rank(Lang::Fr, "DK"));
        // الجزائر (Algeria) under ج, after بنما (Panama) under ب.
        assert!(rank(Lang::Ar, "DZ") > rank(Lang::Ar, "PA"));
        assert_eq!(rank(Lang::Ar, "XX"), usize::MAX);
        assert_eq!(countries_sorted(Lang::Ar).len(), Country::all().len());
    }
}
