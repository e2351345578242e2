//! `/feed.atom`: the 50 latest published commitments and progress reports, with absolute links.

use actix_web::{web, HttpResponse};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::NaiveDateTime;

use crate::db::feed::{latest_reports, FeedReport};
use crate::db::load::find_many;
use crate::domain::{Commitment, ReportStatus};
use crate::error::AppError;
use crate::search::Sort;
use crate::state::AppState;

/// How many entries the feed holds.
const ENTRIES: usize = 50;

/// GET `/feed.atom`.
pub async fn atom(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let engine = state.search.clone();
    let today = state.today();
    let (commitments, reports) = state
        .db(move |conn| {
            let ids: Vec<i64> = engine
                .index(conn, today)?
                .ordered(Sort::Newest)
                .take(ENTRIES)
                .map(i64::from)
                .collect();
            Ok((
                find_many(conn, &ids)?,
                latest_reports(conn, ENTRIES as i64)?,
            ))
        })
        .await?;
    let base = state.settings.public_url.as_str();
    let mut entries: Vec<Entry> = commitments
        .iter()
        .map(|c| commitment_entry(c, base))
        .collect();
    entries.extend(reports.iter().map(|r| report_entry(r, base)));
    entries.sort_by(|a, b| b.updated().cmp(a.updated()));
    entries.truncate(ENTRIES);
    let mut feed = Feed::default();
    feed.set_title("SDG Commitments Registry: latest commitments and progress reports");
    feed.set_id(format!("{base}/feed.atom"));
    feed.set_links(vec![
        link(&format!("{base}/feed.atom"), "self"),
        link(&format!("{base}/"), "alternate"),
    ]);
    feed.set_updated(
        entries
            .first()
            .map(|e| *e.updated())
            .unwrap_or_else(|| utc(crate::domain::commitment::stored::now())),
    );
    feed.set_entries(entries);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(feed.to_string()))
}

fn utc(t: NaiveDateTime) -> FixedDateTime {
    t.and_utc().fixed_offset()
}

fn link(href: &str, rel: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link
}

fn author(name: &str) -> Person {
    let mut person = Person::default();
    person.set_name(name);
    person
}

fn commitment_entry(c: &Commitment, base: &str) -> Entry {
    let url = format!("{base}/commitments/{}", c.id);
    let published = utc(c.published_at.unwrap_or(c.created_at));
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(c.content.title.clone()));
    entry.set_links(vec![link(&url, "alternate")]);
    entry.set_published(Some(published));
    entry.set_updated(published);
    entry.set_authors(vec![author(&c.content.lead_entity)]);
    entry.set_summary(Some(Text::plain(c.content.objective.clone())));
    entry
}

fn report_entry(r: &FeedReport, base: &str) -> Entry {
    let url = format!("{base}/commitments/{}#report-{}", r.commitment_id, r.id);
    let status = ReportStatus::from_slug(&r.status).map_or(r.status.as_str(), |s| s.label());
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(format!(
        "Progress report of {}: {} ({})",
        r.reported_on, r.commitment_title, status
    )));
    entry.set_links(vec![link(&url, "alternate")]);
    entry.set_published(Some(utc(r.created_at)));
    entry.set_updated(utc(r.created_at));
    entry.set_summary(Some(Text::plain(r.achievements.clone())));
    entry
}
