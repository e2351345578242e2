//! The text of a saved search's alert: the new commitments that match it.

use super::letter::{Action, Letter};
use super::Mail;

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
    pub name: &'a str,
    pub email: &'a str,
    pub search_name: &'a str,
    /// The saved search's query string (without `?`).
    pub query: &'a str,
    /// The registry's public address, without a trailing `/`.
    pub base: &'a str,
}

/// The mail listing `new` (newest first) to the owner of the saved search.
pub fn saved_search_alert(alert: Alert, new: &[Listed]) -> Mail {
    let count = new.len();
    let subject = match count {
        1 => format!(
            "1 new commitment matches your search \"{}\"",
            alert.search_name
        ),
        n => format!(
            "{n} new commitments match your search \"{}\"",
            alert.search_name
        ),
    };
    let base = alert.base;
    let mut paragraphs = vec![format!(
        "Newly published on the SDG Commitments Registry, matching your saved search “{}”:",
        alert.search_name
    )];
    paragraphs.extend(new.iter().take(LISTED).map(|found| {
        format!(
            "{} ({})\n{base}/commitments/{}",
            found.title, found.lead_entity, found.id
        )
    }));
    if count > LISTED {
        paragraphs.push(format!("…and {} more.", count - LISTED));
    }
    let search = match alert.query.is_empty() {
        true => format!("{base}/commitments?sort=newest"),
        false => format!("{base}/commitments?{}", alert.query),
    };
    let letter = Letter {
        greeting: format!("Hello {},", alert.name),
        paragraphs,
        quote: None,
        action: Some(Action {
            label: "The whole search".into(),
            url: search,
        }),
        footer: vec![format!(
            "We mail you at most once a day per saved search, only when something new matches. To stop, delete the search on your account page: {base}/account#saved-searches"
        )],
    };
    letter.to(alert.name, alert.email, subject)
}
