//! Demo data: regions, the areas named when no country is, and Chinese and Japanese phrases.

use super::countries::{
    CountryInfo, AFRICA, ASIA_AND_PACIFIC, EUROPE, LATIN_AMERICA_CARIBBEAN, NORTH_AMERICA,
    WEST_ASIA,
};

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
