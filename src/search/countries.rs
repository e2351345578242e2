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
/// Countries kept in a commitment's own slot of the table; more go to the map.
const INLINE: usize = 3;
/// Marks an unused place in a slot (no vocabulary has this many countries).
const EMPTY: u16 = u16::MAX;
/// In a slot's first place: the countries are in `more`.
const ELSEWHERE: u16 = u16::MAX - 1;

/// One commitment's slot: up to [`INLINE`] countries, in order, then [`EMPTY`].
type Slot = [u16; INLINE];

/// Positions in the country vocabulary (sorted, distinct) of each commitment, by id.
/// Most commitments name one to three countries: those sit in the table itself, six bytes an
/// id, so counting over thousands of results reads one run of memory rather than following a
/// pointer per result.
#[derive(Debug, Clone, Default)]
pub struct CountryLists {
    table: Vec<Slot>,
    /// The lists of commitments with more countries than a slot holds, or an id beyond the table.
    more: FxHashMap<u32, Box<[u16]>>,
}

impl CountryLists {
    /// The countries of commitment `id` (none when unknown).
    pub fn of(&self, id: u32) -> &[u16] {
        match self.table.get(id as usize) {
            Some(slot) if slot[0] != ELSEWHERE => {
                let used = slot.iter().position(|at| *at == EMPTY).unwrap_or(INLINE);
                &slot[..used]
            }
            _ => self.more.get(&id).map_or(&[], |list| list),
        }
    }

    /// Adds country `at` to commitment `id`; `held` is how many commitments the index holds.
    pub fn add(&mut self, id: u32, at: u16, held: usize) {
        let mut positions = self.of(id).to_vec();
        positions.push(at);
        positions.sort_unstable();
        positions.dedup();
        self.set(id, positions, held);
    }

    /// Forgets commitment `id`'s countries.
    pub fn clear(&mut self, id: u32) {
        if let Some(slot) = self.table.get_mut(id as usize) {
            *slot = [EMPTY; INLINE];
        }
        self.more.remove(&id);
    }

    fn set(&mut self, id: u32, positions: Vec<u16>, held: usize) {
        self.clear(id);
        let at = id as usize;
        let in_table = at < self.table.len() || at <= held.saturating_mul(4) + TABLE_SLACK;
        if in_table && at >= self.table.len() {
            self.table.resize(at + 1, [EMPTY; INLINE]);
        }
        match self.table.get_mut(at) {
            Some(slot) if positions.len() <= INLINE => {
                slot[..positions.len()].copy_from_slice(&positions);
            }
            slot => {
                if let Some(slot) = slot {
                    slot[0] = ELSEWHERE;
                }
                self.more.insert(id, positions.into_boxed_slice());
            }
        }
    }

    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        let table = (0..self.table.len()).filter_map(|at| u32::try_from(at).ok());
        table.chain(self.more.keys().copied())
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
        for at in [8, 1, 6, 4] {
            lists.add(5, at, 10);
        }
        assert_eq!(lists.of(5), [1, 4, 6, 8], "more than a slot holds");
        lists.clear(5);
        assert_eq!(lists.of(5), [] as [u16; 0]);
        lists.clear(3);
        lists.clear(4_000_000_000);
        assert_eq!(lists, CountryLists::default());
    }
}
