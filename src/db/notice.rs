//! The site notice: one row holding the banner message and the read-only switch.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::site_notice;
use crate::domain::NoticeLevel;

/// The banner shown on every page, and whether the registry refuses changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteNotice {
    pub message: String,
    pub level: NoticeLevel,
    /// While true, every change is refused (503) and reading keeps working.
    pub read_only: bool,
    pub updated_at: Option<NaiveDateTime>,
}

impl Default for SiteNotice {
    fn default() -> Self {
        SiteNotice {
            message: String::new(),
            level: NoticeLevel::Info,
            read_only: false,
            updated_at: None,
        }
    }
}

impl SiteNotice {
    /// True when there is something to show in the banner.
    pub fn is_shown(&self) -> bool {
        self.read_only || !self.message.trim().is_empty()
    }
}

/// The current notice (the default, empty one if the row is missing).
pub fn load(conn: &mut SqliteConnection) -> QueryResult<SiteNotice> {
    let row: Option<(String, String, bool, Option<NaiveDateTime>)> = site_notice::table
        .find(1)
        .select((
            site_notice::message,
            site_notice::level,
            site_notice::read_only,
            site_notice::updated_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row
        .map(|(message, level, read_only, updated_at)| SiteNotice {
            message,
            level: NoticeLevel::from_slug(&level).unwrap_or(NoticeLevel::Info),
            read_only,
            updated_at,
        })
        .unwrap_or_default())
}

/// Replaces the notice, recording who changed it and when.
pub fn save(
    conn: &mut SqliteConnection,
    notice: &SiteNotice,
    by: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.immediate_transaction(|conn| {
        diesel::replace_into(site_notice::table)
            .values((
                site_notice::id.eq(1),
                site_notice::message.eq(&notice.message),
                site_notice::level.eq(notice.level.slug()),
                site_notice::read_only.eq(notice.read_only),
                site_notice::updated_at.eq(now),
                site_notice::updated_by.eq(by),
            ))
            .execute(conn)
            .map(drop)
    })
}
