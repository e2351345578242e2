//! Alphabetical order as readers of each language expect it, good enough for names in lists
//! (countries, languages): not full Unicode collation, but its effect on such names.

use super::lang::Lang;

/// The key that sorts `name` A–Z for readers of `lang`:
/// - English and French: accents and case set aside ("Côte" among the "Co…"), as before;
/// - Spanish: the same, except that ñ is a letter of its own after n ("Niue" < "Ñ…" < "O…");
/// - Arabic: the article ال at the start set aside and the forms of alif (أ إ آ) read as ا,
///   as the UN's Arabic list of its member states is sorted (الأرجنتين among the ا, after
///   أذربيجان); ى read as ي, ة as ه, short vowels and tatweel ignored.
pub fn sort_key(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En | Lang::Fr => fold(name),
        Lang::Es => spanish_key(name),
        Lang::Ar => arabic_key(name),
    }
}

fn fold(name: &str) -> String {
    crate::domain::text::fold(name)
}

/// A character above every letter: "n" followed by it sorts after every "n…" and before "o".
const AFTER_EVERY_LETTER: char = '\u{10FFFF}';

fn spanish_key(name: &str) -> String {
    if !name.contains(['ñ', 'Ñ']) {
        return fold(name);
    }
    let marked: String = name
        .chars()
        .flat_map(|c| match c {
            'ñ' | 'Ñ' => ['n', AFTER_EVERY_LETTER].to_vec(),
            c => vec![c],
        })
        .collect();
    fold(&marked)
}

const ARTICLE: &str = "\u{0627}\u{0644}"; // ال
const TATWEEL: char = '\u{0640}';

fn arabic_key(name: &str) -> String {
    let name = name.trim_start();
    let without_article = match name.strip_prefix(ARTICLE) {
        Some(rest) if rest.chars().count() > 1 => rest,
        _ => name,
    };
    // Folding takes the hamza and madda off alif (they decompose into marks), and the vowels.
    fold(without_article)
        .chars()
        .filter(|c| *c != TATWEEL)
        .map(|c| match c {
            '\u{0649}' => '\u{064A}', // ى → ي
            '\u{0629}' => '\u{0647}', // ة → ه
            c => c,
        })
        .collect()
}

/// Sorts `items` A–Z by the names `name_of` gives, for readers of `lang` (ties by the name as
/// written, so the order never depends on the input's).
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], name_of: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| {
        let name = name_of(item);
        (sort_key(lang, name), name.to_string())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&'static str]) -> Vec<&'static str> {
        let mut names = names.to_vec();
        sort_by_name(lang, &mut names, |n| n);
        names
    }

    #[test]
    fn french_sets_accents_and_case_aside() {
        assert_eq!(
            sorted(
                Lang::Fr,
                &["Équateur", "Espagne", "Érythrée", "Estonie", "égypte"]
            ),
            ["égypte", "Équateur", "Érythrée", "Espagne", "Estonie"]
        );
        assert_eq!(
            sorted(Lang::Fr, &["Croatie", "Côte d’Ivoire", "Costa Rica"]),
            ["Costa Rica", "Côte d’Ivoire", "Croatie"]
        );
    }

    #[test]
    fn spanish_reads_n_with_tilde_as_a_letter_after_n() {
        assert_eq!(
            sorted(
                Lang::Es,
                &[
                    "Omán",
                    "Ñandú",
                    "Nueva Zelanda",
                    "Níger",
                    "Austria",
                    "Åland"
                ]
            ),
            [
                "Åland",
                "Austria",
                "Níger",
                "Nueva Zelanda",
                "Ñandú",
                "Omán"
            ]
        );
        assert!(sort_key(Lang::Es, "España") > sort_key(Lang::Es, "Espanz"));
    }

    #[test]
    fn arabic_sets_the_article_and_the_hamza_aside_as_the_un_list_does() {
        // The start of the UN's Arabic list of member states.
        let un_order = [
            "الاتحاد الروسي",
            "إثيوبيا",
            "أذربيجان",
            "الأرجنتين",
            "الأردن",
            "أرمينيا",
            "إريتريا",
            "إسبانيا",
        ];
        let mut shuffled = un_order;
        shuffled.reverse();
        assert_eq!(sorted(Lang::Ar, &shuffled), un_order);
        // Alif with hamza is not the article: Albania stays among the ا, not the ب.
        assert_eq!(
            sorted(Lang::Ar, &["بنما", "ألبانيا", "البحرين"]),
            ["ألبانيا", "البحرين", "بنما"]
        );
        assert_eq!(sort_key(Lang::Ar, "ماليزيا"), sort_key(Lang::Ar, "مَالِيزِيَا"));
    }

    #[test]
    fn english_keys_are_the_ones_the_site_always_used() {
        for name in ["Åland Islands", "Côte d'Ivoire", "Zambia"] {
            assert_eq!(
                sort_key(Lang::En, name),
                crate::domain::vocab::country::alphabetical_key(name)
            );
        }
    }
}
