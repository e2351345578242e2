//! Organisations: the lead entities and partners that commitments name, one per family of spellings.
//!
//! People type the same organisation's name in many ways ("UN-Habitat", "UN Habitat",
//! "un habitat ", "UN‑Habitat"). Names that differ only in case, accents, spacing or
//! punctuation are one organisation: they share a key. The slug is what its URL shows
//! (`/organisations/un-habitat`); the key of a slug is the key of the names it stands for, so
//! any spelling's slug finds the organisation.

use super::text::fold;

/// The key shared by every spelling of an organisation's name: its letters and digits, lower
/// case, without accents ("Côte d'Ivoire Water" and "COTE D IVOIRE  water" → "cotedivoirewater").
/// A name with neither letters nor digits keeps its other visible characters.
pub fn organisation_key(name: &str) -> String {
    let folded = fold(name);
    let key: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    if key.is_empty() {
        folded.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        key
    }
}

/// The URL slug of a name: its words, folded, joined by hyphens ("Ministry of Water (Kenya)" →
/// "ministry-of-water-kenya"). Its [`organisation_key`] is the name's own.
pub fn organisation_slug(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        organisation_key(name)
    } else {
        words.join("-")
    }
}

/// The letter an organisation is listed under, A to Z, or `None` for names that start with a
/// digit or another script (listed under "0–9 and others").
pub fn index_letter(key: &str) -> Option<char> {
    key.chars()
        .next()
        .filter(char::is_ascii_lowercase)
        .map(|c| c.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_differing_only_in_case_accents_or_spacing_share_a_key() {
        let spellings = [
            "Société Générale",
            "societe generale",
            "  SOCIETE   GÉNÉRALE ",
            "Societe\tGenerale",
            "SocieteGenerale",
        ];
        for name in spellings {
            assert_eq!(organisation_key(name), "societegenerale", "{name:?}");
        }
    }

    #[test]
    fn punctuation_does_not_make_another_organisation() {
        assert_eq!(
            organisation_key("UN-Habitat"),
            organisation_key("UN Habitat.")
        );
    }

    #[test]
    fn different_names_have_different_keys() {
        assert_ne!(
            organisation_key("Ministry of Water"),
            organisation_key("Ministry of Health")
        );
    }

    #[test]
    fn a_slug_is_the_words_of_the_name_joined_by_hyphens() {
        assert_eq!(
            organisation_slug("Ministry of Water (Kenya)"),
            "ministry-of-water-kenya"
        );
        assert_eq!(organisation_slug("  Côte d'Ivoire  "), "cote-d-ivoire");
    }

    #[test]
    fn the_key_of_a_slug_is_the_key_of_its_name() {
        for name in [
            "Ministry of Water (Kenya)",
            "Côte d'Ivoire",
            "水資源機構",
            "—",
        ] {
            let slug = organisation_slug(name);
            assert_eq!(organisation_key(&slug), organisation_key(name), "{name:?}");
        }
    }

    #[test]
    fn names_in_other_scripts_keep_their_letters() {
        assert_eq!(organisation_slug("水資源 機構"), "水資源-機構");
        assert_eq!(organisation_key("وزارة المياه"), "وزارةالمياه");
    }

    #[test]
    fn a_name_without_letters_or_digits_still_has_a_key() {
        assert_eq!(organisation_key(" — "), "—");
        assert_eq!(organisation_slug(" — "), "—");
    }

    #[test]
    fn organisations_are_listed_under_their_first_latin_letter() {
        assert_eq!(index_letter("wateraid"), Some('W'));
        assert_eq!(index_letter("350org"), None);
        assert_eq!(index_letter("水資源"), None);
    }
}
