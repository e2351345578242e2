//! What a list of commitments shows of each one: title, who leads it, goals, regions, dates.

use crate::domain::vocab::language::Language;
use chrono::NaiveDate;

use super::stored::Commitment;
use crate::domain::vocab::sdg::Sdg;
use crate::domain::vocab::{Category, EntityType, Region, Status};

/// The part of a published commitment that a result card or a list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentSummary {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
    pub entity_type: EntityType,
    pub category: Category,
    pub sdgs: Vec<Sdg>,
    pub regions: Vec<Region>,
    pub start_date: NaiveDate,
    pub completion_date: Option<NaiveDate>,
    /// The start of the objective, for a card's two-line summary (see `objective_excerpt`).
    pub objective_excerpt: Box<str>,
    /// The language its text is written in, when stated.
    pub language: Option<Language>,
}

/// How many characters of the objective an excerpt is made from: about two lines of a wide
/// card. Kept short, as the search index holds one excerpt per commitment.
pub const EXCERPT_SOURCE_CHARS: usize = 160;

/// The first words of `objective` that fit in `EXCERPT_SOURCE_CHARS` characters, white space
/// run together, "…" when words were left off. Only the first `EXCERPT_SOURCE_CHARS + 1`
/// characters are read, so a database may hand over just those.
pub fn objective_excerpt(objective: &str) -> Box<str> {
    let head: String = objective.chars().take(EXCERPT_SOURCE_CHARS + 1).collect();
    let cut = head.chars().count() > EXCERPT_SOURCE_CHARS;
    let mut words: Vec<&str> = head.split_whitespace().collect();
    if cut && words.len() > 1 {
        // The last word may be cut in the middle.
        words.pop();
    }
    let mut excerpt = words.join(" ");
    if cut {
        excerpt = excerpt.chars().take(EXCERPT_SOURCE_CHARS).collect();
        excerpt.push('…');
    }
    excerpt.into_boxed_str()
}

impl CommitmentSummary {
    /// The commitment's status on `today` (the same rule as the whole commitment's).
    pub fn status(&self, today: NaiveDate) -> Status {
        status_on(self.completion_date, today)
    }
}

impl From<&Commitment> for CommitmentSummary {
    fn from(c: &Commitment) -> Self {
        CommitmentSummary {
            id: c.id,
            title: c.content.title.clone(),
            lead_entity: c.content.lead_entity.clone(),
            entity_type: c.content.entity_type,
            category: c.content.category,
            sdgs: c.content.sdgs.clone(),
            regions: c.content.regions.clone(),
            start_date: c.content.start_date,
            completion_date: c.content.completion_date,
            objective_excerpt: objective_excerpt(&c.content.objective),
            language: c.content.language,
        }
    }
}

/// `ongoing` while there is no completion date or it is `today` or later.
pub fn status_on(completion_date: Option<NaiveDate>, today: NaiveDate) -> Status {
    match completion_date {
        Some(date) if date < today => Status::Completed,
        _ => Status::Ongoing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn an_excerpt_keeps_whole_words_and_says_when_it_stops_short() {
        assert_eq!(
            &*objective_excerpt("Safe water\n\nfor  200 schools."),
            "Safe water for 200 schools."
        );
        let long = "water ".repeat(40);
        let excerpt = objective_excerpt(&long);
        assert!(excerpt.ends_with("water…"), "{excerpt}");
        assert!(excerpt.chars().count() <= EXCERPT_SOURCE_CHARS + 1);
        let head: String = long.chars().take(EXCERPT_SOURCE_CHARS + 1).collect();
        assert_eq!(
            objective_excerpt(&head),
            excerpt,
            "the head alone gives the same excerpt"
        );
    }

    #[test]
    fn a_commitment_is_ongoing_until_the_day_after_its_completion() {
        let today = day(2026, 12, 7);
        assert_eq!(status_on(None, today), Status::Ongoing);
        assert_eq!(status_on(Some(today), today), Status::Ongoing);
        assert_eq!(status_on(Some(day(2026, 12, 6)), today), Status::Completed);
    }
}
