//! "Is this already registered?": before a registration is saved, the commitments with the
//! same lead entity or a very similar title, among those the person may see.

use std::collections::BTreeSet;

use diesel::sqlite::SqliteConnection;

use crate::db::similar::{candidates, Candidate};
use crate::domain::Workflow;
use crate::search::tokens::words;
use crate::search::SearchEngine;

/// At most this many are shown.
const SHOWN: usize = 5;
/// At most this many candidates from the word index are looked at.
const LOOKED_AT: usize = 2_000;
/// Share of title words two titles must have in common to count as very similar.
const SIMILAR_TITLE: f64 = 0.75;

/// A commitment that may be the one being registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimilarCommitment {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
    pub workflow: Workflow,
    /// True when the lead entity is the same (else the title is very similar).
    pub same_lead: bool,
}

/// What is about to be registered, and by whom.
#[derive(Debug)]
pub struct Registration<'a> {
    pub title: &'a str,
    pub lead_entity: &'a str,
    pub viewer_id: i64,
    /// Moderators see every commitment; others see published ones and their own.
    pub sees_all: bool,
}

/// The commitments that may be the same as `new`, the most similar title first.
pub fn similar(
    conn: &mut SqliteConnection,
    engine: &SearchEngine,
    new: &Registration,
) -> diesel::QueryResult<Vec<SimilarCommitment>> {
    let title = word_set(new.title);
    let lead = word_set(new.lead_entity);
    let title_words: Vec<String> = title.iter().cloned().collect();
    let lead_words: Vec<String> = lead.iter().cloned().collect();
    let need = (title_words.len() as f64 * SIMILAR_TITLE).ceil() as usize;
    let mut ids = engine.holding_most_of(conn, &title_words, need)?;
    ids |= engine.holding_most_of(conn, &lead_words, lead_words.len())?;
    let ids: Vec<i64> = ids.iter().map(i64::from).collect();
    let mut found: Vec<(f64, SimilarCommitment)> = candidates(conn, &ids, LOOKED_AT)?
        .into_iter()
        .filter_map(|c| judge(c, &title, &lead, new))
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.id.cmp(&a.1.id)));
    Ok(found.into_iter().take(SHOWN).map(|(_, c)| c).collect())
}

/// The candidate with its title's likeness, when the person may see it and it is alike.
fn judge(
    (id, title, lead_entity, workflow, owner): Candidate,
    new_title: &BTreeSet<String>,
    new_lead: &BTreeSet<String>,
    new: &Registration,
) -> Option<(f64, SimilarCommitment)> {
    let workflow = Workflow::from_slug(&workflow)?;
    let visible = new.sees_all || workflow == Workflow::Published || owner == Some(new.viewer_id);
    let likeness = likeness(new_title, &word_set(&title));
    let same_lead = !new_lead.is_empty() && *new_lead == word_set(&lead_entity);
    (visible && (same_lead || likeness >= SIMILAR_TITLE)).then(|| {
        let shown = SimilarCommitment {
            id,
            title,
            lead_entity,
            workflow,
            same_lead,
        };
        (likeness, shown)
    })
}

fn word_set(text: &str) -> BTreeSet<String> {
    words(text).into_iter().collect()
}

/// The share of words two titles have in common, of the longer one's.
fn likeness(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / longer as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_differing_in_one_word_of_eight_are_alike() {
        let a = word_set("Safe water for 200 rural schools in Cambodia");
        let b = word_set("Safe water for 200 rural schools in Laos");
        assert!(likeness(&a, &b) >= SIMILAR_TITLE);
        let c = word_set("Solar lamps for rural clinics");
        assert!(likeness(&a, &c) < SIMILAR_TITLE);
        assert_eq!(likeness(&word_set(""), &word_set("")), 0.0);
    }

    #[test]
    fn case_and_accents_do_not_make_another_lead_entity() {
        assert_eq!(word_set("Société  Générale"), word_set("societe generale"));
    }
}
