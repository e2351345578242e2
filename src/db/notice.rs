//! The site notice: one row holding the banner message and the read-only switch.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

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

/// The notice, kept in memory for a few seconds: it is read for every page, and changes only
/// through the admin form (which updates the copy at once).
#[derive(Debug, Clone, Default)]
pub struct NoticeCache(Arc<RwLock<Option<(Instant, SiteNotice)>>>);

impl NoticeCache {
    /// How long a copy is trusted (in case another process changed the database).
    const FRESH_FOR: Duration = Duration::from_secs(5);

    /// The kept copy, if it is recent enough.
    pub fn fresh(&self) -> Option<SiteNotice> {
        let kept = self.0.read().ok()?;
        kept.as_ref()
            .filter(|(at, _)| at.elapsed() < Self::FRESH_FOR)
            .map(|(_, notice)| notice.clone())
    }

    /// Keeps a copy of the notice as just read or saved.
    pub fn keep(&self, notice: &SiteNotice) {
        if let Ok(mut kept) = self.0.write() {
            *kept = Some((Instant::now(), notice.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_gives_back_what_it_keeps_and_starts_empty() {
        let cache = NoticeCache::default();
        assert_eq!(cache.fresh(), None);
        let notice = SiteNotice {
            message: "Maintenance".into(),
            read_only: true,
            ..SiteNotice::default()
        };
        cache.keep(&notice);
        assert_eq!(cache.fresh(), Some(notice));
    }
}
