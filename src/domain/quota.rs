//! Allowances over a sliding window ("20 registrations a day"): when the next one is allowed.

use chrono::{Duration, NaiveDateTime};

/// When another action is allowed, given the actions of the last `period` (oldest first):
/// `None` while fewer than `quota` (at least 1), else when enough of them have aged out.
pub fn next_allowed(
    recent: &[NaiveDateTime],
    quota: usize,
    period: Duration,
) -> Option<NaiveDateTime> {
    let quota = quota.max(1);
    if recent.len() < quota {
        return None;
    }
    let must_age_out = recent.len() - quota;
    recent
        .get(must_age_out)
        .map(|oldest_counted| *oldest_counted + period)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::hours(24);

    fn hour(h: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn below_the_quota_the_action_is_allowed() {
        assert_eq!(next_allowed(&[hour(1), hour(2)], 3, DAY), None);
    }

    #[test]
    fn at_the_quota_the_oldest_counted_action_says_when_to_come_back() {
        let recent = [hour(1), hour(2), hour(3)];
        assert_eq!(next_allowed(&recent, 3, DAY), Some(hour(1) + DAY));
        assert_eq!(next_allowed(&recent, 2, DAY), Some(hour(2) + DAY));
        assert_eq!(next_allowed(&recent, 1, DAY), Some(hour(3) + DAY));
        assert_eq!(next_allowed(&[], 0, DAY), None, "a quota is at least one");
    }
}
