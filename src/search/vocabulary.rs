//! The vocabulary of search: the facets whose values are counted, and the result orders.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::domain::{Category, Country, EntityType, Method, Region, Reporting, Sdg, Status};

/// Every facet's vocabulary, listed once (a search lists them all for its counts).
static VOCABULARIES: LazyLock<[Vec<String>; 8]> = LazyLock::new(|| Facet::ALL.map(Facet::values));

/// Where each value stands in its facet's vocabulary.
static POSITIONS: LazyLock<[HashMap<&'static str, usize>; 8]> = LazyLock::new(|| {
    Facet::ALL.map(|facet| {
        let values = facet.vocabulary().iter().enumerate();
        values.map(|(at, value)| (value.as_str(), at)).collect()
    })
});

/// The facets whose values are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Sdg,
    Region,
    Country,
    EntityType,
    Category,
    Method,
    Status,
    Reporting,
}

impl Facet {
    /// Every facet, in the order pages and the API list them.
    pub const ALL: [Facet; 8] = [
        Facet::Sdg,
        Facet::Region,
        Facet::Country,
        Facet::EntityType,
        Facet::Category,
        Facet::Method,
        Facet::Status,
        Facet::Reporting,
    ];

    /// The query parameter and JSON key.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Sdg => "sdg",
            Facet::Region => "region",
            Facet::Country => "country",
            Facet::EntityType => "entity_type",
            Facet::Category => "category",
            Facet::Method => "method",
            Facet::Status => "status",
            Facet::Reporting => "reporting",
        }
    }

    /// Every value of the facet's vocabulary, as it appears in URLs.
    pub fn values(self) -> Vec<String> {
        fn slugs<T: Copy>(all: &[T], slug: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|v| slug(*v).to_string()).collect()
        }
        match self {
            Facet::Sdg => Sdg::all().map(|s| s.to_string()).collect(),
            Facet::Region => slugs(Region::ALL, Region::slug),
            Facet::Country => Country::all()
                .iter()
                .map(|c| c.code().to_string())
                .collect(),
            Facet::EntityType => slugs(EntityType::ALL, EntityType::slug),
            Facet::Category => slugs(Category::ALL, Category::slug),
            Facet::Method => slugs(Method::ALL, Method::slug),
            Facet::Status => slugs(Status::ALL, Status::slug),
            Facet::Reporting => slugs(Reporting::ALL, Reporting::slug),
        }
    }

    /// Every value of the facet's vocabulary, as it appears in URLs, without allocating.
    pub fn vocabulary(self) -> &'static [String] {
        &VOCABULARIES[self as usize]
    }

    /// Where `value` stands in [`Facet::vocabulary`] (`None`: not a value of this facet).
    pub fn position(self, value: &str) -> Option<usize> {
        POSITIONS[self as usize].get(value).copied()
    }

    /// The canonical form of `raw` when it is a value of this facet.
    pub(super) fn read(self, raw: &str) -> Option<String> {
        match self {
            Facet::Sdg => raw
                .parse::<u8>()
                .ok()
                .and_then(Sdg::new)
                .map(|s| s.to_string()),
            Facet::Region => Region::from_slug(raw).map(|v| v.slug().to_string()),
            Facet::Country => Country::from_code(raw).map(|c| c.code().to_string()),
            Facet::EntityType => EntityType::from_slug(raw).map(|v| v.slug().to_string()),
            Facet::Category => Category::from_slug(raw).map(|v| v.slug().to_string()),
            Facet::Method => Method::from_slug(raw).map(|v| v.slug().to_string()),
            Facet::Status => Status::from_slug(raw).map(|v| v.slug().to_string()),
            Facet::Reporting => Reporting::from_slug(raw).map(|v| v.slug().to_string()),
        }
    }

    /// The facet whose query parameter is `name`.
    pub(super) fn from_param(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == name)
    }

    /// Some accepted values, for error messages.
    pub(super) fn examples(self) -> String {
        match self {
            Facet::Sdg => "1 to 17".to_string(),
            Facet::Country => {
                "ISO 3166-1 alpha-2 codes in upper case, such as KE or BR".to_string()
            }
            _ => self.values().join(", "),
        }
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    Newest,
    Oldest,
    Title,
    Start,
}

impl Sort {
    /// Every order, as the sort menu lists them.
    pub const ALL: [Sort; 5] = [
        Sort::Relevance,
        Sort::Newest,
        Sort::Oldest,
        Sort::Title,
        Sort::Start,
    ];

    /// The `sort` parameter value.
    pub fn param(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Title => "title",
            Sort::Start => "start",
        }
    }

    /// What the sort menu says.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Best match",
            Sort::Newest => "Newest first",
            Sort::Oldest => "Oldest first",
            Sort::Title => "Title A–Z",
            Sort::Start => "Latest start date",
        }
    }
}
