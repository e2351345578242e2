//! ISO 3166-1 countries, from the maintained `rust_iso3166` list.

/// A country by its upper-case ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country {
    code: &'static str,
    name: &'static str,
}

impl Country {
    /// The country with this alpha-2 code ("KH"); codes are upper case, as the spec fixes.
    pub fn from_code(code: &str) -> Option<Self> {
        rust_iso3166::from_alpha2(code)
            .filter(|c| c.alpha2 == code)
            .map(|c| Country {
                code: c.alpha2,
                name: c.name,
            })
    }

    /// Every country, sorted by name.
    pub fn all() -> Vec<Country> {
        let mut all: Vec<Country> = rust_iso3166::ALL
            .iter()
            .map(|c| Country {
                code: c.alpha2,
                name: c.name,
            })
            .collect();
        all.sort_by_cached_key(|c| alphabetical_key(c.name));
        all
    }

    /// The alpha-2 code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The English short name.
    pub fn name(self) -> &'static str {
        self.name
    }
}

/// The key that puts names in A–Z order as people read it: "Åland Islands" among the A's,
/// "Côte d'Ivoire" after "Costa Rica" (accents and case set aside).
pub fn alphabetical_key(name: &str) -> String {
    crate::domain::text::fold(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_a_to_z_whatever_their_accents() {
        let names: Vec<&str> = Country::all().into_iter().map(Country::name).collect();
        let at = |name: &str| names.iter().position(|n| n.starts_with(name)).unwrap();
        assert!(at("Åland") < at("Albania"));
        assert!(at("Costa Rica") < at("Côte") && at("Côte") < at("Croatia"));
    }

    #[test]
    fn known_codes_give_current_names() {
        assert_eq!(
            Country::from_code("KH").map(Country::name),
            Some("Cambodia")
        );
        assert!(Country::from_code("CI").is_some_and(|c| c.name().starts_with("C")));
    }

    #[test]
    fn lower_case_and_unknown_codes_are_refused() {
        assert!(Country::from_code("kh").is_none());
        assert!(Country::from_code("XX").is_none());
        assert!(Country::from_code("").is_none());
    }

    #[test]
    fn the_list_has_every_country() {
        assert!(Country::all().len() >= 249);
    }
}
