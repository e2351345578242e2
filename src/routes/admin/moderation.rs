//! The moderation queue: commitments awaiting review, the longest-waiting first.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::worklists::{review_queue, WorkItem};
use crate::domain::commitment::stored::now;
use crate::error::AppError;
use crate::i18n::{count, text, text_with};
use crate::site::render::page;
use crate::site::RequireModerator;
use crate::state::AppState;
use crate::views::long_date;

/// How many queued commitments the page lists.
const QUEUE_LENGTH: i64 = 200;

/// The queue page.
#[derive(Template)]
#[template(path = "admin/moderation.html")]
pub struct QueuePage {
    total: i64,
    items: Vec<WorkItem>,
    now: chrono::NaiveDateTime,
}

impl QueuePage {
    /// How long `item` has waited, in words: "less than an hour", "5 hours", "3 days".
    fn waiting(&self, item: &WorkItem) -> String {
        let elapsed = self.now - item.updated_at;
        match (elapsed.num_days(), elapsed.num_hours()) {
            (0, 0) => text("admin-waited-less-than-hour"),
            (0, hours) => text_with("admin-waited-hours", &[("count", count(hours))]),
            (days, _) => text_with("admin-waited-days", &[("count", count(days))]),
        }
    }

    fn since(&self, item: &WorkItem) -> String {
        long_date(item.updated_at.date())
    }
}

/// GET `/moderation` (moderators and admins).
pub async fn queue(
    state: web::Data<AppState>,
    _moderator: RequireModerator,
) -> Result<HttpResponse, AppError> {
    let (total, items) = state
        .db(|conn| Ok(review_queue(conn, QUEUE_LENGTH)?))
        .await?;
    page(
        StatusCode::OK,
        &QueuePage {
            total,
            items,
            now: now(),
        },
    )
}
