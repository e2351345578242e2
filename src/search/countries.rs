//! Each published commitment's countries by id, laid out for counting over a few results.
//!
//! The country facet has hundreds of values; over a few thousand results it is cheaper to read
//! each result's countries than to intersect hundreds of sets. Read from the index's entry
//! map, every result was a cache miss; here ids are compact, so a table indexed by id is read
//! nearly in order. Ids far beyond the number of commitments (an import that kept large ids)
//! go to a map instead, so the table never grows with a stranger's choice of id.

use rustc_hash::FxHashMap;

/// Ids up to this much beyond four times the commitments held go in the table.
const TABLE_SLACK: usize = 65_536;

/// Positions in the country vocabulary (sorted, distinct) of each commitment, by id.
#[derive(Debug, Clone, Default)]
pub struct CountryLists {
    table: Vec<Box<[u16]>>,
    beyond: FxHashMap<u32, Box<[u16]>>,
}

impl CountryLists {
    /// The countries of commitment `id` (none when unknown).
    pub fn of(&self, id: u32) -> &[u16] {
        match self.table.get(id as usize) {
            Some(list) => list,
            None => self.beyond.get(&id).map_or(&[], |list| list),
        }
    }

    /// Adds country `at` to commitment `id`; `held` is how many commitments the index holds.
    pub fn add(&mut self, id: u32, at: u16, held: usize) {
        let slot = self.slot(id, held);
        let mut positions = std::mem::take(slot).into_vec();
        positions.push(at);
        positions.sort_unstable();
        positions.dedup();
        *slot = positions.into_boxed_slice();
    }

    /// Forgets commitment `id`'s countries.
    pub fn clear(&mut self, id: u32) {
        if let Some(list) = self.table.get_mut(id as usize) {
            *list = Box::default();
        }
        self.beyond.remove(&id);
    }

    fn slot(&mut self, id: u32, held: usize) -> &mut Box<[u16]> {
        let at = id as usize;
        if at < self.table.len() || at <= held.saturating_mul(4).saturating_add(TABLE_SLACK) {
            if at >= self.table.len() {
                self.table.resize_with(at + 1, Box::default);
            }
            &mut self.table[at]
        } else {
            self.beyond.entry(id).or_default()
        }
    }

    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        let table = (0..self.table.len()).filter_map(|at| u32::try_from(at).ok());
        table.chain(self.beyond.keys().copied())
    }
}

/// Equal when every id has the same countries, however each side laid them out.
impl PartialEq for CountryLists {
    fn eq(&self, other: &Self) -> bool {
        self.ids().all(|id| self.of(id) == other.of(id))
            && other.ids().all(|id| self.of(id) == other.of(id))
    }
}

impl Eq for CountryLists {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_kept_sorted_and_once_in_the_table_or_beyond_it() {
        let mut lists = CountryLists::default();
        lists.add(3, 9, 10);
        lists.add(3, 2, 10);
        lists.add(3, 9, 10);
        lists.add(4_000_000_000, 5, 10);
        assert_eq!(lists.of(3), [2, 9]);
        assert_eq!(lists.of(4_000_000_000), [5]);
        assert!(lists.table.len() < 100, "a huge id does not grow the table");
        assert_eq!(lists.of(7), [] as [u16; 0]);
        lists.clear(3);
        lists.clear(4_000_000_000);
        assert_eq!(lists, CountryLists::default());
    }
}
