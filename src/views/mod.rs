//! What templates show: domain values turned into labels, badges and formatted text.

pub mod charts;
pub mod commitment_form;
pub mod content_lang;
mod detail;
pub mod editors;
pub mod follow;
pub mod form_rows;

pub mod history;
pub mod merge;
pub mod organisations;
pub mod pagination;
pub mod photos;
pub mod report_form;
pub mod review;
pub mod rich_text;
pub mod search;
pub mod search_problems;

pub use crate::format::{age, format_amount, long_date, paragraphs};
pub use detail::CommitmentDetail;

use chrono::{Datelike, NaiveDate};

use crate::domain::commitment::summary::CommitmentSummary;
use crate::domain::Sdg;

/// A goal as a coloured badge (the colours come from the stylesheet's `.sdg-N` classes).
#[derive(Debug, Clone)]
pub struct SdgBadge {
    pub number: u8,
    pub name: &'static str,
}

impl From<Sdg> for SdgBadge {
    fn from(sdg: Sdg) -> Self {
        SdgBadge {
            number: sdg.number(),
            name: sdg.name(),
        }
    }
}

/// A commitment in a list: enough to recognise it and decide to open it.
#[derive(Debug, Clone)]
pub struct CommitmentCard {
    pub id: i64,
    pub title: String,
    pub lead_entity: String,
    /// The lead entity's organisation page.
    pub lead_url: String,
    pub entity_type: &'static str,
    pub category: &'static str,
    pub sdgs: Vec<SdgBadge>,
    pub regions: String,
    pub status_slug: &'static str,
    pub status_label: &'static str,
    pub start_year: String,
    /// Where a text search matched, highlighted (empty when browsing).
    pub snippet: Vec<search::SnippetPart>,
    /// The start of the objective, shown when there is no snippet.
    pub summary: Box<str>,
    /// ` lang=".." dir=".."` for its own text when written in another language than the page's.
    pub text_lang: String,
}

impl CommitmentCard {
    /// The card of a commitment, its status as of `today`.
    pub fn new(c: CommitmentSummary, today: NaiveDate) -> Self {
        let status = c.status(today);
        CommitmentCard {
            id: c.id,
            title: c.title,
            lead_url: organisations::organisation_path(&c.lead_entity),
            lead_entity: c.lead_entity,
            entity_type: c.entity_type.label(),
            category: c.category.label(),
            sdgs: c.sdgs.into_iter().map(SdgBadge::from).collect(),
            regions: c
                .regions
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join(", "),
            status_slug: status.slug(),
            status_label: status.label(),
            start_year: c.start_date.year().to_string(),
            snippet: Vec::new(),
            summary: c.objective_excerpt,
            text_lang: content_lang::attributes(c.language),
        }
    }
}
