//! Where a generated commitment takes place: regions, countries, a city, a phrase.

use rand::Rng;

use super::countries::CountryInfo;
use super::regions::{Cjk, ASIA_PACIFIC, GLOBAL, REGIONS};
use super::text::pick;
use super::Generator;

/// Where a generated commitment takes place, and how its text names the place.
pub(super) struct Location {
    pub(super) regions: Vec<usize>,
    pub(super) countries: Vec<&'static CountryInfo>,
    pub(super) lead: &'static CountryInfo,
    pub(super) city: &'static str,
    pub(super) phrase: String,
}

impl Generator {
    /// A place drawn from the regions' weights: regions first, then countries and a city.
    pub(super) fn location(&mut self) -> Location {
        let regions = self.regions();
        let mut countries = self.countries(&regions);
        let lead = match countries.first() {
            Some(country) => *country,
            None => self.country_in(&regions),
        };
        let city = *pick(&mut self.rng, lead.cities);
        let phrase = self.phrase(&regions, &countries, city);
        countries.sort_by_key(|c| c.code);
        Location {
            regions,
            countries,
            lead,
            city,
            phrase,
        }
    }

    /// A commitment in China or Japan, whose text will carry a CJK phrase.
    pub(super) fn cjk_location(&mut self, cjk: &Cjk) -> Location {
        let countries = REGIONS[ASIA_PACIFIC].countries;
        let lead = countries
            .iter()
            .find(|c| c.code == cjk.country)
            .unwrap_or(&countries[0]);
        let city = *pick(&mut self.rng, lead.cities);
        Location {
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

    pub(super) fn country_in(&mut self, regions: &[usize]) -> &'static CountryInfo {
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
}
