//! `/feed.atom`: the 50 latest published commitments and progress reports, with absolute links;
//! with search parameters, the 50 latest matches of that search and their reports.

use actix_web::{web, HttpRequest, HttpResponse};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::NaiveDateTime;

use super::search::parse_query;
use crate::db::feed::{latest_reports, latest_reports_of, FeedReport};
use crate::db::load::find_many;
use crate::domain::{Commitment, ReportStatus};
use crate::error::AppError;
use crate::i18n::{text, text_with};
use crate::search::{SearchQuery, Sort};
use crate::state::AppState;
use crate::views::follow::{as_followed, describe, feed_path};

/// How many entries the feed holds.
const ENTRIES: usize = 50;

/// GET `/feed.atom`: the whole registry's, or with search parameters the search's (validated
/// as the search is: a bad value answers 400 with a plain message).
pub async fn atom(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let query = match parse_query(&request) {
        Ok(query) => as_followed(&query),
        Err(error) => {
            return Ok(HttpResponse::BadRequest()
                .content_type("text/plain; charset=utf-8")
                .body(format!("{}\n", error.message)))
        }
    };
    let (commitments, reports) = if query.is_filtered() {
        matching(&state, query.clone()).await?
    } else {
        latest(&state).await?
    };
    let base = state.settings.public_url.as_str();
    let mut entries: Vec<Entry> = commitments
        .iter()
        .map(|c| commitment_entry(c, base))
        .collect();
    entries.extend(reports.iter().map(|r| report_entry(r, base)));
    entries.sort_by(|a, b| b.updated().cmp(a.updated()));
    entries.truncate(ENTRIES);
    let feed = feed_of(&query, base, entries);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(feed.to_string()))
}

/// The latest published commitments and reports of the whole registry.
async fn latest(state: &AppState) -> Result<(Vec<Commitment>, Vec<FeedReport>), AppError> {
    let engine = state.search.clone();
    let today = state.today();
    state
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
        .await
}

/// The latest commitments matching `query` and the latest reports of any of its matches,
/// found by the search engine on one snapshot.
async fn matching(
    state: &AppState,
    query: SearchQuery,
) -> Result<(Vec<Commitment>, Vec<FeedReport>), AppError> {
    let engine = state.search.clone();
    let today = state.today();
    state
        .db(move |conn| {
            let found = engine.matches_then(conn, &query, today, |conn, index, matches| {
                let newest: Vec<i64> = index
                    .page_in_order(Sort::Newest, matches, 0, ENTRIES)
                    .into_iter()
                    .map(i64::from)
                    .collect();
                let all: Vec<i64> = matches.iter().map(i64::from).collect();
                Ok((
                    find_many(conn, &newest)?,
                    latest_reports_of(conn, &all, ENTRIES as i64)?,
                ))
            })?;
            Ok(found)
        })
        .await
}

/// The feed around `entries`: titled and linked after the search it follows.
fn feed_of(query: &SearchQuery, base: &str, entries: Vec<Entry>) -> Feed {
    let mut feed = Feed::default();
    let (self_path, page_path) = if query.is_filtered() {
        let search = query.to_query_string();
        feed.set_title(text_with(
            "feed-title-search",
            &[("search", describe(query).into())],
        ));
        (feed_path(query), format!("/commitments?{search}"))
    } else {
        feed.set_title(text("feed-title-all"));
        ("/feed.atom".to_string(), "/".to_string())
    };
    feed.set_id(format!("{base}{self_path}"));
    feed.set_links(vec![
        link(&format!("{base}{self_path}"), "self"),
        link(&format!("{base}{page_path}"), "alternate"),
    ]);
    feed.set_updated(
        entries
            .first()
            .map(|e| *e.updated())
            .unwrap_or_else(|| utc(crate::domain::commitment::stored::now())),
    );
    feed.set_entries(entries);
    feed
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
    let status = ReportStatus::from_slug(&r.status)
        .map_or_else(|| r.status.clone(), |s| text(s.message_key()));
    let mut entry = Entry::default();
    entry.set_id(url.clone());
    entry.set_title(Text::plain(text_with(
        "feed-report-title",
        &[
            ("date", r.reported_on.to_string().into()),
            ("title", r.commitment_title.as_str().into()),
            ("status", status.into()),
        ],
    )));
    entry.set_links(vec![link(&url, "alternate")]);
    entry.set_published(Some(utc(r.created_at)));
    entry.set_updated(utc(r.created_at));
    entry.set_summary(Some(Text::plain(r.achievements.clone())));
    entry
}
