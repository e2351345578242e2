//! Each published commitment's values of the small facets as one 64-bit set, by id, so that
//! counting over a few results reads one word per result instead of intersecting every value.
//!
//! A text search with a filter leaves a few thousand results; the facets not filtered count
//! over them. One intersection per value then tests every result once per value (17 goals,
//! 12 entity types…); here each result's bits are read once and each set bit counted. Ids are
//! compact, so a table indexed by id is read nearly in order; ids far beyond the number of
//! commitments go to a map, so the table never grows with a stranger's choice of id.

use std::sync::LazyLock;

use roaring::RoaringBitmap;
use rustc_hash::FxHashMap;

use super::vocabulary::Facet;

/// Ids up to this much beyond four times the commitments held go in the table.
const TABLE_SLACK: usize = 65_536;
/// The facets held as bits: those that do not depend on the date and whose vocabularies fit
/// in 64 bits together (countries have their own lists; status and reporting change daily).
const HELD: [Facet; 5] = [
    Facet::Sdg,
    Facet::Region,
    Facet::EntityType,
    Facet::Category,
    Facet::Method,
];

/// Where each facet's values start in the 64 bits, and how many there are; `None` for facets
/// not held.
static PLACES: LazyLock<[Option<Place>; 8]> = LazyLock::new(|| {
    let mut places = [None; 8];
    let mut offset = 0;
    for facet in HELD {
        let width = facet.vocabulary().len() as u32;
        if offset + width <= u64::BITS {
            places[facet as usize] = Some(Place { offset, width });
        }
        offset += width;
    }
    places
});

#[derive(Debug, Clone, Copy)]
struct Place {
    offset: u32,
    width: u32,
}

/// The small facets' values of each commitment, by id.
#[derive(Debug, Clone, Default)]
pub struct FacetBits {
    table: Vec<u64>,
    more: FxHashMap<u32, u64>,
}

impl FacetBits {
    /// True when `facet`'s values are held here, so [`FacetBits::counts`] can count them.
    pub fn holds(facet: Facet) -> bool {
        PLACES[facet as usize].is_some()
    }

    /// Records that commitment `id` has the value at `position` of `facet`'s vocabulary;
    /// `held` is how many commitments the index holds. Facets not held are ignored.
    pub fn add(&mut self, id: u32, facet: Facet, position: usize, held: usize) {
        let Some(place) = PLACES[facet as usize] else {
            return;
        };
        let Some(bit) = u32::try_from(position).ok().filter(|at| *at < place.width) else {
            return;
        };
        let at = id as usize;
        let in_table = at < self.table.len() || at <= held.saturating_mul(4) + TABLE_SLACK;
        if in_table && at >= self.table.len() {
            self.table.resize(at + 1, 0);
        }
        let word = match self.table.get_mut(at) {
            Some(word) => word,
            None => self.more.entry(id).or_default(),
        };
        *word |= 1 << (place.offset + bit);
    }

    /// Forgets commitment `id`'s values.
    pub fn clear(&mut self, id: u32) {
        if let Some(word) = self.table.get_mut(id as usize) {
            *word = 0;
        }
        self.more.remove(&id);
    }

    /// How many commitments of `base` have each value of `facet`, in vocabulary order (all 0
    /// for a facet not held).
    pub fn counts(&self, facet: Facet, base: &RoaringBitmap) -> Vec<u64> {
        let mut counts = vec![0; facet.vocabulary().len()];
        let Some(place) = PLACES[facet as usize] else {
            return counts;
        };
        let mask = (1u64 << place.width) - 1;
        for id in base.iter() {
            let mut bits = (self.of(id) >> place.offset) & mask;
            while bits != 0 {
                if let Some(count) = counts.get_mut(bits.trailing_zeros() as usize) {
                    *count += 1;
                }
                bits &= bits - 1;
            }
        }
        counts
    }

    fn of(&self, id: u32) -> u64 {
        match self.table.get(id as usize) {
            Some(word) => *word,
            None => self.more.get(&id).copied().unwrap_or_default(),
        }
    }

    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        let table = (0..self.table.len()).filter_map(|at| u32::try_from(at).ok());
        table.chain(self.more.keys().copied())
    }
}

/// Equal when every id has the same values, however each side laid them out.
impl PartialEq for FacetBits {
    fn eq(&self, other: &Self) -> bool {
        self.ids().all(|id| self.of(id) == other.of(id))
            && other.ids().all(|id| self.of(id) == other.of(id))
    }
}

impl Eq for FacetBits {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_held_facet_has_its_own_bits() {
        let mut end = 0;
        for facet in HELD {
            let place = PLACES[facet as usize].expect("every small facet fits in 64 bits");
            assert_eq!(place.offset, end, "{facet:?} follows the one before");
            end = place.offset + place.width;
        }
        assert!(!FacetBits::holds(Facet::Country));
        assert!(!FacetBits::holds(Facet::Status));
    }

    #[test]
    fn values_are_counted_per_facet_in_the_table_or_beyond_it() {
        let mut bits = FacetBits::default();
        bits.add(3, Facet::Sdg, 0, 10);
        bits.add(3, Facet::Sdg, 16, 10);
        bits.add(3, Facet::Region, 0, 10);
        bits.add(4, Facet::Sdg, 16, 10);
        bits.add(4_000_000_000, Facet::Sdg, 0, 10);
        bits.add(5, Facet::Sdg, 99, 10);
        assert!(bits.table.len() < 100, "a huge id does not grow the table");
        let base: RoaringBitmap = [3, 4, 5, 7, 4_000_000_000].into_iter().collect();
        let sdgs = bits.counts(Facet::Sdg, &base);
        assert_eq!((sdgs[0], sdgs[1], sdgs[16]), (2, 0, 2));
        assert_eq!(bits.counts(Facet::Region, &base)[0], 1);
        bits.clear(3);
        bits.clear(4);
        bits.clear(4_000_000_000);
        assert_eq!(bits, FacetBits::default());
    }
}
