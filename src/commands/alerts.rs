//! `registry alerts`: mails each saved search's new published matches since its last mail, at
//! most one mail per saved search a day; running it again sends nothing new.

use chrono::NaiveDateTime;
use diesel::sqlite::SqliteConnection;

use crate::db::saved_searches::{self, NewMatch, Subscriber};
use crate::i18n::render_in;
use crate::mail::alert::{saved_search_alert, Alert, Listed};
use crate::mail::Correspondent;
use crate::search::{SearchEngine, SearchQuery};
use crate::use_cases::mail_language;

use super::Mailing;

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlertSummary {
    pub sent: usize,
    /// Nothing new matched.
    pub quiet: usize,
    /// Already mailed today: tried again tomorrow.
    pub mailed_today: usize,
    /// The saved query no longer reads (reported on standard error).
    pub unreadable: usize,
    /// The mail could not be sent (reported on standard error; tried again next run).
    pub failed: usize,
}

/// Sends the alerts due at `now`; each one sent is logged at once with the commitments it
/// listed, so a run that stops half-way never mails the same commitment twice.
pub fn alerts(conn: &mut SqliteConnection, run: &Mailing) -> anyhow::Result<AlertSummary> {
    let (now, progress) = (run.now, &run.progress);
    let engine = SearchEngine::default();
    let subscribers = saved_searches::subscribers(conn)?;
    progress.set_length(subscribers.len() as u64);
    let mut summary = AlertSummary::default();
    for subscriber in &subscribers {
        progress.inc(1);
        let search = &subscriber.search;
        if search.last_mailed_on == Some(now.date()) {
            summary.mailed_today += 1;
            continue;
        }
        let Some(query) = read(&search.query) else {
            progress.suspend(|| eprintln!("saved search {}: its query no longer reads", search.id));
            summary.unreadable += 1;
            continue;
        };
        let new = new_matches(&engine, conn, subscriber, &query, now)?;
        if new.is_empty() {
            summary.quiet += 1;
            continue;
        }
        let lang = mail_language::of_email(conn, &subscriber.email)?;
        let alert = render_in(lang, || mail(subscriber, &new, run.base()));
        match run.mailer.send(&alert) {
            Ok(()) => {
                let ids: Vec<i64> = new.iter().map(|m| m.id).collect();
                saved_searches::record_mail(conn, search.id, &ids, now)?;
                summary.sent += 1;
            }
            Err(error) => {
                progress
                    .suspend(|| eprintln!("saved search {}: alert not sent: {error}", search.id));
                summary.failed += 1;
            }
        }
    }
    progress.finish_and_clear();
    Ok(summary)
}

fn read(query: &str) -> Option<SearchQuery> {
    let pairs: Vec<(String, String)> = serde_html_form::from_str(query).ok()?;
    SearchQuery::parse(&pairs).ok()
}

/// The search's published matches, found by the search engine, that it has not mailed and
/// that were published since it was saved.
fn new_matches(
    engine: &SearchEngine,
    conn: &mut SqliteConnection,
    subscriber: &Subscriber,
    query: &SearchQuery,
    now: NaiveDateTime,
) -> anyhow::Result<Vec<NewMatch>> {
    let search = &subscriber.search;
    let found = engine.matches_then(conn, query, now.date(), |conn, _, matches| {
        let ids: Vec<i64> = matches.iter().map(i64::from).collect();
        saved_searches::unmailed_since(conn, search.id, &ids, search.created_at)
    })?;
    Ok(found)
}

fn mail(subscriber: &Subscriber, new: &[NewMatch], base: &str) -> crate::mail::Mail {
    let listed: Vec<Listed> = new
        .iter()
        .map(|m| Listed {
            id: m.id,
            title: &m.title,
            lead_entity: &m.lead_entity,
        })
        .collect();
    let alert = Alert {
        to: Correspondent {
            name: &subscriber.name,
            email: &subscriber.email,
        },
        search_name: &subscriber.search.name,
        query: &subscriber.search.query,
        base,
    };
    saved_search_alert(alert, &listed)
}
