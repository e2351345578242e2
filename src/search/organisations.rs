//! The organisations of the published commitments, kept in the facet index: for each one (by
//! its key, see `domain::organisation`), the commitments where it is lead entity or partner,
//! and how it is spelt. Kept in step with the change log like every other set of the index,
//! so `/organisations` lists and counts them without reading any commitment.

use std::collections::BTreeMap;

use roaring::RoaringBitmap;
use rustc_hash::FxHashMap;

use crate::domain::organisation::{index_letter, organisation_key, organisation_slug};

/// One organisation: where it is named, and each spelling with the commitments using it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Organisation {
    /// The published commitments it leads.
    pub lead: RoaringBitmap,
    /// The published commitments it is a partner of.
    pub partner: RoaringBitmap,
    spellings: BTreeMap<Box<str>, RoaringBitmap>,
}

impl Organisation {
    /// The name shown for it: the spelling most commitments use (ties: the one used by the
    /// earliest registered commitment).
    pub fn name(&self) -> &str {
        let rank = |ids: &RoaringBitmap| (ids.len(), std::cmp::Reverse(ids.min()));
        self.spellings
            .iter()
            .max_by_key(|(_, ids)| rank(ids))
            .map_or("", |(name, _)| name)
    }

    /// Every spelling of its name, in code point order.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        self.spellings.keys().map(|s| &**s)
    }

    /// Its URL slug, from the name shown.
    pub fn slug(&self) -> String {
        organisation_slug(self.name())
    }

    /// Every published commitment that names it.
    pub fn commitments(&self) -> RoaringBitmap {
        &self.lead | &self.partner
    }

    /// How many published commitments name it.
    pub fn count(&self) -> u64 {
        self.lead.union_len(&self.partner)
    }

    fn is_unused(&self) -> bool {
        self.lead.is_empty() && self.partner.is_empty()
    }
}

/// Which organisations a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationFilter {
    /// Only names whose key holds this text's key (empty: all).
    pub text: String,
    /// Only those listed under this letter; `Some(None)` for "0–9 and others".
    pub letter: Option<Option<char>>,
}

/// One line of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationLine {
    pub name: String,
    pub slug: String,
    pub commitments: u64,
}

/// Every organisation named by a published commitment, in key order.
#[derive(Debug, Default, PartialEq)]
pub struct Organisations {
    by_key: BTreeMap<Box<str>, Organisation>,
    /// The partners' names of each published commitment that has any (the lead entity is on
    /// its entry), so that a change can take it out again.
    partners_of: FxHashMap<u32, Vec<Box<str>>>,
}

impl Organisations {
    /// Files `name` as the lead entity of commitment `id`.
    pub fn add_lead(&mut self, id: u32, name: &str) {
        self.entry(id, name).lead.insert(id);
    }

    /// Files `name` as a partner of commitment `id`.
    pub fn add_partner(&mut self, id: u32, name: &str) {
        self.entry(id, name).partner.insert(id);
        self.partners_of.entry(id).or_default().push(name.into());
    }

    fn entry(&mut self, id: u32, name: &str) -> &mut Organisation {
        let organisation = self
            .by_key
            .entry(organisation_key(name).into())
            .or_default();
        organisation
            .spellings
            .entry(name.trim().into())
            .or_default()
            .insert(id);
        organisation
    }

    /// Takes commitment `id`, led by `lead`, out of every organisation.
    pub fn remove(&mut self, id: u32, lead: &str) {
        self.forget(id, lead, |o| o.lead.remove(id));
        for name in self.partners_of.remove(&id).unwrap_or_default() {
            self.forget(id, &name, |o| o.partner.remove(id));
        }
    }

    fn forget(&mut self, id: u32, name: &str, take_out: impl FnOnce(&mut Organisation) -> bool) {
        let key = organisation_key(name);
        let Some(organisation) = self.by_key.get_mut(key.as_str()) else {
            return;
        };
        take_out(organisation);
        let spelling = name.trim();
        if let Some(ids) = organisation.spellings.get_mut(spelling) {
            ids.remove(id);
            if ids.is_empty() {
                organisation.spellings.remove(spelling);
            }
        }
        if organisation.is_unused() {
            self.by_key.remove(key.as_str());
        }
    }

    /// The organisation that `slug` (or any spelling of its name) stands for.
    pub fn find(&self, slug: &str) -> Option<&Organisation> {
        self.by_key.get(organisation_key(slug).as_str())
    }

    /// How many organisations there are.
    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    /// True when no published commitment names any.
    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// The organisations `filter` lets through, A to Z: how many, and `take` of them after
    /// the first `skip`.
    pub fn listing(
        &self,
        filter: &OrganisationFilter,
        skip: usize,
        take: usize,
    ) -> (usize, Vec<OrganisationLine>) {
        let text = organisation_key(&filter.text);
        let passes = |key: &str| {
            filter
                .letter
                .is_none_or(|letter| index_letter(key) == letter)
                && (text.is_empty() || key.contains(text.as_str()))
        };
        let mut total = 0;
        let mut lines = Vec::new();
        for (key, organisation) in self.starting_at_letter(filter.letter) {
            // Keys are sorted: past the letter's range, nothing more can pass.
            if let Some(Some(letter)) = filter.letter {
                if index_letter(key) != Some(letter) {
                    break;
                }
            }
            if !passes(key) {
                continue;
            }
            if total >= skip && lines.len() < take {
                lines.push(OrganisationLine {
                    name: organisation.name().to_string(),
                    slug: organisation.slug(),
                    commitments: organisation.count(),
                });
            }
            total += 1;
        }
        (total, lines)
    }

    /// The organisations from where `letter`'s range starts (all for another filter).
    fn starting_at_letter(
        &self,
        letter: Option<Option<char>>,
    ) -> impl Iterator<Item = (&str, &Organisation)> {
        let start: String = match letter {
            Some(Some(letter)) => letter.to_ascii_lowercase().to_string(),
            _ => String::new(),
        };
        self.by_key
            .range::<str, _>((
                std::ops::Bound::Included(start.as_str()),
                std::ops::Bound::Unbounded,
            ))
            .map(|(key, organisation)| (&**key, organisation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(text: &str, letter: Option<Option<char>>) -> OrganisationFilter {
        OrganisationFilter {
            text: text.into(),
            letter,
        }
    }

    fn names(organisations: &Organisations, f: &OrganisationFilter) -> Vec<(String, u64)> {
        let (_, lines) = organisations.listing(f, 0, 100);
        lines.into_iter().map(|l| (l.name, l.commitments)).collect()
    }

    #[test]
    fn spellings_of_one_name_are_one_organisation_shown_by_its_most_used_spelling() {
        let mut all = Organisations::default();
        all.add_lead(1, "WaterAid");
        all.add_partner(2, "Water Aid");
        all.add_lead(3, "Water Aid");
        all.add_partner(3, "water aid");
        assert_eq!(names(&all, &filter("", None)), [("Water Aid".into(), 3)]);
        assert_eq!(all.find("water-aid").map(Organisation::count), Some(3));
    }

    #[test]
    fn a_removed_commitment_leaves_every_organisation_it_named() {
        let mut all = Organisations::default();
        all.add_lead(1, "Alpha");
        all.add_partner(1, "Beta");
        all.add_lead(2, "Beta");
        all.remove(1, "Alpha");
        assert_eq!(names(&all, &filter("", None)), [("Beta".into(), 1)]);
        assert!(all.find("alpha").is_none());
    }

    #[test]
    fn a_listing_filters_by_letter_and_by_text() {
        let mut all = Organisations::default();
        for (id, name) in [
            (1, "Alpha Water"),
            (2, "Beta Water"),
            (3, "Bravo"),
            (4, "350.org"),
        ] {
            all.add_lead(id, name);
        }
        let by_b = names(&all, &filter("", Some(Some('B'))));
        assert_eq!(by_b, [("Beta Water".into(), 1), ("Bravo".into(), 1)]);
        let others = names(&all, &filter("", Some(None)));
        assert_eq!(others, [("350.org".into(), 1)]);
        let water = names(&all, &filter("wAter", None));
        assert_eq!(water.len(), 2);
        assert_eq!(all.listing(&filter("", None), 1, 2).0, 4);
        assert_eq!(
            all.listing(&filter("", None), 1, 2).1[0].name,
            "Alpha Water"
        );
    }
}
