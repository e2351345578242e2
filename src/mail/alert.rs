//! The text of a saved search's alert: the new commitments that match it.

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
    let mut list = String::new();
    for found in new.iter().take(LISTED) {
        list.push_str(&format!(
            "- {} ({})\n  {base}/commitments/{}\n",
            found.title, found.lead_entity, found.id
        ));
    }
    if count > LISTED {
        list.push_str(&format!("…and {} more.\n", count - LISTED));
    }
    let search = match alert.query.is_empty() {
        true => format!("{base}/commitments?sort=newest"),
        false => format!("{base}/commitments?{}", alert.query),
    };
    Mail {
        to_name: alert.name.to_string(),
        to_email: alert.email.to_string(),
        subject,
        body: format!(
            "Hello {name},\n\n\
             Newly published on the SDG Commitments Registry, matching your saved search \
             “{search_name}”:\n\n\
             {list}\n\
             The whole search: {search}\n\n\
             We mail you at most once a day per saved search, only when something new matches. \
             To stop, delete the search on your account page: {base}/account#saved-searches\n\n\
             SDG Commitments Registry\n",
            name = alert.name,
            search_name = alert.search_name,
        ),
        html: None,
        reply_to: None,
    }
}
