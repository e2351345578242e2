//! The text of a saved search's alert: the new commitments that match it.

use super::letter::{greeting, Action, Letter};
use super::{Correspondent, Mail};
use crate::i18n::{self, text, text_with, Arg};

/// How many new commitments an alert lists; the rest are a link away.
pub const LISTED: usize = 20;

/// A commitment an alert lists.
#[derive(Debug, Clone, Copy)]
pub struct Listed<'a> {
    pub id: i64,
    pub title: &'a str,
    pub lead_entity: &'a str,
}

/// What an alert is about.
#[derive(Debug, Clone, Copy)]
pub struct Alert<'a> {
    /// The owner of the saved search.
    pub to: Correspondent<'a>,
    pub search_name: &'a str,
    /// The saved search's query string (without `?`).
    pub query: &'a str,
    /// The registry's public address, without a trailing `/`.
    pub base: &'a str,
}

/// The mail listing `new` (newest first) to the owner of the saved search.
pub fn saved_search_alert(alert: Alert, new: &[Listed]) -> Mail {
    let count = new.len();
    let search_name = || Arg::from(alert.search_name);
    let subject = text_with(
        "mail-alert-subject",
        &[("count", i18n::count(count)), ("search", search_name())],
    );
    let base = alert.base;
    let mut paragraphs = vec![text_with("mail-alert-intro", &[("search", search_name())])];
    paragraphs.extend(new.iter().take(LISTED).map(|found| {
        format!(
            "{} ({})\n{base}/commitments/{}",
            found.title, found.lead_entity, found.id
        )
    }));
    if count > LISTED {
        let more = count - LISTED;
        paragraphs.push(text_with(
            "mail-alert-more",
            &[("count", i18n::count(more))],
        ));
    }
    let search = match alert.query.is_empty() {
        true => format!("{base}/commitments?sort=newest"),
        false => format!("{base}/commitments?{}", alert.query),
    };
    let letter = Letter {
        greeting: greeting(alert.to.name),
        paragraphs,
        quote: None,
        action: Some(Action {
            label: text("mail-alert-action"),
            url: search,
        }),
        footer: vec![text_with(
            "mail-alert-footer",
            &[("link", format!("{base}/account#saved-searches").into())],
        )],
    };
    letter.to(alert.to, subject)
}
