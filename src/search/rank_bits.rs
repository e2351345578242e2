//! A set of ids as plain bits with a running count per block, so that the position of a member
//! among all members (its rank) is two memory reads and a popcount, whatever the set's size.
//!
//! Roaring bitmaps answer `rank` by counting every bit before the id in its container: fine
//! once, slow ten thousand times per search. Kept only beside dense sets (see
//! [`RankBits::worth_it`]), where the bits cost little more than the bitmap itself.

/// Words of 64 bits per counted block.
const BLOCK: usize = 8;

/// Ids as bits, with the number of members before each block of [`BLOCK`] words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RankBits {
    bits: Vec<u64>,
    before: Vec<u32>,
}

impl RankBits {
    /// True when `members` ids up to `max` are dense enough for bits to be cheap (at most
    /// sixteen bits per member).
    pub fn worth_it(members: u64, max: u32) -> bool {
        u64::from(max) / 16 < members
    }

    /// The bits of `ids` (sorted or not).
    pub fn of(ids: impl IntoIterator<Item = u32>) -> Self {
        let mut bits: Vec<u64> = Vec::new();
        for id in ids {
            let word = id as usize / 64;
            if bits.len() <= word {
                bits.resize(word + 1, 0);
            }
            bits[word] |= 1 << (id % 64);
        }
        let mut set = RankBits {
            bits,
            before: Vec::new(),
        };
        set.count_blocks_from(0);
        set
    }

    /// Adds `id`; later blocks' counts move up by one.
    pub fn insert(&mut self, id: u32) {
        let word = id as usize / 64;
        // Blocks past the counted ones (the bits may grow) are counted from the first of them.
        let first = (word / BLOCK).min(self.before.len());
        if self.bits.len() <= word {
            self.bits.resize(word + 1, 0);
        }
        self.bits[word] |= 1 << (id % 64);
        self.count_blocks_from(first);
    }

    /// The number of members below `id`, if `id` is a member.
    pub fn position(&self, id: u32) -> Option<usize> {
        let word = id as usize / 64;
        let bits = *self.bits.get(word)?;
        let bit = 1u64 << (id % 64);
        if bits & bit == 0 {
            return None;
        }
        let block = word / BLOCK;
        let in_block: u32 = self.bits[block * BLOCK..word]
            .iter()
            .map(|w| w.count_ones())
            .sum();
        let below = (bits & (bit - 1)).count_ones();
        Some((self.before[block] + in_block + below) as usize)
    }

    fn count_blocks_from(&mut self, first: usize) {
        let blocks = self.bits.len().div_ceil(BLOCK);
        self.before.resize(blocks, 0);
        let mut count = if first == 0 {
            0
        } else {
            self.before[first - 1] + ones(&self.bits[(first - 1) * BLOCK..first * BLOCK])
        };
        for block in first..blocks {
            self.before[block] = count;
            let end = ((block + 1) * BLOCK).min(self.bits.len());
            count += ones(&self.bits[block * BLOCK..end]);
        }
    }
}

fn ones(words: &[u64]) -> u32 {
    words.iter().map(|w| w.count_ones()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_member_knows_how_many_members_come_before_it() {
        let ids = [3u32, 64, 65, 700, 1_000, 5_000, 5_001, 70_000];
        let mut set = RankBits::of(ids);
        for (at, id) in ids.iter().enumerate() {
            assert_eq!(set.position(*id), Some(at), "id {id}");
        }
        assert_eq!(set.position(4), None);
        assert_eq!(set.position(1 << 30), None, "beyond the bits");
        set.insert(66);
        assert_eq!(set.position(66), Some(3));
        assert_eq!(set.position(70_000), Some(8));
        assert_eq!(
            set,
            RankBits::of([3, 64, 65, 66, 700, 1_000, 5_000, 5_001, 70_000])
        );
        set.insert(200_000);
        assert_eq!(
            set.position(200_000),
            Some(9),
            "a member far past the others"
        );
    }

    #[test]
    fn bits_are_kept_only_for_dense_sets() {
        assert!(RankBits::worth_it(10_000, 100_000));
        assert!(!RankBits::worth_it(10, 4_000_000_000));
    }
}
