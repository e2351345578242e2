//! Commitments whose text holds most of a few words: the full-text side of "Is this already
//! registered?".

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use roaring::RoaringBitmap;

use super::{rows, SearchEngine};

impl SearchEngine {
    /// The commitments whose text holds at least `at_least` of `words` (folded by
    /// `search::tokens`), from the word index as of now.
    pub fn holding_most_of(
        &self,
        conn: &mut SqliteConnection,
        words: &[String],
        at_least: usize,
    ) -> QueryResult<RoaringBitmap> {
        if words.is_empty() {
            return Ok(RoaringBitmap::new());
        }
        conn.transaction(|conn| {
            let head = rows::head(conn)?;
            let index = self.text.current(conn, head)?;
            let sets: Vec<RoaringBitmap> = words
                .iter()
                .map(|w| index.matching(std::slice::from_ref(w)))
                .collect();
            Ok(most_of(sets, at_least))
        })
    }
}

/// The ids in at least `at_least` of `sets`. One holding that many is in at least one of the
/// `len - at_least + 1` smallest sets, so only those are walked.
fn most_of(mut sets: Vec<RoaringBitmap>, at_least: usize) -> RoaringBitmap {
    let need = at_least.clamp(1, sets.len().max(1));
    sets.sort_by_key(RoaringBitmap::len);
    let walked = sets.len().saturating_sub(need) + 1;
    let candidates = sets
        .iter()
        .take(walked)
        .fold(RoaringBitmap::new(), |all, set| all | set);
    candidates
        .iter()
        .filter(|id| sets.iter().filter(|set| set.contains(*id)).count() >= need)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[u32]) -> RoaringBitmap {
        ids.iter().copied().collect()
    }

    #[test]
    fn an_id_needs_that_many_of_the_sets() {
        let sets = vec![
            set(&[1, 2, 3]),
            set(&[2, 3]),
            set(&[3, 4]),
            set(&[3, 5, 6, 7]),
        ];
        assert_eq!(most_of(sets.clone(), 4), set(&[3]));
        assert_eq!(most_of(sets.clone(), 2), set(&[2, 3]));
        assert_eq!(most_of(sets, 1), set(&[1, 2, 3, 4, 5, 6, 7]));
        assert_eq!(most_of(Vec::new(), 1), RoaringBitmap::new());
    }
}
