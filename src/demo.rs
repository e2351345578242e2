//! Deterministic, realistic sample commitments for demos, tests and benchmarks.

use chrono::{Datelike, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::record::{
    format_date, format_timestamp, ContactRecord, DeliverableRecord, PartnerRecord, ReportRecord,
    ResourceRecord,
};
use crate::domain::{CommitmentRecord, Sdg, Target};

/// Generates `count` sample commitments; the same `seed` always gives the same records.
///
/// Every record passes the registry's validation on 2026-06-30 or any later day: the data
/// is placed in time as if "now" were that date, whatever the clock says.
pub fn generate(seed: u64, count: usize) -> impl Iterator<Item = CommitmentRecord> {
    let mut generator = Generator::new(seed);
    (0..count).map(move |_| generator.record())
}

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/// The fixed "today" of generated data.
const REFERENCE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 6, 30) {
    Some(d) => d,
    None => panic!("valid constant date"),
};
const SECONDS_PER_DAY: i64 = 86_400;
/// The latest generated timestamp is noon (UTC) on the reference date.
const NOW_SECONDS_INTO_DAY: i64 = 12 * 3_600;
/// First year of `created_at`; the weights below run from it to 2026 (half a year).
const FIRST_CREATED_YEAR: i32 = 2016;
const CREATED_YEAR_WEIGHTS: [u32; 11] = [4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 9];
const EARLIEST_START_YEAR: i32 = 1990;
const LATEST_START_YEAR: i32 = 2026;
/// Years an ongoing commitment aims for.
const TARGET_YEARS: [i32; 6] = [2030, 2030, 2030, 2028, 2035, 2040];
/// Share of records with a Chinese or Japanese phrase.
const CJK_SHARE: f64 = 0.03;

// ---------------------------------------------------------------------------------------------
// Vocabularies with skewed weights (slugs in the registry's order)
// ---------------------------------------------------------------------------------------------

/// Weight of each goal, goal 1 first: Zipf-like, 17 and 13 most common, 10 and 16 rare.
const SDG_WEIGHTS: [u32; 17] = [10, 11, 18, 20, 14, 22, 16, 12, 7, 4, 13, 8, 26, 9, 9, 4, 30];
const CATEGORIES: [(&str, u32); 3] = [
    ("partnership", 25),
    ("voluntary-commitment", 60),
    ("good-practice", 15),
];
const METHODS: [(&str, u32); 7] = [
    ("financing", 18),
    ("capacity-building", 25),
    ("technology", 15),
    ("policy", 12),
    ("partnership", 20),
    ("data-monitoring", 8),
    ("trade", 2),
];
const WORKFLOWS: [(&str, u32); 4] = [
    ("submitted", 6),
    ("published", 90),
    ("returned", 2),
    ("archived", 2),
];
const DELIVERABLE_STATUSES: [&str; 4] = ["planned", "in-progress", "completed", "cancelled"];
/// Deliverable status weights when the due date has passed, and when it has not.
const PAST_DELIVERABLE_WEIGHTS: [u32; 4] = [5, 20, 65, 10];
const FUTURE_DELIVERABLE_WEIGHTS: [u32; 4] = [60, 38, 0, 2];
/// Currency of a resource: USD, EUR, GBP or the lead country's own.
const CURRENCY_WEIGHTS: [u32; 4] = [55, 20, 5, 20];
/// Index of `asia-pacific` and `global` in `REGIONS`.
const ASIA_PACIFIC: usize = 1;
const GLOBAL: usize = 6;

/// A kind of resource: slug, weight, descriptions, and the powers of ten its amounts span.
struct ResourceKind {
    slug: &'static str,
    weight: u32,
    descriptions: &'static [&'static str],
    exponents: (u32, u32),
}

static RESOURCE_KINDS: [ResourceKind; 4] = [
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
static ENTITY_TYPES: [(&str, u32, &[&str]); 12] = [
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

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/// A country commitments are placed in: name as written in running text, dialling code,
/// currency and a few cities.
struct CountryInfo {
    code: &'static str,
    name: &'static str,
    dial: &'static str,
    currency: &'static str,
    cities: &'static [&'static str],
}

const fn country(
    code: &'static str,
    name: &'static str,
    dial: &'static str,
    currency: &'static str,
    cities: &'static [&'static str],
) -> CountryInfo {
    CountryInfo {
        code,
        name,
        dial,
        currency,
        cities,
    }
}

const AFRICA: &[CountryInfo] = &[
    country(
        "KE",
        "Kenya",
        "254",
        "KES",
        &["Nairobi", "Mombasa", "Kisumu"],
    ),
    country("NG", "Nigeria", "234", "NGN", &["Lagos", "Kano", "Ibadan"]),
    country("GH", "Ghana", "233", "GHS", &["Accra", "Kumasi", "Tamale"]),
    country(
        "CI",
        "Côte d'Ivoire",
        "225",
        "XOF",
        &["Abidjan", "Bouaké", "Yamoussoukro"],
    ),
    country(
        "ET",
        "Ethiopia",
        "251",
        "ETB",
        &["Addis Ababa", "Bahir Dar", "Mekelle"],
    ),
    country(
        "ZA",
        "South Africa",
        "27",
        "ZAR",
        &["Cape Town", "Durban", "Johannesburg"],
    ),
    country(
        "SN",
        "Senegal",
        "221",
        "XOF",
        &["Dakar", "Saint-Louis", "Thiès"],
    ),
    country(
        "TZ",
        "Tanzania",
        "255",
        "TZS",
        &["Dar es Salaam", "Arusha", "Dodoma"],
    ),
    country(
        "UG",
        "Uganda",
        "256",
        "UGX",
        &["Kampala", "Gulu", "Mbarara"],
    ),
    country("RW", "Rwanda", "250", "RWF", &["Kigali", "Huye"]),
    country(
        "MA",
        "Morocco",
        "212",
        "MAD",
        &["Marrakech", "Fès", "Tangier"],
    ),
    country(
        "EG",
        "Egypt",
        "20",
        "EGP",
        &["Cairo", "Alexandria", "Aswan"],
    ),
    country("MZ", "Mozambique", "258", "MZN", &["Maputo", "Beira"]),
    country("CM", "Cameroon", "237", "XAF", &["Douala", "Yaoundé"]),
    country(
        "MG",
        "Madagascar",
        "261",
        "MGA",
        &["Antananarivo", "Toamasina"],
    ),
    country(
        "BF",
        "Burkina Faso",
        "226",
        "XOF",
        &["Ouagadougou", "Bobo-Dioulasso"],
    ),
];

const ASIA_AND_PACIFIC: &[CountryInfo] = &[
    country(
        "IN",
        "India",
        "91",
        "INR",
        &["Chennai", "Pune", "Patna", "Bhubaneswar"],
    ),
    country(
        "BD",
        "Bangladesh",
        "880",
        "BDT",
        &["Dhaka", "Khulna", "Sylhet"],
    ),
    country(
        "VN",
        "Viet Nam",
        "84",
        "VND",
        &["Hanoi", "Đà Nẵng", "Cần Thơ"],
    ),
    country(
        "ID",
        "Indonesia",
        "62",
        "IDR",
        &["Jakarta", "Surabaya", "Makassar"],
    ),
    country(
        "PH",
        "the Philippines",
        "63",
        "PHP",
        &["Manila", "Cebu", "Davao"],
    ),
    country(
        "CN",
        "China",
        "86",
        "CNY",
        &["Beijing", "Chengdu", "Kunming"],
    ),
    country("JP", "Japan", "81", "JPY", &["Tokyo", "Ōsaka", "Sendai"]),
    country("NP", "Nepal", "977", "NPR", &["Kathmandu", "Pokhara"]),
    country(
        "PK",
        "Pakistan",
        "92",
        "PKR",
        &["Lahore", "Karachi", "Peshawar"],
    ),
    country("FJ", "Fiji", "679", "FJD", &["Suva", "Lautoka"]),
    country("KH", "Cambodia", "855", "KHR", &["Phnom Penh", "Siem Reap"]),
    country("LK", "Sri Lanka", "94", "LKR", &["Colombo", "Jaffna"]),
    country("MN", "Mongolia", "976", "MNT", &["Ulaanbaatar", "Erdenet"]),
    country(
        "KR",
        "the Republic of Korea",
        "82",
        "KRW",
        &["Seoul", "Busan"],
    ),
    country("TV", "Tuvalu", "688", "AUD", &["Funafuti"]),
];

const EUROPE: &[CountryInfo] = &[
    country(
        "CH",
        "Switzerland",
        "41",
        "CHF",
        &["Zürich", "Geneva", "Lausanne"],
    ),
    country("DE", "Germany", "49", "EUR", &["Berlin", "Köln", "Leipzig"]),
    country(
        "FR",
        "France",
        "33",
        "EUR",
        &["Lyon", "Marseille", "Montpellier"],
    ),
    country(
        "ES",
        "Spain",
        "34",
        "EUR",
        &["Málaga", "Barcelona", "Valencia"],
    ),
    country("SE", "Sweden", "46", "SEK", &["Malmö", "Göteborg", "Umeå"]),
    country("PL", "Poland", "48", "PLN", &["Kraków", "Łódź", "Gdańsk"]),
    country("IT", "Italy", "39", "EUR", &["Milan", "Naples", "Bologna"]),
    country(
        "NL",
        "the Netherlands",
        "31",
        "EUR",
        &["Rotterdam", "Utrecht"],
    ),
    country("PT", "Portugal", "351", "EUR", &["Lisbon", "Porto"]),
    country(
        "GB",
        "the United Kingdom",
        "44",
        "GBP",
        &["Manchester", "Glasgow", "Bristol"],
    ),
    country("NO", "Norway", "47", "NOK", &["Tromsø", "Bergen"]),
    country("RO", "Romania", "40", "RON", &["Cluj-Napoca", "Iași"]),
    country("DK", "Denmark", "45", "DKK", &["Copenhagen", "Aarhus"]),
    country("IS", "Iceland", "354", "ISK", &["Reykjavík", "Akureyri"]),
];

const LATIN_AMERICA_CARIBBEAN: &[CountryInfo] = &[
    country(
        "BR",
        "Brazil",
        "55",
        "BRL",
        &["São Paulo", "Belém", "Recife", "Manaus"],
    ),
    country(
        "CO",
        "Colombia",
        "57",
        "COP",
        &["Medellín", "Bogotá", "Cali"],
    ),
    country(
        "MX",
        "Mexico",
        "52",
        "MXN",
        &["Mexico City", "Oaxaca", "Mérida"],
    ),
    country("PE", "Peru", "51", "PEN", &["Lima", "Cusco", "Arequipa"]),
    country(
        "CL",
        "Chile",
        "56",
        "CLP",
        &["Santiago", "Valparaíso", "Concepción"],
    ),
    country(
        "AR",
        "Argentina",
        "54",
        "ARS",
        &["Córdoba", "Rosario", "Buenos Aires"],
    ),
    country("EC", "Ecuador", "593", "USD", &["Quito", "Guayaquil"]),
    country(
        "HT",
        "Haiti",
        "509",
        "HTG",
        &["Port-au-Prince", "Cap-Haïtien"],
    ),
    country("JM", "Jamaica", "1", "JMD", &["Kingston", "Montego Bay"]),
    country("CR", "Costa Rica", "506", "CRC", &["San José", "Limón"]),
    country(
        "BO",
        "Bolivia",
        "591",
        "BOB",
        &["La Paz", "El Alto", "Cochabamba"],
    ),
    country(
        "GT",
        "Guatemala",
        "502",
        "GTQ",
        &["Guatemala City", "Quetzaltenango"],
    ),
    country(
        "DO",
        "the Dominican Republic",
        "1",
        "DOP",
        &["Santo Domingo", "Santiago de los Caballeros"],
    ),
    country("BB", "Barbados", "1", "BBD", &["Bridgetown"]),
];

const NORTH_AMERICA: &[CountryInfo] = &[
    country(
        "US",
        "the United States",
        "1",
        "USD",
        &["Detroit", "New Orleans", "Albuquerque", "Fresno"],
    ),
    country(
        "CA",
        "Canada",
        "1",
        "CAD",
        &["Montréal", "Québec City", "Winnipeg", "Iqaluit"],
    ),
];

const WEST_ASIA: &[CountryInfo] = &[
    country("JO", "Jordan", "962", "JOD", &["Amman", "Irbid", "Zarqa"]),
    country("LB", "Lebanon", "961", "LBP", &["Beirut", "Tripoli"]),
    country(
        "AE",
        "the United Arab Emirates",
        "971",
        "AED",
        &["Dubai", "Abu Dhabi"],
    ),
    country("OM", "Oman", "968", "OMR", &["Muscat", "Salalah"]),
    country("SA", "Saudi Arabia", "966", "SAR", &["Riyadh", "Jeddah"]),
    country("IQ", "Iraq", "964", "IQD", &["Basra", "Erbil", "Mosul"]),
    country("YE", "Yemen", "967", "YER", &["Aden", "Sana'a"]),
    country("QA", "Qatar", "974", "QAR", &["Doha"]),
    country("KW", "Kuwait", "965", "KWD", &["Kuwait City"]),
];

/// A region: slug, weight, its countries, and areas named when no country is given.
struct RegionInfo {
    slug: &'static str,
    weight: u32,
    countries: &'static [CountryInfo],
    areas: &'static [&'static str],
}

/// Regions in the registry's order: africa and asia-pacific most common, north-america rare.
static REGIONS: [RegionInfo; 7] = [
    RegionInfo {
        slug: "africa",
        weight: 26,
        countries: AFRICA,
        areas: &[
            "East Africa",
            "West Africa",
            "the Sahel",
            "Southern Africa",
            "the Lake Victoria basin",
            "the Horn of Africa",
        ],
    },
    RegionInfo {
        slug: "asia-pacific",
        weight: 24,
        countries: ASIA_AND_PACIFIC,
        areas: &[
            "South-East Asia",
            "the Mekong Delta",
            "Pacific island States",
            "South Asia",
            "the Himalayan region",
        ],
    },
    RegionInfo {
        slug: "europe",
        weight: 9,
        countries: EUROPE,
        areas: &[
            "the Danube basin",
            "the Baltic Sea region",
            "the Western Balkans",
            "southern Europe",
        ],
    },
    RegionInfo {
        slug: "latin-america-caribbean",
        weight: 14,
        countries: LATIN_AMERICA_CARIBBEAN,
        areas: &[
            "the Amazon basin",
            "the Caribbean",
            "the Andean region",
            "Central America",
            "the Gran Chaco",
        ],
    },
    RegionInfo {
        slug: "north-america",
        weight: 4,
        countries: NORTH_AMERICA,
        areas: &["the Great Lakes region", "Arctic communities"],
    },
    RegionInfo {
        slug: "west-asia",
        weight: 5,
        countries: WEST_ASIA,
        areas: &[
            "the Arab region",
            "the Gulf",
            "the Levant",
            "the Tigris–Euphrates basin",
        ],
    },
    RegionInfo {
        slug: "global",
        weight: 18,
        countries: &[],
        areas: &[
            "low- and middle-income countries",
            "small island developing States",
            "least developed countries",
            "fragile and conflict-affected settings",
            "coastal cities worldwide",
            "more than 30 countries",
        ],
    },
];

/// Chinese and Japanese phrases, so that full-text search over CJK text can be exercised.
struct Cjk {
    country: &'static str,
    titles: &'static [&'static str],
    sentences: &'static [&'static str],
}

static CJK: [Cjk; 2] = [
    Cjk {
        country: "CN",
        titles: &[
            "北京市 clean air programme for {m} schools",
            "上海 低碳社区 low-carbon neighbourhoods pilot",
            "成都 垃圾分类 waste sorting for {k} households",
            "深圳 electric bus fleet transition",
            "云南 森林保护 community forest protection",
        ],
        sentences: &[
            "本项目旨在改善农村地区的饮用水供应。",
            "推动妇女参与地方治理。",
            "为{m}所学校提供清洁能源。",
        ],
    },
    Cjk {
        country: "JP",
        titles: &[
            "東京 水資源 resilience plan",
            "大阪 防災 community disaster preparedness network",
            "福島 再生可能エネルギー renewable energy cooperative",
            "京都 森林保全 forest stewardship partnership",
            "仙台 減災 early warning for coastal towns",
        ],
        sentences: &[
            "地域の子どもたちに質の高い教育を提供します。",
            "減災と気候変動への適応を推進する。",
            "地域の水資源を守り、持続可能な利用を進めます。",
        ],
    },
];

// ---------------------------------------------------------------------------------------------
// Themes: one per goal, with the words that make its commitments sound real
// ---------------------------------------------------------------------------------------------

/// What commitments under one goal talk about. Templates take `{place}`, `{city}`,
/// `{country}`, `{year}` and numbers `{s}` (small), `{m}` (medium), `{k}` (thousands), `{pct}`.
struct Theme {
    titles: &'static [&'static str],
    objectives: &'static [&'static str],
    actions: &'static [&'static str],
    results: &'static [&'static str],
    achievements: &'static [&'static str],
    deliverables: &'static [&'static str],
    ministries: &'static [&'static str],
    un: &'static [&'static str],
    sectors: &'static [&'static str],
    businesses: &'static [&'static str],
    sciences: &'static [&'static str],
}

static THEMES: [Theme; 17] = [
    // 1 No Poverty
    Theme {
        titles: &[
            "Cash transfers for {k} extremely poor households in {place}",
            "Graduation programme lifting {k} families out of poverty in {place}",
            "Social protection floor for informal workers in {place}",
            "Savings groups for {m} rural women in {place}",
            "Universal child benefit in {place}",
        ],
        objectives: &[
            "To reduce extreme poverty among {k} households in {place} by {year}.",
            "The commitment aims to extend social protection to informal workers and their families in {place}.",
            "We seek to help {k} families build savings, assets and resilience to shocks.",
        ],
        actions: &[
            "Eligible households receive monthly cash transfers through mobile money, combined with coaching visits.",
            "Village savings and loan associations are set up and trained over an 18-month cycle.",
            "A single social registry links cash transfers, health insurance and school feeding.",
            "Community facilitators identify the poorest households through participatory wealth ranking.",
        ],
        results: &[
            "{pct}% of participating households now have savings of their own.",
            "More than {k} people received regular transfers in the first two years.",
            "Household consumption rose by {pct}% compared with the baseline.",
        ],
        achievements: &[
            "Transfers reached {k} households, {pct}% of them headed by women.",
            "{m} savings groups were formed and are now running independently.",
        ],
        deliverables: &[
            "Social registry covering {k} households",
            "Baseline poverty survey",
            "Mobile money payment system for transfers",
            "Impact evaluation report",
        ],
        ministries: &["Social Protection", "Labour and Social Welfare", "Social Development"],
        un: &["UNDP", "ILO", "UNICEF", "IFAD"],
        sectors: &["Livelihoods", "Social Protection"],
        businesses: &["Microfinance", "Fintech"],
        sciences: &["Development Economics", "Social Policy"],
    },
    // 2 Zero Hunger
    Theme {
        titles: &[
            "Climate-smart agriculture for {k} smallholder farmers in {place}",
            "School meals with locally grown food for {k} children in {place}",
            "Reducing post-harvest losses in {place}",
            "Drought-tolerant seed systems for {place}",
            "Community nutrition programme for mothers and infants in {place}",
        ],
        objectives: &[
            "To raise the yields and incomes of {k} smallholder farmers in {place} by {year}.",
            "The initiative aims to end child stunting in {m} communities through better diets.",
            "We aim to cut post-harvest losses of staple crops by {pct}%.",
        ],
        actions: &[
            "Farmer field schools train producers in conservation agriculture and crop diversification.",
            "Hermetic storage bags and solar dryers are distributed through local cooperatives.",
            "Schools buy fresh produce from nearby farmers under multi-year contracts.",
            "Community health volunteers counsel mothers on infant and young child feeding.",
        ],
        results: &[
            "Average maize yields increased by {pct}% among participating farmers.",
            "{k} children now receive a nutritious school meal every day.",
            "Post-harvest losses fell by {pct}% in pilot districts.",
        ],
        achievements: &[
            "{k} farmers completed field school training and adopted at least two new practices.",
            "Local farmers supplied {pct}% of the food served in school meals.",
        ],
        deliverables: &[
            "Seed multiplication plots in {s} districts",
            "Farmer training curriculum",
            "Warehouse receipt system",
            "Nutrition survey report",
        ],
        ministries: &["Agriculture and Food Security", "Agriculture, Livestock and Fisheries"],
        un: &["FAO", "WFP", "IFAD"],
        sectors: &["Food", "Agriculture"],
        businesses: &["Agribusiness", "Foods"],
        sciences: &["Agronomy", "Nutrition Science"],
    },
    // 3 Good Health and Well-being
    Theme {
        titles: &[
            "Solar power for {m} health clinics in {place}",
            "Community health workers for {k} households in {place}",
            "Eliminating malaria in {place} by {year}",
            "Maternal and newborn care in {m} rural facilities in {place}",
            "Mental health services in primary care across {place}",
        ],
        objectives: &[
            "To reduce maternal and newborn deaths in {place} through better primary health care.",
            "The commitment aims to bring essential health services within 5 km of every household in {place}.",
            "We aim to cut malaria incidence by {pct}% by {year}.",
        ],
        actions: &[
            "Community health workers are recruited, trained and paid to visit every household monthly.",
            "Clinics receive solar power, vaccine refrigerators and reliable supplies of essential medicines.",
            "Digital health records connect rural clinics with district hospitals.",
            "Insecticide-treated nets are distributed and indoor residual spraying is carried out each season.",
        ],
        results: &[
            "Skilled birth attendance rose by {pct}% in supported districts.",
            "{m} clinics now have reliable electricity around the clock.",
            "More than {k} children were fully immunised.",
        ],
        achievements: &[
            "{m} community health workers were trained and deployed in {s} districts.",
            "Vaccine coverage in target districts increased by {pct}% this year.",
        ],
        deliverables: &[
            "{s} clinics equipped with solar power",
            "Training of {m} community health workers",
            "District health information system",
            "Cold chain upgrade",
        ],
        ministries: &["Health", "Health and Population", "Public Health"],
        un: &["WHO", "UNICEF", "UNFPA", "UNAIDS"],
        sectors: &["Health", "Medicine"],
        businesses: &["Pharma", "Health"],
        sciences: &["Epidemiology", "Public Health"],
    },
    // 4 Quality Education
    Theme {
        titles: &[
            "Foundational literacy for {k} children in {place}",
            "Digital classrooms in {m} secondary schools in {place}",
            "Second-chance education for out-of-school girls in {place}",
            "Teacher training for inclusive education in {place}",
            "Technical and vocational skills for {k} young people in {place}",
        ],
        objectives: &[
            "To ensure that every child in {place} can read with understanding by the end of grade 3.",
            "The commitment aims to bring {k} out-of-school children back to learning by {year}.",
            "We aim to train {k} teachers in learner-centred and inclusive methods.",
        ],
        actions: &[
            "Teachers receive structured lesson plans, coaching and reading materials in local languages.",
            "Schools are equipped with solar-powered tablets and offline learning content.",
            "Accelerated learning classes let out-of-school children catch up and rejoin formal schools.",
            "Apprenticeships are co-designed with local employers.",
        ],
        results: &[
            "The share of grade 3 pupils reading fluently rose by {pct}%.",
            "{k} children re-enrolled in formal schooling.",
            "{m} schools now use digital learning every week.",
        ],
        achievements: &[
            "Reading assessments show clear gains in {m} supported schools.",
            "{k} learners completed the accelerated learning programme.",
        ],
        deliverables: &[
            "Reading materials in {s} local languages",
            "Teacher coaching programme",
            "Learning assessment report",
            "{m} digital classrooms",
        ],
        ministries: &["Education", "Education and Sports", "Basic Education"],
        un: &["UNESCO", "UNICEF"],
        sectors: &["Education", "Learning"],
        businesses: &["EdTech", "Learning"],
        sciences: &["Education Research", "Learning Sciences"],
    },
    // 5 Gender Equality
    Theme {
        titles: &[
            "Women's leadership in local government in {place}",
            "Ending child marriage in {place} by {year}",
            "Safe cities for women and girls in {place}",
            "Equal pay certification for {m} companies in {place}",
            "Access to finance for women entrepreneurs in {place}",
        ],
        objectives: &[
            "To increase the share of women in elected local office in {place} to at least {pct}%.",
            "The commitment aims to end child marriage in {m} communities by {year}.",
            "We aim to close the gender pay gap among participating employers.",
        ],
        actions: &[
            "Women candidates receive mentoring, campaign training and childcare support.",
            "Community dialogues engage religious and traditional leaders on girls' rights.",
            "Women-led businesses gain access to credit guarantees and business coaching.",
            "Survivors of violence are referred to shelters, legal aid and counselling.",
        ],
        results: &[
            "{pct}% of trained candidates were elected in the last local elections.",
            "{m} communities publicly declared an end to child marriage.",
            "Loans worth more than USD {k} were extended to women entrepreneurs.",
        ],
        achievements: &[
            "{m} women completed leadership training this year.",
            "{s} new shelters and legal aid desks opened.",
        ],
        deliverables: &[
            "Mentoring programme for {m} women candidates",
            "Gender pay gap audit",
            "Safe transport pilot",
            "Survivor referral pathway",
        ],
        ministries: &["Women, Gender and Social Development", "Gender Equality and Family"],
        un: &["UN Women", "UNFPA", "UNDP"],
        sectors: &["Equality", "Women's Leadership"],
        businesses: &["Apparel", "Fintech"],
        sciences: &["Gender Studies"],
    },
    // 6 Clean Water and Sanitation
    Theme {
        titles: &[
            "Safe drinking water for {k} people in {place}",
            "Solar-powered boreholes for {m} villages in {place}",
            "Water safety plans for utilities in {place}",
            "Sanitation and hygiene in {m} schools in {place}",
            "Integrated water resources management in {place}",
        ],
        objectives: &[
            "To provide safely managed drinking water to {k} people in {place} by {year}.",
            "The commitment aims to end open defecation in {m} communities.",
            "We aim to reduce non-revenue water in the utility by {pct}%.",
        ],
        actions: &[
            "Solar-powered boreholes are drilled and handed over to trained water committees.",
            "Households pay affordable tariffs through prepaid water meters.",
            "Schools receive separate latrines for girls and boys and handwashing stations.",
            "Catchment committees monitor river flows and allocate water among users.",
        ],
        results: &[
            "{k} people gained access to safe drinking water.",
            "Non-revenue water fell by {pct}% in the pilot zones.",
            "{m} communities were certified open-defecation free.",
        ],
        achievements: &[
            "{m} new water points are operational and managed by trained committees.",
            "Handwashing facilities were installed in {m} schools.",
        ],
        deliverables: &[
            "{m} solar-powered boreholes",
            "Water safety plan for the utility",
            "School sanitation facilities in {s} schools",
            "Groundwater monitoring network",
        ],
        ministries: &["Water and Irrigation", "Water and Sanitation", "Water Resources"],
        un: &["UNICEF", "UN-Habitat", "UNEP"],
        sectors: &["Water", "Sanitation"],
        businesses: &["Water", "Pumps"],
        sciences: &["Hydrology", "Water Engineering"],
    },
    // 7 Affordable and Clean Energy
    Theme {
        titles: &[
            "Solar mini-grids for {m} health clinics in {place}",
            "Clean cooking for {k} households in {place}",
            "Off-grid solar for {k} rural homes in {place}",
            "Energy efficiency in public buildings in {place}",
            "Geothermal and wind power expansion in {place}",
        ],
        objectives: &[
            "To give {k} households in {place} access to clean, affordable electricity by {year}.",
            "The commitment aims to replace charcoal stoves with clean cooking solutions.",
            "We aim to cut energy use in public buildings by {pct}%.",
        ],
        actions: &[
            "Pay-as-you-go solar home systems are sold through local agents.",
            "Mini-grids are built and operated under a public-private concession.",
            "Local technicians are trained to install and maintain solar equipment.",
            "Energy audits identify savings in schools, hospitals and offices.",
        ],
        results: &[
            "{k} households now use clean cooking solutions.",
            "{m} MW of renewable capacity was installed.",
            "Energy use in public buildings fell by {pct}%.",
        ],
        achievements: &[
            "{k} solar home systems were installed this year.",
            "{s} mini-grids reached commercial operation.",
        ],
        deliverables: &[
            "{m} mini-grids commissioned",
            "Clean cooking market study",
            "Technician certification scheme",
            "Energy audit of {m} public buildings",
        ],
        ministries: &["Energy", "Energy and Mines", "Energy and Petroleum"],
        un: &["UNDP", "UNIDO", "UNEP"],
        sectors: &["Energy", "Solar"],
        businesses: &["Solar", "Energy", "Power"],
        sciences: &["Energy Systems"],
    },
    // 8 Decent Work and Economic Growth
    Theme {
        titles: &[
            "Green jobs for {k} young people in {place}",
            "Formalising informal enterprises in {place}",
            "Decent work in supply chains from {place}",
            "Youth apprenticeships with {m} employers in {place}",
            "Ending child labour in cocoa-growing communities of {place}",
        ],
        objectives: &[
            "To create {k} decent jobs for young women and men in {place} by {year}.",
            "The commitment aims to bring {k} informal workers under social security.",
            "We aim to end child labour in our supply chains by {year}.",
        ],
        actions: &[
            "Young people follow six-month apprenticeships with stipends and mentoring.",
            "Small enterprises receive simplified registration, bookkeeping training and access to credit.",
            "Suppliers are audited and supported to meet labour standards.",
            "Community child labour monitoring systems refer children back to school.",
        ],
        results: &[
            "{pct}% of apprentices found work within six months.",
            "{k} enterprises registered formally.",
            "Child labour cases fell by {pct}% in monitored communities.",
        ],
        achievements: &[
            "{m} young people completed apprenticeships and {pct}% found jobs.",
            "{m} suppliers passed labour standards audits.",
        ],
        deliverables: &[
            "Apprenticeship scheme with {m} employers",
            "Supplier audit programme",
            "Child labour monitoring system",
            "Enterprise registration one-stop shop",
        ],
        ministries: &["Labour and Employment", "Youth and Employment"],
        un: &["ILO", "UNDP", "ITC"],
        sectors: &["Enterprise", "Skills"],
        businesses: &["Cocoa", "Textiles", "Logistics"],
        sciences: &["Labour Economics"],
    },
    // 9 Industry, Innovation and Infrastructure
    Theme {
        titles: &[
            "Broadband for {m} rural communities in {place}",
            "Resilient rural roads in {place}",
            "Innovation hub for green start-ups in {place}",
            "Clean industrial parks in {place}",
            "Digital public infrastructure for small businesses in {place}",
        ],
        objectives: &[
            "To connect {m} rural communities in {place} to affordable broadband by {year}.",
            "The commitment aims to help {m} start-ups bring green technologies to market.",
            "We aim to make industrial production in {place} cleaner and more efficient.",
        ],
        actions: &[
            "Community networks are built with local operators and shared towers.",
            "An incubator offers seed funding, mentoring and lab space.",
            "Roads are rebuilt to climate-resilient standards with local labour.",
            "Factories receive resource-efficiency audits and cleaner production training.",
        ],
        results: &[
            "{k} people gained access to mobile broadband.",
            "{m} start-ups raised follow-on investment.",
            "{m} km of rural roads were rehabilitated.",
        ],
        achievements: &[
            "{s} new towers connected {m} communities.",
            "The incubator supported {m} start-ups this year.",
        ],
        deliverables: &[
            "{m} km of fibre backbone",
            "Start-up incubator",
            "Cleaner production audits",
            "Road asset management system",
        ],
        ministries: &[
            "Industry and Trade",
            "Infrastructure and Transport",
            "Information and Communications Technology",
        ],
        un: &["UNIDO", "ITU", "UNOPS"],
        sectors: &["Infrastructure", "Innovation"],
        businesses: &["Telecom", "Engineering", "Digital"],
        sciences: &["Engineering"],
    },
    // 10 Reduced Inequalities
    Theme {
        titles: &[
            "Jobs for persons with disabilities in {place}",
            "Safe and regular migration pathways from {place}",
            "Lowering remittance costs to {place}",
            "Equal access to public services for minorities in {place}",
            "Social inclusion of refugees in {place}",
        ],
        objectives: &[
            "To increase the employment of persons with disabilities in {place} by {pct}%.",
            "The commitment aims to halve the cost of sending remittances by {year}.",
            "We aim to ensure equal access to public services for marginalised groups in {place}.",
        ],
        actions: &[
            "Employers receive guidance on reasonable accommodation and inclusive recruitment.",
            "Digital remittance channels are offered at low cost through partner banks.",
            "Refugees gain access to work permits, language courses and skills recognition.",
            "Public services publish accessible information in minority languages.",
        ],
        results: &[
            "{m} persons with disabilities were hired by partner employers.",
            "Average remittance costs fell by {pct}%.",
            "{k} refugees obtained work permits.",
        ],
        achievements: &[
            "{m} persons with disabilities started work with partner employers.",
            "{k} migrants used the low-cost remittance service.",
        ],
        deliverables: &[
            "Inclusive recruitment guide",
            "Low-cost remittance service",
            "Skills recognition scheme",
            "Accessibility audit of public services",
        ],
        ministries: &["Social Inclusion", "Labour and Social Affairs", "Migration"],
        un: &["UNHCR", "IOM", "UNDP", "OHCHR"],
        sectors: &["Inclusion", "Equity"],
        businesses: &["Fintech", "Remittances"],
        sciences: &["Social Policy"],
    },
    // 11 Sustainable Cities and Communities
    Theme {
        titles: &[
            "Bus rapid transit for {place}",
            "Affordable housing for {k} families in {place}",
            "Upgrading informal settlements in {place}",
            "Green public spaces in {place}",
            "Cycling and walking network for {place}",
        ],
        objectives: &[
            "To give {k} residents of {place} safe, affordable public transport by {year}.",
            "The commitment aims to upgrade informal settlements with water, drainage and secure tenure.",
            "We aim to bring green public space within 10 minutes' walk of every resident.",
        ],
        actions: &[
            "Dedicated bus lanes and stations are built along the busiest corridors.",
            "Residents co-design upgrading plans with the city planning department.",
            "Vacant lots are turned into pocket parks with local volunteers.",
            "Protected cycle lanes connect neighbourhoods to schools and markets.",
        ],
        results: &[
            "Daily public transport ridership grew by {pct}%.",
            "{k} families received secure land titles.",
            "{m} new parks and public spaces were opened.",
        ],
        achievements: &[
            "{s} km of bus lanes opened and ridership is rising.",
            "{m} households in informal settlements received piped water.",
        ],
        deliverables: &[
            "{m} km of protected cycle lanes",
            "Upgrading plan for {s} settlements",
            "Bus rapid transit corridor",
            "Open data portal on urban mobility",
        ],
        ministries: &["Housing and Urban Development", "Transport and Urban Planning"],
        un: &["UN-Habitat", "UNEP"],
        sectors: &["Housing", "Mobility"],
        businesses: &["Mobility", "Construction"],
        sciences: &["Urban Studies"],
    },
    // 12 Responsible Consumption and Production
    Theme {
        titles: &[
            "Plastic-free markets in {place}",
            "Halving food waste in {place} by {year}",
            "Extended producer responsibility for packaging in {place}",
            "Circular textiles in {place}",
            "Sustainable public procurement in {place}",
        ],
        objectives: &[
            "To cut single-use plastic in {place} by {pct}% by {year}.",
            "The commitment aims to halve food waste across retail and households.",
            "We aim to make every public tender include sustainability criteria.",
        ],
        actions: &[
            "Producers pay fees that fund collection and recycling of their packaging.",
            "Retailers donate surplus food to community kitchens.",
            "Informal waste pickers are organised into cooperatives with fair contracts.",
            "Procurement officers are trained to apply life-cycle costing.",
        ],
        results: &[
            "{k} tonnes of packaging were collected for recycling.",
            "Food waste in partner stores fell by {pct}%.",
            "{pct}% of public tenders now include sustainability criteria.",
        ],
        achievements: &[
            "{k} tonnes of waste were diverted from landfill.",
            "{m} retailers joined the food donation scheme.",
        ],
        deliverables: &[
            "Packaging regulation",
            "Food waste baseline study",
            "Waste picker cooperative contracts",
            "Sustainable procurement guidelines",
        ],
        ministries: &["Environment", "Environment and Natural Resources"],
        un: &["UNEP", "UNIDO"],
        sectors: &["Recycling", "Circular Economy"],
        businesses: &["Packaging", "Retail", "Recycling"],
        sciences: &["Industrial Ecology"],
    },
    // 13 Climate Action
    Theme {
        titles: &[
            "Early warning systems for climate hazards in {place}",
            "Net-zero emissions roadmap for {place} by {year}",
            "Climate adaptation for {k} coastal households in {place}",
            "Climate finance readiness in {place}",
            "Heat action plan for {place}",
        ],
        objectives: &[
            "To cover every household in {place} with early warnings of floods, droughts and storms by {year}.",
            "The commitment aims to reach net-zero greenhouse gas emissions by {year}.",
            "We aim to help {k} households adapt to rising temperatures and sea levels.",
        ],
        actions: &[
            "Automatic weather stations feed forecasts to community radio and SMS alerts.",
            "An emissions inventory sets sector targets and an annual progress review.",
            "Mangroves and dunes are restored to protect coastal villages.",
            "Cooling centres open and outdoor work hours change during heatwaves.",
        ],
        results: &[
            "Warnings now reach {pct}% of households in high-risk areas.",
            "Emissions fell by {pct}% against the baseline.",
            "{k} people were trained in disaster preparedness.",
        ],
        achievements: &[
            "{s} weather stations are transmitting data and alerts reach {k} people.",
            "The climate action plan was adopted with targets for every sector.",
        ],
        deliverables: &[
            "{s} automatic weather stations",
            "Greenhouse gas inventory",
            "Heat action plan",
            "Coastal adaptation plan",
        ],
        ministries: &["Environment and Climate Change", "Climate Change"],
        un: &["UNDP", "UNEP", "WMO", "UNDRR"],
        sectors: &["Climate", "Resilience"],
        businesses: &["Climate Tech", "Carbon"],
        sciences: &["Climate Science", "Meteorology"],
    },
    // 14 Life Below Water
    Theme {
        titles: &[
            "Community-managed marine protected areas in {place}",
            "Ending illegal fishing in {place}",
            "Coral reef restoration in {place}",
            "Reducing marine plastic pollution in {place}",
            "Sustainable small-scale fisheries in {place}",
        ],
        objectives: &[
            "To protect {pct}% of the coastal waters of {place} by {year}.",
            "The commitment aims to restore fish stocks by ending illegal, unreported and unregulated fishing.",
            "We aim to restore {m} hectares of coral reef.",
        ],
        actions: &[
            "Fishing communities co-manage no-take zones and patrol them with trained rangers.",
            "Vessels are tracked by satellite and landings are recorded electronically.",
            "Coral fragments are grown in nurseries and replanted on degraded reefs.",
            "River mouths are fitted with floating barriers that capture plastic waste.",
        ],
        results: &[
            "Fish biomass in no-take zones doubled within four years.",
            "{m} hectares of reef were replanted.",
            "{k} tonnes of plastic were kept out of the sea.",
        ],
        achievements: &[
            "{s} new no-take zones are patrolled by community rangers.",
            "{m} hectares of reef were replanted this year.",
        ],
        deliverables: &[
            "{s} marine protected areas",
            "Vessel monitoring system",
            "Coral nurseries",
            "Beach clean-up programme",
        ],
        ministries: &["Fisheries and Blue Economy", "Fisheries and Marine Resources"],
        un: &["FAO", "UNEP", "IOC-UNESCO"],
        sectors: &["Ocean", "Fisheries"],
        businesses: &["Seafood", "Shipping"],
        sciences: &["Marine Science", "Oceanography"],
    },
    // 15 Life on Land
    Theme {
        titles: &[
            "Restoring {k} hectares of degraded forest in {place}",
            "Deforestation-free supply chains in {place}",
            "Community forestry with indigenous peoples in {place}",
            "Protecting wildlife corridors in {place}",
            "Agroforestry for {k} farmers in {place}",
        ],
        objectives: &[
            "To restore {k} hectares of degraded land in {place} by {year}.",
            "The commitment aims to end deforestation in our supply chains by {year}.",
            "We aim to secure land rights for indigenous and local communities who protect the forest.",
        ],
        actions: &[
            "Native tree seedlings are raised in community nurseries and planted with farmers.",
            "Satellite monitoring flags forest loss near supplier farms within days.",
            "Communities receive payments for conserving forests and patrolling for poachers.",
            "Farmers plant fruit and timber trees alongside crops.",
        ],
        results: &[
            "{k} hectares are under restoration.",
            "Deforestation in monitored areas fell by {pct}%.",
            "{m} communities obtained legal title to their forests.",
        ],
        achievements: &[
            "{k} seedlings were planted with a survival rate of {pct}%.",
            "{s} communities received forest management rights.",
        ],
        deliverables: &[
            "Community tree nurseries",
            "Forest monitoring dashboard",
            "Land title applications for {s} communities",
            "Wildlife corridor management plan",
        ],
        ministries: &["Environment and Forestry", "Forests and Wildlife"],
        un: &["UNEP", "FAO", "UNDP"],
        sectors: &["Forest", "Biodiversity"],
        businesses: &["Timber", "Coffee"],
        sciences: &["Forest Ecology", "Conservation Biology"],
    },
    // 16 Peace, Justice and Strong Institutions
    Theme {
        titles: &[
            "Legal aid for {k} people in {place}",
            "Open contracting in public procurement in {place}",
            "Universal birth registration in {place}",
            "Community policing and violence prevention in {place}",
            "Access to justice for women in {place}",
        ],
        objectives: &[
            "To give {k} people in {place} free legal advice and representation by {year}.",
            "The commitment aims to publish all public contracts as open data.",
            "We aim to register every birth in {place} within 30 days.",
        ],
        actions: &[
            "Paralegals hold weekly clinics in markets and community centres.",
            "Every stage of procurement is published in the Open Contracting Data Standard.",
            "Health facilities register births at delivery and send records to the civil registry.",
            "Police and youth leaders hold regular community safety forums.",
        ],
        results: &[
            "{k} people received legal advice.",
            "{pct}% of public contracts are now published as open data.",
            "Birth registration rose by {pct}% within the first year.",
        ],
        achievements: &[
            "Paralegals handled {k} cases this year.",
            "All contracts above the threshold were published as open data.",
        ],
        deliverables: &[
            "Paralegal network in {s} districts",
            "Open contracting portal",
            "Civil registration system",
            "Community safety plans",
        ],
        ministries: &["Justice", "Justice and Constitutional Affairs", "Interior"],
        un: &["UNDP", "UNODC", "OHCHR"],
        sectors: &["Justice", "Governance"],
        businesses: &["Legal Tech", "Identity"],
        sciences: &["Law and Governance"],
    },
    // 17 Partnerships for the Goals
    Theme {
        titles: &[
            "Strengthening statistical capacity for SDG monitoring in {place}",
            "Blended finance facility for the SDGs in {place}",
            "South-South knowledge exchange on the SDGs in {place}",
            "Domestic resource mobilisation and tax reform in {place}",
            "Multi-stakeholder platform for the 2030 Agenda in {place}",
        ],
        objectives: &[
            "To produce timely, disaggregated data on all SDG indicators for {place} by {year}.",
            "The commitment aims to mobilise USD {m} million in private investment for the SDGs.",
            "We aim to bring government, business and civil society together to deliver the 2030 Agenda.",
        ],
        actions: &[
            "National statisticians are trained in household surveys, administrative data and geospatial methods.",
            "A first-loss guarantee fund reduces the risk of private investment in SDG projects.",
            "Peer exchanges pair officials from countries facing similar challenges.",
            "Tax administrations adopt digital filing and risk-based audits.",
        ],
        results: &[
            "{pct}% of SDG indicators are now reported with recent data.",
            "The facility mobilised USD {m} million in private finance.",
            "Tax revenue rose by {s}% in three years.",
        ],
        achievements: &[
            "The national SDG data portal went live with {m} indicators.",
            "{s} peer exchanges were held with partner countries.",
        ],
        deliverables: &[
            "Voluntary National Review",
            "SDG data portal",
            "Blended finance facility",
            "Peer exchange programme",
        ],
        ministries: &[
            "Planning and Development",
            "Finance and Economic Planning",
            "Foreign Affairs",
        ],
        un: &["UN DESA", "UNDP", "UNCTAD"],
        sectors: &["Development", "Data"],
        businesses: &["Capital", "Analytics"],
        sciences: &["Official Statistics"],
    },
];

// ---------------------------------------------------------------------------------------------
// Word lists shared by every theme
// ---------------------------------------------------------------------------------------------

const GENERIC_ACTIONS: &[&str] = &[
    "A steering committee of all partners meets every quarter to review progress.",
    "Progress is tracked against a baseline, with an independent mid-term evaluation.",
    "Local partners lead delivery, with technical support from the lead entity.",
    "Activities start with pilots in {s} districts before scaling up.",
    "Lessons are shared through an open online platform and an annual learning event.",
];
const GENERIC_DELIVERABLES: &[&str] = &[
    "Baseline study",
    "Mid-term evaluation",
    "Final evaluation report",
    "Training of {m} local staff",
    "Annual progress report",
];
const STAKEHOLDER_GROUPS: &[&str] = &[
    "smallholder farmers",
    "women's groups",
    "local authorities",
    "youth organisations",
    "indigenous peoples",
    "persons with disabilities",
    "private sector partners",
    "teachers and school boards",
    "health workers",
    "fisherfolk cooperatives",
    "informal workers",
    "refugees and host communities",
    "researchers",
    "faith-based organisations",
];
const ENABLING_FACTORS: &[&str] = &[
    "Strong political support from national and local authorities.",
    "Long-standing trust between the partners and community leaders.",
    "Co-financing from public and private partners.",
    "Open data and shared monitoring tools.",
    "Alignment with the national development plan.",
    "Local ownership: communities chose the priorities themselves.",
];
const SUSTAINABILITY: &[&str] = &[
    "Operations are funded from user fees after the initial investment phase.",
    "Responsibilities are being handed over to local authorities, who have budgeted for them.",
    "Trained local staff will continue the work after the project ends.",
    "The approach has been written into national policy.",
    "A revolving fund reinvests repayments in new activities.",
];
const OTHER_SOURCES: &[&str] = &[
    "Annual reports: https://example.org/reports",
    "The baseline study and mid-term evaluation are available on request.",
    "Project website: https://www.example.com/projects",
    "Case study in the Voluntary National Review of {country}.",
    "Open data: https://data.example.org",
];
const COVERAGE: &[&str] = &[
    "Urban and peri-urban areas of {city}",
    "{s} districts of {country}",
    "Nationwide in {country}",
    "Coastal provinces of {country}",
    "{city} and surrounding rural municipalities",
    "Rural areas of {place}",
];
/// Coverage of commitments that name no country.
const WIDE_COVERAGE: &[&str] = &[
    "Rural areas of {place}",
    "Urban and peri-urban areas across {place}",
    "Pilot sites in {s} locations across {place}",
    "Coastal and island communities",
];
const OTHER_METHODS: &[&str] = &[
    "South-South cooperation",
    "Triangular cooperation",
    "Knowledge sharing",
    "Volunteer mobilisation",
    "Public awareness campaigns",
    "Open data",
    "Community-based monitoring",
    "Results-based financing",
];
const CHALLENGES: &[&str] = &[
    "Delays in procurement slowed the delivery of equipment.",
    "Currency depreciation raised the cost of imported materials.",
    "Heavy rains made some sites inaccessible for several weeks.",
    "Staff turnover in partner institutions required repeated training.",
    "Funding arrived later than planned.",
];
const NEXT_STEPS: &[&str] = &[
    "Scale up to {s} more districts next year.",
    "Complete the independent mid-term evaluation.",
    "Hand over operations to local authorities.",
    "Publish the monitoring data on the open portal.",
    "Secure co-financing for the second phase.",
];
const IGOS: &[&str] = &[
    "African Union Commission",
    "OECD",
    "Asian Development Bank",
    "Inter-American Development Bank",
    "European Commission",
    "Pacific Islands Forum Secretariat",
    "Commonwealth Secretariat",
    "International Renewable Energy Agency",
    "Global Green Growth Institute",
    "Organisation internationale de la Francophonie",
    "ASEAN Secretariat",
    "Caribbean Community Secretariat",
    "League of Arab States",
    "Islamic Development Bank",
];
const NGO_WORDS: &[&str] = &[
    "Green",
    "Blue Horizon",
    "Bright",
    "Open",
    "Common Ground",
    "Rising",
    "Shared",
    "Living",
    "Sahel",
    "Pacific",
    "Andean",
    "Mekong",
    "Lifeline",
    "Harvest",
    "Pathways",
    "Amani",
    "Ubuntu",
    "Esperanza",
];
const COMPANY_HEADS: &[&str] = &[
    "Sun", "Aqua", "Terra", "Nova", "Blue", "Green", "Kili", "Andes", "Coral", "Granite",
    "Meridian", "North", "Ever", "Silver", "River", "Baobab", "Condor", "Lotus", "Volta",
];
const COMPANY_TAILS: &[&str] = &[
    "bridge", "field", "wave", "line", "path", "stone", "works", "point", "gate", "leaf",
];
const LEGAL_FORMS: &[&str] = &[
    "Ltd", "Inc.", "S.A.", "GmbH", "AG", "plc", "Group", "Holdings", "S.A.S.", "Pty Ltd", "K.K.",
    "B.V.", "Ltda.",
];
const POSITIONS: &[&str] = &[
    "Programme Manager",
    "Director of Partnerships",
    "Senior Policy Adviser",
    "Project Coordinator",
    "Head of Sustainability",
    "Country Director",
    "Research Fellow",
    "Communications Officer",
    "Executive Director",
    "",
];
/// First names: as written, and as in an email address.
const FIRST_NAMES: &[(&str, &str)] = &[
    ("Amina", "amina"),
    ("José", "jose"),
    ("Wanjiru", "wanjiru"),
    ("Li", "li"),
    ("Yuki", "yuki"),
    ("Fatima", "fatima"),
    ("Lars", "lars"),
    ("Chloé", "chloe"),
    ("Kwame", "kwame"),
    ("Priya", "priya"),
    ("Mateo", "mateo"),
    ("Aroha", "aroha"),
    ("Olusegun", "olusegun"),
    ("Sofía", "sofia"),
    ("Hannah", "hannah"),
    ("Omar", "omar"),
    ("Thandiwe", "thandiwe"),
    ("Ananya", "ananya"),
    ("Joaquim", "joaquim"),
    ("Mei", "mei"),
    ("Élodie", "elodie"),
    ("Tariq", "tariq"),
    ("Ingrid", "ingrid"),
    ("Kofi", "kofi"),
    ("Lucía", "lucia"),
    ("Rahul", "rahul"),
    ("Sina", "sina"),
    ("Noah", "noah"),
    ("Zanele", "zanele"),
];
/// Family names: as written, and as in an email address.
const LAST_NAMES: &[(&str, &str)] = &[
    ("Otieno", "otieno"),
    ("Silva", "silva"),
    ("Nguyễn", "nguyen"),
    ("Müller", "mueller"),
    ("Okafor", "okafor"),
    ("García", "garcia"),
    ("Tanaka", "tanaka"),
    ("Haddad", "haddad"),
    ("Johansson", "johansson"),
    ("Mensah", "mensah"),
    ("Sharma", "sharma"),
    ("Rodríguez", "rodriguez"),
    ("Dubois", "dubois"),
    ("Kowalski", "kowalski"),
    ("Abebe", "abebe"),
    ("Ramírez", "ramirez"),
    ("Wang", "wang"),
    ("Ndlovu", "ndlovu"),
    ("O'Connor", "oconnor"),
    ("Fernandes", "fernandes"),
    ("Diallo", "diallo"),
    ("Kim", "kim"),
    ("Petrov", "petrov"),
    ("Hassan", "hassan"),
    ("Taufa", "taufa"),
    ("Brown", "brown"),
    ("Rossi", "rossi"),
    ("Castillo", "castillo"),
    ("Singh", "singh"),
    ("Yılmaz", "yilmaz"),
];
const EMAIL_DOMAINS: &[&str] = &["example.org", "example.com"];

// ---------------------------------------------------------------------------------------------
// Precomputed tables
// ---------------------------------------------------------------------------------------------

/// Cumulative weights, for picking an index with the given odds.
struct Weights(Vec<u32>);

impl Weights {
    fn new(weights: impl IntoIterator<Item = u32>) -> Self {
        let mut total = 0;
        Weights(
            weights
                .into_iter()
                .map(|w| {
                    total += w;
                    total
                })
                .collect(),
        )
    }

    fn pick(&self, rng: &mut ChaCha8Rng) -> usize {
        let total = self.0.last().copied().unwrap_or(0).max(1);
        let roll = rng.random_range(0..total);
        let index = self.0.partition_point(|&c| c <= roll);
        index.min(self.0.len().saturating_sub(1))
    }
}

/// Weights of the vocabularies.
struct Facets {
    sdgs: Weights,
    regions: Weights,
    local_regions: Weights,
    entities: Weights,
    categories: Weights,
    methods: Weights,
    workflows: Weights,
    kinds: Weights,
    currencies: Weights,
    years: Weights,
    past_deliverables: Weights,
    future_deliverables: Weights,
}

impl Facets {
    fn new() -> Self {
        let region_weight = |r: &RegionInfo| if r.slug == "global" { 0 } else { r.weight };
        Facets {
            sdgs: Weights::new(SDG_WEIGHTS),
            regions: Weights::new(REGIONS.iter().map(|r| r.weight)),
            local_regions: Weights::new(REGIONS.iter().map(region_weight)),
            entities: Weights::new(ENTITY_TYPES.iter().map(|e| e.1)),
            categories: Weights::new(CATEGORIES.iter().map(|c| c.1)),
            methods: Weights::new(METHODS.iter().map(|m| m.1)),
            workflows: Weights::new(WORKFLOWS.iter().map(|w| w.1)),
            kinds: Weights::new(RESOURCE_KINDS.iter().map(|k| k.weight)),
            currencies: Weights::new(CURRENCY_WEIGHTS),
            years: Weights::new(CREATED_YEAR_WEIGHTS),
            past_deliverables: Weights::new(PAST_DELIVERABLE_WEIGHTS),
            future_deliverables: Weights::new(FUTURE_DELIVERABLE_WEIGHTS),
        }
    }
}

/// How many of each list a record holds: index `n` is the weight of `n` (or `n + 1` goals).
struct Counts {
    goals: Weights,
    extra_regions: Weights,
    countries: Weights,
    targets: Weights,
    partners: Weights,
    deliverables: Weights,
    resources: Weights,
}

impl Counts {
    fn new() -> Self {
        Counts {
            goals: Weights::new([35, 30, 20, 10, 5]),
            extra_regions: Weights::new([80, 16, 4]),
            countries: Weights::new([20, 50, 20, 10]),
            targets: Weights::new([30, 25, 20, 15, 10]),
            partners: Weights::new([30, 25, 20, 15, 10]),
            deliverables: Weights::new([25, 25, 25, 15, 10]),
            resources: Weights::new([35, 35, 20, 10]),
        }
    }
}

/// Days (counted from the common era) and seconds that bound the generated time line.
struct Calendar {
    today: i32,
    now: i64,
    year_starts: Vec<i32>,
    earliest_start: i32,
    latest_start: i32,
}

impl Calendar {
    fn new() -> Self {
        let today = REFERENCE_DATE.num_days_from_ce();
        let last_year = FIRST_CREATED_YEAR + 11;
        Calendar {
            today,
            now: i64::from(today) * SECONDS_PER_DAY + NOW_SECONDS_INTO_DAY,
            year_starts: (FIRST_CREATED_YEAR..=last_year).map(new_year).collect(),
            earliest_start: new_year(EARLIEST_START_YEAR),
            latest_start: new_year(LATEST_START_YEAR + 1) - 1,
        }
    }
}

fn new_year(year: i32) -> i32 {
    NaiveDate::from_ymd_opt(year, 1, 1).map_or(0, |d| d.num_days_from_ce())
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/// When a commitment was registered, started and (perhaps) completed.
struct Timeline {
    created: i64,
    start: i32,
    completion: Option<i32>,
}

/// Where a commitment takes place.
struct Place {
    regions: Vec<usize>,
    countries: Vec<&'static CountryInfo>,
    lead: &'static CountryInfo,
    city: &'static str,
    phrase: String,
}

/// What templates are filled with.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    theme: &'static Theme,
    country: &'static CountryInfo,
    city: &'static str,
    place: &'a str,
    year: i32,
}

struct Generator {
    rng: ChaCha8Rng,
    facets: Facets,
    counts: Counts,
    calendar: Calendar,
    /// Target codes of each goal, goal 1 first.
    targets: Vec<Vec<String>>,
}

impl Generator {
    fn new(seed: u64) -> Self {
        Generator {
            rng: ChaCha8Rng::seed_from_u64(seed),
            facets: Facets::new(),
            counts: Counts::new(),
            calendar: Calendar::new(),
            targets: Sdg::all()
                .map(|g| g.targets().into_iter().map(Target::code).collect())
                .collect(),
        }
    }

    fn record(&mut self) -> CommitmentRecord {
        let time = self.timeline();
        let goals = self.goals();
        let cjk = self
            .rng
            .random_bool(CJK_SHARE)
            .then(|| pick(&mut self.rng, &CJK));
        let place = match cjk {
            Some(cjk) => self.cjk_place(cjk),
            None => self.place(),
        };
        let ctx = Ctx {
            theme: &THEMES[usize::from(goals[0] - 1)],
            country: place.lead,
            city: place.city,
            place: &place.phrase,
            year: self.target_year(&time),
        };
        let mut record = self.content(&ctx, &goals, &place);
        self.texts(&mut record, &ctx, &goals, cjk);
        record.start_date = date_text(time.start);
        record.completion_date = time.completion.map(date_text);
        record.ongoing = Some(time.completion.is_none());
        record.deliverables = self.deliverables(&ctx, &time);
        self.workflow(&mut record, &ctx, &time);
        record
    }

    // --- time -----------------------------------------------------------------------------

    fn timeline(&mut self) -> Timeline {
        let cal = &self.calendar;
        let year = self.facets.years.pick(&mut self.rng);
        let first = cal.year_starts[year];
        let last = (cal.year_starts[year + 1] - 1).min(cal.today - 1);
        let day = self.rng.random_range(first..=last);
        let created = i64::from(day) * SECONDS_PER_DAY + self.rng.random_range(0..SECONDS_PER_DAY);
        let start = self.start_day(day);
        let completion = self
            .rng
            .random_bool(0.45)
            .then(|| start + self.rng.random_range(0..=3652));
        Timeline {
            created,
            start,
            completion,
        }
    }

    /// Most commitments start shortly before they are registered; some later, a few long before.
    fn start_day(&mut self, created: i32) -> i32 {
        let (earliest, latest) = (self.calendar.earliest_start, self.calendar.latest_start);
        let roll = self.rng.random_range(0..100);
        let day = if roll < 70 {
            created - self.rng.random_range(0..=1095)
        } else if roll < 88 {
            created + self.rng.random_range(0..=365)
        } else {
            self.rng.random_range(earliest..=created)
        };
        day.clamp(earliest, latest)
    }

    fn target_year(&mut self, time: &Timeline) -> i32 {
        match time.completion {
            Some(end) => year_of(end),
            None => (*pick(&mut self.rng, &TARGET_YEARS)).max(year_of(time.start) + 1),
        }
    }

    // --- goals and facets -----------------------------------------------------------------

    /// Distinct goals, the main one first.
    fn goals(&mut self) -> Vec<u8> {
        let count = self.counts.goals.pick(&mut self.rng) + 1;
        let mut goals: Vec<u8> = Vec::with_capacity(count);
        while goals.len() < count {
            let goal = u8::try_from(self.facets.sdgs.pick(&mut self.rng) + 1).unwrap_or(17);
            if !goals.contains(&goal) {
                goals.push(goal);
            }
        }
        goals
    }

    /// Target codes of the selected goals, in the official order.
    fn targets(&mut self, goals: &[u8]) -> Vec<String> {
        let count = self.counts.targets.pick(&mut self.rng);
        let mut chosen: Vec<(usize, usize)> = Vec::with_capacity(count);
        for _ in 0..count {
            let goal = usize::from(*pick(&mut self.rng, goals) - 1);
            let index = self.rng.random_range(0..self.targets[goal].len());
            if !chosen.contains(&(goal, index)) {
                chosen.push((goal, index));
            }
        }
        chosen.sort_unstable();
        chosen
            .into_iter()
            .map(|(goal, index)| self.targets[goal][index].clone())
            .collect()
    }

    /// One to three means of implementation, in the vocabulary's order.
    fn methods(&mut self) -> Vec<String> {
        let mut picked = [false; METHODS.len()];
        for _ in 0..self.rng.random_range(1..=3) {
            picked[self.facets.methods.pick(&mut self.rng)] = true;
        }
        METHODS
            .iter()
            .zip(picked)
            .filter(|(_, p)| *p)
            .map(|((slug, _), _)| (*slug).to_string())
            .collect()
    }

    fn other_methods(&mut self) -> Vec<String> {
        if self.rng.random_bool(0.2) {
            vec![(*pick(&mut self.rng, OTHER_METHODS)).to_string()]
        } else {
            Vec::new()
        }
    }

    // --- place ----------------------------------------------------------------------------

    fn place(&mut self) -> Place {
        let regions = self.regions();
        let mut countries = self.countries(&regions);
        let lead = match countries.first() {
            Some(country) => *country,
            None => self.country_in(&regions),
        };
        let city = *pick(&mut self.rng, lead.cities);
        let phrase = self.phrase(&regions, &countries, city);
        countries.sort_by_key(|c| c.code);
        Place {
            regions,
            countries,
            lead,
            city,
            phrase,
        }
    }

    /// A commitment in China or Japan, whose text will carry a CJK phrase.
    fn cjk_place(&mut self, cjk: &Cjk) -> Place {
        let countries = REGIONS[ASIA_PACIFIC].countries;
        let lead = countries
            .iter()
            .find(|c| c.code == cjk.country)
            .unwrap_or(&countries[0]);
        let city = *pick(&mut self.rng, lead.cities);
        Place {
            regions: vec![ASIA_PACIFIC],
            countries: vec![lead],
            lead,
            city,
            phrase: city.to_string(),
        }
    }

    /// One region mostly, sometimes two or three; `global` stands alone.
    fn regions(&mut self) -> Vec<usize> {
        let first = self.facets.regions.pick(&mut self.rng);
        if first == GLOBAL {
            return vec![GLOBAL];
        }
        let mut picked = [false; REGIONS.len()];
        picked[first] = true;
        for _ in 0..self.counts.extra_regions.pick(&mut self.rng) {
            picked[self.facets.local_regions.pick(&mut self.rng)] = true;
        }
        (0..REGIONS.len()).filter(|r| picked[*r]).collect()
    }

    /// Zero to three distinct countries of the regions (global ones mostly name none).
    fn countries(&mut self, regions: &[usize]) -> Vec<&'static CountryInfo> {
        let count = if regions == [GLOBAL] && self.rng.random_bool(0.6) {
            0
        } else {
            self.counts.countries.pick(&mut self.rng)
        };
        let mut countries: Vec<&'static CountryInfo> = Vec::with_capacity(count);
        for _ in 0..count {
            let country = self.country_in(regions);
            if !countries.iter().any(|c| c.code == country.code) {
                countries.push(country);
            }
        }
        countries
    }

    fn country_in(&mut self, regions: &[usize]) -> &'static CountryInfo {
        let mut region = *pick(&mut self.rng, regions);
        if region == GLOBAL {
            region = self.facets.local_regions.pick(&mut self.rng);
        }
        pick(&mut self.rng, REGIONS[region].countries)
    }

    /// How the text names the place: a city, a country, two countries, or a wider area.
    fn phrase(
        &mut self,
        regions: &[usize],
        countries: &[&'static CountryInfo],
        city: &str,
    ) -> String {
        let Some(lead) = countries.first() else {
            let region = regions.first().copied().unwrap_or(GLOBAL);
            return (*pick(&mut self.rng, REGIONS[region].areas)).to_string();
        };
        match (countries.get(1), self.rng.random_range(0..100)) {
            (Some(other), 0..=24) => format!("{} and {}", lead.name, other.name),
            (_, 25..=59) => city.to_string(),
            (_, 60..=74) if !lead.name.starts_with("the ") => format!("rural {}", lead.name),
            _ => lead.name.to_string(),
        }
    }

    // --- content --------------------------------------------------------------------------

    fn content(&mut self, ctx: &Ctx, goals: &[u8], place: &Place) -> CommitmentRecord {
        let kind = self.facets.entities.pick(&mut self.rng);
        let lead_entity = self.entity_name(kind, ctx);
        let mut sdgs: Vec<i64> = goals.iter().map(|g| i64::from(*g)).collect();
        sdgs.sort_unstable();
        let category = CATEGORIES[self.facets.categories.pick(&mut self.rng)].0;
        CommitmentRecord {
            category: category.to_string(),
            sdgs,
            targets: self.targets(goals),
            methods: self.methods(),
            other_methods: self.other_methods(),
            regions: place
                .regions
                .iter()
                .map(|r| REGIONS[*r].slug.to_string())
                .collect(),
            countries: place.countries.iter().map(|c| c.code.to_string()).collect(),
            geographical_coverage: self.coverage(ctx, place),
            partners: self.partners(ctx, &place.regions, &lead_entity),
            entity_type: ENTITY_TYPES[kind].0.to_string(),
            lead_entity,
            contact: self.contact(ctx),
            resources: self.resources(ctx),
            ..CommitmentRecord::default()
        }
    }

    /// Geographical coverage, for about 60% of commitments, naming a country only if they do.
    fn coverage(&mut self, ctx: &Ctx, place: &Place) -> String {
        let pool = if place.countries.is_empty() {
            WIDE_COVERAGE
        } else {
            COVERAGE
        };
        self.optional(0.6, pool, 1, ctx)
    }

    fn texts(&mut self, r: &mut CommitmentRecord, ctx: &Ctx, goals: &[u8], cjk: Option<&Cjk>) {
        let cjk_title = cjk.filter(|_| self.rng.random_bool(0.5));
        r.title = match cjk_title {
            Some(cjk) => self.text(cjk.titles, ctx),
            None => self.text(ctx.theme.titles, ctx),
        };
        let cjk_sentence = if cjk_title.is_some() { None } else { cjk };
        r.objective = self.objective(ctx, goals, cjk_sentence);
        r.implementation = self.implementation(ctx, goals);
        r.stakeholders = if self.rng.random_bool(0.7) {
            self.stakeholders(ctx)
        } else {
            String::new()
        };
        r.results = self.optional(0.6, ctx.theme.results, 2, ctx);
        r.enabling_factors = self.optional(0.5, ENABLING_FACTORS, 2, ctx);
        r.sustainability = self.optional(0.5, SUSTAINABILITY, 2, ctx);
        r.other_sources = self.optional(0.25, OTHER_SOURCES, 1, ctx);
    }

    fn objective(&mut self, ctx: &Ctx, goals: &[u8], cjk: Option<&Cjk>) -> String {
        let mut text = self.sentences(ctx.theme.objectives, 2, ctx);
        let second = goals.get(1).and_then(|g| Sdg::new(*g));
        if let Some(goal) = second.filter(|_| self.rng.random_bool(0.6)) {
            text.push_str(&format!(
                " It also contributes to SDG {} ({}).",
                goal.number(),
                goal.name()
            ));
        }
        if let Some(cjk) = cjk {
            text.push(' ');
            text.push_str(&self.text(cjk.sentences, ctx));
        }
        text
    }

    fn implementation(&mut self, ctx: &Ctx, goals: &[u8]) -> String {
        let mut text = self.sentences(ctx.theme.actions, 2, ctx);
        if let Some(goal) = goals.get(1).filter(|_| self.rng.random_bool(0.5)) {
            let other = &THEMES[usize::from(*goal - 1)];
            text.push(' ');
            text.push_str(&self.text(other.actions, ctx));
        }
        if self.rng.random_bool(0.6) {
            text.push(' ');
            text.push_str(&self.text(GENERIC_ACTIONS, ctx));
        }
        text
    }

    fn stakeholders(&mut self, ctx: &Ctx) -> String {
        let count = self.rng.random_range(2..=4);
        let first = self.rng.random_range(0..STAKEHOLDER_GROUPS.len());
        let groups: Vec<&str> = (0..count)
            .map(|i| STAKEHOLDER_GROUPS[(first + i) % STAKEHOLDER_GROUPS.len()])
            .collect();
        let Some((last, rest)) = groups.split_last() else {
            return String::new();
        };
        let mut text = format!("{} and {last} in {}.", rest.join(", "), ctx.place);
        capitalise(&mut text);
        text
    }

    // --- organisations and people ---------------------------------------------------------

    fn entity_name(&mut self, kind: usize, ctx: &Ctx) -> String {
        let template = *pick(&mut self.rng, ENTITY_TYPES[kind].2);
        fill(&mut self.rng, template, ctx)
    }

    /// Zero to four partners of various types, from the commitment's regions.
    fn partners(&mut self, ctx: &Ctx, regions: &[usize], lead: &str) -> Vec<PartnerRecord> {
        let count = self.counts.partners.pick(&mut self.rng);
        let mut partners: Vec<PartnerRecord> = Vec::with_capacity(count);
        for _ in 0..count {
            let kind = self.facets.entities.pick(&mut self.rng);
            let country = self.country_in(regions);
            let city = *pick(&mut self.rng, country.cities);
            let local = Ctx {
                country,
                city,
                ..*ctx
            };
            let name = self.entity_name(kind, &local);
            if name != lead && !partners.iter().any(|p| p.name == name) {
                partners.push(PartnerRecord {
                    name,
                    entity_type: ENTITY_TYPES[kind].0.to_string(),
                });
            }
        }
        partners
    }

    fn contact(&mut self, ctx: &Ctx) -> ContactRecord {
        let (first, first_ascii) = *pick(&mut self.rng, FIRST_NAMES);
        let (last, last_ascii) = *pick(&mut self.rng, LAST_NAMES);
        let domain = *pick(&mut self.rng, EMAIL_DOMAINS);
        let phone = if self.rng.random_bool(0.6) {
            self.phone(ctx.country.dial)
        } else {
            String::new()
        };
        ContactRecord {
            name: format!("{first} {last}"),
            position: (*pick(&mut self.rng, POSITIONS)).to_string(),
            email: format!("{first_ascii}.{last_ascii}@{domain}"),
            phone,
            public: self.rng.random_bool(0.5),
        }
    }

    /// An international number: the country's code and nine digits.
    fn phone(&mut self, dial: &str) -> String {
        let a = self.rng.random_range(10..100);
        let b = self.rng.random_range(100..1000);
        let c = self.rng.random_range(1000..10000);
        format!("+{dial} {a} {b} {c}")
    }

    // --- rows -----------------------------------------------------------------------------

    /// Zero to four deliverables due during the commitment, in due-date order.
    fn deliverables(&mut self, ctx: &Ctx, time: &Timeline) -> Vec<DeliverableRecord> {
        let count = self.counts.deliverables.pick(&mut self.rng);
        let end = time.completion.unwrap_or(time.start + 2190).max(time.start);
        let mut templates: Vec<&str> = Vec::with_capacity(count);
        let mut rows: Vec<(i32, DeliverableRecord)> = Vec::with_capacity(count);
        for _ in 0..count {
            let pool = if self.rng.random_bool(0.7) {
                ctx.theme.deliverables
            } else {
                GENERIC_DELIVERABLES
            };
            let template = word(&mut self.rng, pool);
            if templates.contains(&template) {
                continue;
            }
            templates.push(template);
            let due = self.rng.random_range(time.start..=end);
            let row = DeliverableRecord {
                title: fill(&mut self.rng, template, ctx),
                due_date: date_text(due),
                status: self.deliverable_status(due).to_string(),
            };
            rows.push((due, row));
        }
        rows.sort_by_key(|(due, _)| *due);
        rows.into_iter().map(|(_, row)| row).collect()
    }

    fn deliverable_status(&mut self, due: i32) -> &'static str {
        let weights = if due < self.calendar.today {
            &self.facets.past_deliverables
        } else {
            &self.facets.future_deliverables
        };
        DELIVERABLE_STATUSES[weights.pick(&mut self.rng)]
    }

    fn resources(&mut self, ctx: &Ctx) -> Vec<ResourceRecord> {
        let count = self.counts.resources.pick(&mut self.rng);
        (0..count).map(|_| self.resource(ctx)).collect()
    }

    /// A resource with a round amount (two significant digits) in a plausible currency.
    fn resource(&mut self, ctx: &Ctx) -> ResourceRecord {
        let kind = &RESOURCE_KINDS[self.facets.kinds.pick(&mut self.rng)];
        let description = self.text(kind.descriptions, ctx);
        let (low, high) = kind.exponents;
        let amount =
            self.rng.random_range(10..100_i64) * 10_i64.pow(self.rng.random_range(low..=high));
        let currency = match self.facets.currencies.pick(&mut self.rng) {
            0 => "USD",
            1 => "EUR",
            2 => "GBP",
            _ => ctx.country.currency,
        };
        ResourceRecord {
            kind: kind.slug.to_string(),
            description,
            amount: Some(amount),
            currency: currency.to_string(),
        }
    }

    // --- workflow and reports -------------------------------------------------------------

    /// Workflow state and timestamps; published ones may carry progress reports.
    fn workflow(&mut self, r: &mut CommitmentRecord, ctx: &Ctx, time: &Timeline) {
        let state = WORKFLOWS[self.facets.workflows.pick(&mut self.rng)].0;
        let published = matches!(state, "published" | "archived").then(|| {
            let delay = self.rng.random_range(3_600..=30 * SECONDS_PER_DAY);
            (time.created + delay).min(self.calendar.now)
        });
        let mut last_report = None;
        if let (Some(at), "published") = (published, state) {
            if self.rng.random_bool(0.4) {
                let published_day = day_of(at);
                let (reports, last) = self.reports(ctx, time.start, published_day);
                r.progress_reports = reports;
                last_report = last;
            }
        }
        let updated = self.updated_at(published.unwrap_or(time.created), last_report);
        r.workflow = Some(state.to_string());
        r.created_at = Some(timestamp(time.created));
        r.updated_at = Some(timestamp(updated));
        r.published_at = published.map(|at| Some(timestamp(at)));
    }

    /// A time after `base` and after the last report, never after "now".
    fn updated_at(&mut self, base: i64, last_report: Option<i32>) -> i64 {
        let report_time = last_report.map_or(base, |day| {
            i64::from(day) * SECONDS_PER_DAY + self.rng.random_range(8 * 3_600..=12 * 3_600)
        });
        let later = base.max(report_time) + self.rng.random_range(0..=20 * SECONDS_PER_DAY);
        later.min(self.calendar.now).max(base)
    }

    /// One to four reports between the start (or publication) and today, oldest first,
    /// and the day of the last one.
    fn reports(
        &mut self,
        ctx: &Ctx,
        start: i32,
        published_day: i32,
    ) -> (Vec<ReportRecord>, Option<i32>) {
        let (first, today) = (start.max(published_day), self.calendar.today);
        if first > today {
            return (Vec::new(), None);
        }
        let count = self.rng.random_range(1..=4);
        let mut days: Vec<i32> = (0..count)
            .map(|_| self.rng.random_range(first..=today))
            .collect();
        days.sort_unstable();
        days.dedup();
        let mut percent = self.rng.random_range(0..=20);
        let mut reports = Vec::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            percent = (percent + self.rng.random_range(5..=30)).min(100);
            reports.push(self.report(ctx, *day, percent, i + 1 == days.len()));
        }
        (reports, days.last().copied())
    }

    fn report(&mut self, ctx: &Ctx, day: i32, percent: i64, last: bool) -> ReportRecord {
        let status = if percent >= 100 {
            "achieved"
        } else if last && self.rng.random_bool(0.05) {
            "discontinued"
        } else if self.rng.random_bool(0.25) {
            "off-track"
        } else {
            "on-track"
        };
        ReportRecord {
            reported_on: date_text(day),
            status: status.to_string(),
            percent_complete: (!self.rng.random_bool(0.15)).then_some(percent),
            achievements: self.sentences(ctx.theme.achievements, 2, ctx),
            challenges: self.optional(0.6, CHALLENGES, 1, ctx),
            next_steps: self.optional(0.6, NEXT_STEPS, 1, ctx),
        }
    }

    // --- text helpers ---------------------------------------------------------------------

    /// One template of `pool`, filled.
    fn text(&mut self, pool: &[&str], ctx: &Ctx) -> String {
        let template = *pick(&mut self.rng, pool);
        fill(&mut self.rng, template, ctx)
    }

    /// One to `max` distinct sentences of `pool`, filled and joined.
    fn sentences(&mut self, pool: &[&str], max: usize, ctx: &Ctx) -> String {
        let count = self.rng.random_range(1..=max.min(pool.len()).max(1));
        let first = self.rng.random_range(0..pool.len());
        let mut text = String::new();
        for i in 0..count {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&fill(&mut self.rng, pool[(first + i) % pool.len()], ctx));
        }
        text
    }

    /// Sentences of `pool` with the given chance, else empty.
    fn optional(&mut self, chance: f64, pool: &[&str], max: usize, ctx: &Ctx) -> String {
        if self.rng.random_bool(chance) {
            self.sentences(pool, max, ctx)
        } else {
            String::new()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Free helpers
// ---------------------------------------------------------------------------------------------

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// One word of a word list.
fn word(rng: &mut ChaCha8Rng, pool: &[&'static str]) -> &'static str {
    pool[rng.random_range(0..pool.len())]
}

/// Replaces each `{key}` of the template and capitalises the first letter.
fn fill(rng: &mut ChaCha8Rng, template: &str, ctx: &Ctx) -> String {
    let mut out = String::with_capacity(template.len() + 24);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        push_value(rng, &after[..close], ctx, &mut out);
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    capitalise(&mut out);
    out
}

fn push_value(rng: &mut ChaCha8Rng, key: &str, ctx: &Ctx, out: &mut String) {
    if let Some(pool) = word_pool(key, ctx.theme) {
        out.push_str(word(rng, pool));
        return;
    }
    match key {
        "place" => out.push_str(ctx.place),
        "city" => out.push_str(ctx.city),
        "country" => out.push_str(ctx.country.name),
        "year" => out.push_str(&ctx.year.to_string()),
        "s" => out.push_str(&rng.random_range(3..=40).to_string()),
        "m" => out.push_str(&(rng.random_range(2..=50) * 10).to_string()),
        "k" => out.push_str(&thousands(rng.random_range(2..=100) * 500)),
        "pct" => out.push_str(&(rng.random_range(2..=16) * 5).to_string()),
        "surname" => out.push_str(pick(rng, LAST_NAMES).0),
        "root" => {
            out.push_str(word(rng, COMPANY_HEADS));
            out.push_str(word(rng, COMPANY_TAILS));
        }
        _ => out.push_str(key),
    }
}

/// The word list a template key draws from, if it is a word key.
fn word_pool(key: &str, theme: &'static Theme) -> Option<&'static [&'static str]> {
    Some(match key {
        "ministry" => theme.ministries,
        "un" => theme.un,
        "sector" => theme.sectors,
        "business" => theme.businesses,
        "science" => theme.sciences,
        "igo" => IGOS,
        "ngo" => NGO_WORDS,
        "legal" => LEGAL_FORMS,
        _ => return None,
    })
}

/// `12500` as `12,500`.
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capitalise(text: &mut str) {
    if let Some(head) = text.get_mut(0..1) {
        head.make_ascii_uppercase();
    }
}

fn date_text(day: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(day)
        .map(format_date)
        .unwrap_or_default()
}

fn year_of(day: i32) -> i32 {
    NaiveDate::from_num_days_from_ce_opt(day).map_or(2030, |d| d.year())
}

fn day_of(seconds: i64) -> i32 {
    i32::try_from(seconds.div_euclid(SECONDS_PER_DAY)).unwrap_or(0)
}

/// Seconds (counted from the common era) as a record timestamp.
fn timestamp(seconds: i64) -> String {
    let secs = u32::try_from(seconds.rem_euclid(SECONDS_PER_DAY)).unwrap_or(0);
    NaiveDate::from_num_days_from_ce_opt(day_of(seconds))
        .and_then(|d| d.and_hms_opt(secs / 3_600, secs / 60 % 60, secs % 60))
        .map(format_timestamp)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::domain::exchange::parse_record_line;
    use crate::domain::Country;

    fn sample(seed: u64, count: usize) -> Vec<CommitmentRecord> {
        generate(seed, count).collect()
    }

    fn tally<'a>(values: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
        let mut counts = HashMap::new();
        for value in values {
            *counts.entry(value).or_insert(0) += 1;
        }
        counts
    }

    #[test]
    fn the_same_seed_gives_the_same_records() {
        assert_eq!(sample(7, 300), sample(7, 300));
        assert_eq!(sample(7, 10), sample(7, 300)[..10]);
    }

    #[test]
    fn different_seeds_give_different_records() {
        let (a, b) = (sample(1, 20), sample(2, 20));
        assert!(a.iter().zip(&b).all(|(x, y)| x != y));
    }

    #[test]
    fn every_record_passes_validation_now_and_later() {
        let later = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
        for (i, record) in generate(42, 2_000).enumerate() {
            let line = serde_json::to_string(&record).unwrap();
            for today in [REFERENCE_DATE, later] {
                if let Err(problems) = parse_record_line(&line, today) {
                    panic!("record {i} on {today}: {problems:?}\n{line}");
                }
            }
        }
    }

    #[test]
    fn records_are_already_in_canonical_form() {
        for record in generate(3, 500) {
            let line = serde_json::to_string(&record).unwrap();
            let parsed = parse_record_line(&line, REFERENCE_DATE).unwrap();
            let input = parsed.content.to_input();
            assert_eq!(input.targets, record.targets);
            assert_eq!(input.methods, record.methods);
            assert_eq!(input.regions, record.regions);
            assert_eq!(input.countries, record.countries);
            assert_eq!(parsed.reports.len(), record.progress_reports.len());
            let sorted = record
                .progress_reports
                .windows(2)
                .all(|w| w[0].reported_on <= w[1].reported_on);
            assert!(sorted, "reports out of order: {line}");
        }
    }

    #[test]
    fn facets_are_skewed_like_a_real_registry() {
        let records = sample(11, 2_000);
        let mut sdgs = [0usize; 17];
        for goal in records.iter().flat_map(|r| &r.sdgs) {
            sdgs[usize::try_from(*goal - 1).unwrap()] += 1;
        }
        let (most, least) = (sdgs.iter().max().unwrap(), sdgs.iter().min().unwrap());
        assert!(*most >= 3 * *least, "goals not skewed: {sdgs:?}");
        let regions = tally(records.iter().flat_map(|r| &r.regions).map(String::as_str));
        assert!(
            regions["africa"] > 3 * regions["north-america"],
            "{regions:?}"
        );
        let kinds = tally(records.iter().map(|r| r.entity_type.as_str()));
        assert!(kinds["ngo"] > 5 * kinds["philanthropic"], "{kinds:?}");
        let categories = tally(records.iter().map(|r| r.category.as_str()));
        assert!(categories["voluntary-commitment"] > categories["partnership"]);
        assert!(categories["partnership"] > categories["good-practice"]);
        let ongoing = records.iter().filter(|r| r.ongoing == Some(true)).count();
        assert!((900..1_300).contains(&ongoing), "{ongoing} ongoing");
    }

    #[test]
    fn text_holds_accents_and_chinese_or_japanese() {
        let records = sample(5, 1_000);
        let cjk = |c: char| {
            ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
        };
        let accented =
            |c: char| ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c);
        let with_cjk = records
            .iter()
            .filter(|r| r.title.chars().chain(r.objective.chars()).any(cjk))
            .count();
        assert!(
            (10..=60).contains(&with_cjk),
            "{with_cjk} records with CJK text"
        );
        let with_accents = records
            .iter()
            .filter(|r| r.title.chars().chain(r.lead_entity.chars()).any(accented))
            .count();
        assert!(with_accents >= 20, "{with_accents} records with accents");
    }

    #[test]
    fn workflow_mix_and_timestamps_are_consistent() {
        let records = sample(9, 2_000);
        let states = tally(records.iter().filter_map(|r| r.workflow.as_deref()));
        assert!(
            states["published"] > 1_600 && states["submitted"] > 50,
            "{states:?}"
        );
        let now = "2026-06-30T12:00:00Z";
        for r in &records {
            let created = r.created_at.as_deref().unwrap();
            let updated = r.updated_at.as_deref().unwrap();
            assert!(created >= "2016-01-01" && created <= updated && updated <= now);
            let visible = matches!(r.workflow.as_deref(), Some("published" | "archived"));
            match r.published_at.clone().flatten() {
                Some(published) => assert!(visible && created <= published.as_str()),
                None => assert!(!visible && r.published_at.is_none()),
            }
            assert!(r.progress_reports.is_empty() || r.workflow.as_deref() == Some("published"));
        }
        let reported = records
            .iter()
            .filter(|r| !r.progress_reports.is_empty())
            .count();
        assert!((400..1_000).contains(&reported), "{reported} with reports");
    }

    #[test]
    fn countries_are_real_and_emails_use_example_domains() {
        let known: Vec<&str> = Country::all().into_iter().map(Country::code).collect();
        for region in &REGIONS {
            for country in region.countries {
                assert!(known.contains(&country.code), "{}", country.code);
            }
        }
        for r in sample(13, 500) {
            let email = &r.contact.email;
            assert!(email.ends_with("@example.org") || email.ends_with("@example.com"));
        }
    }
}
