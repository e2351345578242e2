//! Demo data: the time line, skewed vocabulary weights, resource kinds and entity types.

use chrono::NaiveDate;

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/// The fixed "today" of generated data.
pub(super) const REFERENCE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 6, 30) {
    Some(d) => d,
    None => panic!("valid constant date"),
};
pub(super) const SECONDS_PER_DAY: i64 = 86_400;
/// The latest generated timestamp is noon (UTC) on the reference date.
pub(super) const NOW_SECONDS_INTO_DAY: i64 = 12 * 3_600;
/// First year of `created_at`; the weights below run from it to 2026 (half a year).
pub(super) const FIRST_CREATED_YEAR: i32 = 2016;
pub(super) const CREATED_YEAR_WEIGHTS: [u32; 11] = [4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 9];
pub(super) const EARLIEST_START_YEAR: i32 = 1990;
pub(super) const LATEST_START_YEAR: i32 = 2026;
/// Years an ongoing commitment aims for.
pub(super) const TARGET_YEARS: [i32; 6] = [2030, 2030, 2030, 2028, 2035, 2040];
/// Share of records with a Chinese or Japanese phrase.
pub(super) const CJK_SHARE: f64 = 0.03;

// ---------------------------------------------------------------------------------------------
// Vocabularies with skewed weights (slugs in the registry's order)
// ---------------------------------------------------------------------------------------------

/// Weight of each goal, goal 1 first: Zipf-like, 17 and 13 most common, 10 and 16 rare.
pub(super) const SDG_WEIGHTS: [u32; 17] =
    [10, 11, 18, 20, 14, 22, 16, 12, 7, 4, 13, 8, 26, 9, 9, 4, 30];
pub(super) const CATEGORIES: [(&str, u32); 3] = [
    ("partnership", 25),
    ("voluntary-commitment", 60),
    ("good-practice", 15),
];
pub(super) const METHODS: [(&str, u32); 7] = [
    ("financing", 18),
    ("capacity-building", 25),
    ("technology", 15),
    ("policy", 12),
    ("partnership", 20),
    ("data-monitoring", 8),
    ("trade", 2),
];
pub(super) const WORKFLOWS: [(&str, u32); 4] = [
    ("submitted", 6),
    ("published", 90),
    ("returned", 2),
    ("archived", 2),
];
pub(super) const DELIVERABLE_STATUSES: [&str; 4] =
    ["planned", "in-progress", "completed", "cancelled"];
/// Deliverable status weights when the due date has passed, and when it has not.
pub(super) const PAST_DELIVERABLE_WEIGHTS: [u32; 4] = [5, 20, 65, 10];
pub(super) const FUTURE_DELIVERABLE_WEIGHTS: [u32; 4] = [60, 38, 0, 2];
/// Currency of a resource: USD, EUR, GBP or the lead country's own.
pub(super) const CURRENCY_WEIGHTS: [u32; 4] = [55, 20, 5, 20];

/// A kind of resource: slug, weight, descriptions, and the powers of ten its amounts span.
pub(super) struct ResourceKind {
    pub(super) slug: &'static str,
    pub(super) weight: u32,
    pub(super) descriptions: &'static [&'static str],
    pub(super) exponents: (u32, u32),
}

pub(super) static RESOURCE_KINDS: [ResourceKind; 4] = [
    ResourceKind {
        slug: "financing",
        weight: 50,
        descriptions: &[
            "Grant funding from the lead entity",
            "Co-financing from partners",
            "Concessional loan",
            "Results-based payments",
            "Government budget allocation",
            "Blended finance from impact investors",
        ],
        exponents: (3, 6),
    },
    ResourceKind {
        slug: "in-kind",
        weight: 25,
        descriptions: &[
            "Equipment and materials",
            "Office space and logistics",
            "Donated software licences",
            "Vehicles for field work",
            "Laboratory testing services",
        ],
        exponents: (2, 5),
    },
    ResourceKind {
        slug: "staff",
        weight: 20,
        descriptions: &[
            "Technical experts seconded to the project",
            "{s} full-time field staff",
            "Project management team",
            "Volunteer professionals",
        ],
        exponents: (3, 5),
    },
    ResourceKind {
        slug: "other",
        weight: 5,
        descriptions: &[
            "Media partnerships and outreach",
            "Access to research facilities",
            "Pro bono legal advice",
        ],
        exponents: (2, 4),
    },
];

/// Entity types in the registry's order, with weights and name templates.
pub(super) static ENTITY_TYPES: [(&str, u32, &[&str]); 12] = [
    (
        "government",
        36,
        &[
            "Ministry of {ministry} of {country}",
            "Ministry of {ministry} of {country}",
            "Government of {country}",
            "National {sector} Agency of {country}",
        ],
    ),
    (
        "local-government",
        14,
        &[
            "City of {city}",
            "{city} City Council",
            "Municipality of {city}",
            "{city} Metropolitan Authority",
            "County Government of {city}",
        ],
    ),
    ("un-entity", 16, &["{un}"]),
    ("intergovernmental-organization", 10, &["{igo}"]),
    (
        "ngo",
        44,
        &[
            "{ngo} {sector} Foundation",
            "{sector} for All {city}",
            "{ngo} Futures Network",
            "{ngo} {sector} Alliance",
            "{ngo} Development Trust",
            "{ngo} Initiative for {sector}",
            "Fundación Tierra Viva",
            "Association Solidarité Santé {city}",
            "Stiftung Grüne Zukunft",
            "Instituto Água Limpa",
            "Réseau Femmes et Développement",
        ],
    ),
    (
        "civil-society",
        16,
        &[
            "{city} Women's Cooperative Union",
            "Federation of {city} Street Vendors",
            "{city} Youth Climate Coalition",
            "Residents' Association of {city}",
            "National Farmers' Union of {country}",
            "Disability Rights Forum of {country}",
        ],
    ),
    (
        "private-sector",
        32,
        &[
            "{root} {business} {legal}",
            "{root} {legal}",
            "{root} {business}",
            "{surname} {business} {legal}",
        ],
    ),
    (
        "academic",
        14,
        &[
            "University of {city}",
            "Department of {science}, University of {city}",
            "{city} Institute of Technology",
            "National University of {country}",
            "Centre for {sector} Research, University of {city}",
        ],
    ),
    (
        "scientific-community",
        3,
        &[
            "National Academy of Sciences of {country}",
            "International Association for {science}",
            "{city} Institute of {science}",
            "{science} Research Network",
        ],
    ),
    (
        "philanthropic",
        3,
        &[
            "{surname} Family Foundation",
            "The {surname} Trust",
            "{city} Community Foundation",
            "{root} Foundation",
        ],
    ),
    (
        "partnership",
        8,
        &[
            "{sector} Partnership for {place}",
            "Global {sector} Partnership",
            "{sector} Alliance of {country}",
            "{city} {sector} Compact",
            "Coalition for {sector} in {country}",
        ],
    ),
    (
        "other",
        6,
        &[
            "{city} Chamber of Commerce",
            "Council of Churches of {country}",
            "Cooperative of {city} Fishers",
            "Rotary Club of {city}",
            "National Sports Federation of {country}",
        ],
    ),
];
