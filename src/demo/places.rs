//! Demo data: countries, regions and Chinese and Japanese phrases.

/// A country commitments are placed in: name as written in running text, dialling code,
/// currency and a few cities.
pub(super) struct CountryInfo {
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) dial: &'static str,
    pub(super) currency: &'static str,
    pub(super) cities: &'static [&'static str],
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
pub(super) struct RegionInfo {
    pub(super) slug: &'static str,
    pub(super) weight: u32,
    pub(super) countries: &'static [CountryInfo],
    pub(super) areas: &'static [&'static str],
}

/// Regions in the registry's order: africa and asia-pacific most common, north-america rare.
pub(super) static REGIONS: [RegionInfo; 7] = [
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

/// Index of `asia-pacific` and `global` in `REGIONS`.
pub(super) const ASIA_PACIFIC: usize = 1;
pub(super) const GLOBAL: usize = 6;

/// Chinese and Japanese phrases, so that full-text search over CJK text can be exercised.
pub(super) struct Cjk {
    pub(super) country: &'static str,
    pub(super) titles: &'static [&'static str],
    pub(super) sentences: &'static [&'static str],
}

pub(super) static CJK: [Cjk; 2] = [
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
