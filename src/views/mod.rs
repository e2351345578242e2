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
pub mod value_names;

pub use crate::format::{format_amount, long_date, paragraphs};
pub use detail::CommitmentDetail;

use chrono::{Datelike, NaiveDate};

use crate::domain::commitment::summary::CommitmentSummary;
use crate::domain::Sdg;

/// A goal as a coloured badge (the colours come from the stylesheet's `.sdg-N` classes).
#[derive(Debug, Clone)]
pub struct SdgBadge {
    pub number: u8,
    /// The goal's short name in the page's language.
    pub name: String,
}

impl From<Sdg> for SdgBadge {
    fn from(sdg: Sdg) -> Self {
        SdgBadge {
            number: sdg.number(),
            name: crate::i18n::text(sdg.message_key()),
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
    pub entity_type: String,
    pub category: String,
    pub sdgs: Vec<SdgBadge>,
    pub regions: String,
    pub status_slug: &'static str,
    pub status_label: String,
    pub start_year: String,
    /// Where a text search matched, highlighted (empty when browsing).
    pub snippet: Vec<search::SnippetPart>,
    /// The start of the objective, shown when there is no snippet.
    pub summary: Box<str>,
    /// ` lang=".." dir=".."` for its own text when written in another language than the page's.
    pub text_lang: String,
}

impl CommitmentCard {
    /// The card of a commitment, its status as of `today`, its labels in the page's language.
    pub fn new(c: CommitmentSummary, today: NaiveDate) -> Self {
        use crate::i18n::text;
        let status = c.status(today);
        CommitmentCard {
            id: c.id,
            title: c.title,
            lead_url: organisations::organisation_path(&c.lead_entity),
            lead_entity: c.lead_entity,
            entity_type: text(c.entity_type.message_key()),
            category: text(c.category.message_key()),
            sdgs: c.sdgs.into_iter().map(SdgBadge::from).collect(),
            regions: c
                .regions
                .iter()
                .map(|r| text(r.message_key()))
                .collect::<Vec<_>>()
                .join(&text("card-list-separator")),
            status_slug: status.slug(),
            status_label: text(status.message_key()),
            start_year: c.start_date.year().to_string(),
            snippet: Vec::new(),
            summary: c.objective_excerpt,
            text_lang: content_lang::attributes(c.language),
        }
    }
}

/// "Goal 6: Clean Water and Sanitation": a goal's number and name (already in the page's
/// language), as the commitment page and form head it.
pub fn goal_heading(number: u8, name: &str) -> String {
    crate::i18n::text_with(
        "commitment-goal-name",
        &[("number", number.into()), ("name", name.into())],
    )
}

/// `text` escaped for HTML as the templates escape it: for a value put into a `-html` message.
pub fn html_escaped(text: &str) -> String {
    match askama::filters::escape(text, askama::filters::Html) {
        Ok(escaped) => escaped.to_string(),
        Err(never) => match never {},
    }
}
