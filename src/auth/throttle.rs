//! Slowing down, then refusing, repeated failed sign-ins for one account or one address.

use chrono::{Duration, NaiveDateTime};

/// Thresholds for one kind of subject (an account, or a client address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// After this many recent failures, each attempt waits `delay` before it is checked.
    pub slow_after: i64,
    /// After this many recent failures, attempts are refused for `LOCK_FOR`.
    pub lock_after: i64,
    /// The wait of a slowed attempt.
    pub delay: std::time::Duration,
}

/// One account (email address, whether or not it exists).
pub const ACCOUNT: Limits = Limits {
    slow_after: 3,
    lock_after: 8,
    delay: std::time::Duration::from_secs(1),
};

/// One client address: more generous, since people share addresses.
pub const ADDRESS: Limits = Limits {
    slow_after: 20,
    lock_after: 40,
    delay: std::time::Duration::from_millis(250),
};

/// Failures older than this are forgotten.
pub const WINDOW: Duration = Duration::minutes(15);
/// How long sign-in stays refused once the limit is reached.
pub const LOCK_FOR: Duration = Duration::minutes(15);

/// The recent failures of one subject, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    pub count: i64,
    pub last: NaiveDateTime,
}

/// What to do with a sign-in attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password now.
    Allow,
    /// Wait this long, then check the password.
    Slow(std::time::Duration),
    /// Refuse without checking, until this time (UTC).
    Refuse { until: NaiveDateTime },
}

impl Verdict {
    /// The stricter of two verdicts.
    pub fn and(self, other: Verdict) -> Verdict {
        use Verdict::*;
        match (self, other) {
            (Refuse { until: a }, Refuse { until: b }) => Refuse { until: a.max(b) },
            (refuse @ Refuse { .. }, _) | (_, refuse @ Refuse { .. }) => refuse,
            (Slow(a), Slow(b)) => Slow(a.max(b)),
            (slow @ Slow(_), Allow) | (Allow, slow @ Slow(_)) => slow,
            (Allow, Allow) => Allow,
        }
    }
}

/// The verdict for a subject with these recent failures, at `now`.
pub fn verdict(limits: Limits, failures: Option<Failures>, now: NaiveDateTime) -> Verdict {
    let Some(failures) = failures.filter(|f| still_counts(*f, now)) else {
        return Verdict::Allow;
    };
    if failures.count >= limits.lock_after {
        Verdict::Refuse {
            until: failures.last + LOCK_FOR,
        }
    } else if failures.count >= limits.slow_after {
        Verdict::Slow(limits.delay)
    } else {
        Verdict::Allow
    }
}

/// The failure count after one more failure at `now` (old failures start the count again).
pub fn count_after_failure(failures: Option<Failures>, now: NaiveDateTime) -> i64 {
    match failures.filter(|f| still_counts(*f, now)) {
        Some(f) => f.count + 1,
        None => 1,
    }
}

/// The stored key of an account's failures: a hash, so the table holds no typed-in text.
pub fn account_subject(email: &str) -> String {
    super::token::hash(&format!("account:{}", email.trim().to_lowercase()))
}

/// The stored key of a client address's failures.
pub fn address_subject(address: &str) -> String {
    super::token::hash(&format!("address:{address}"))
}

fn still_counts(failures: Failures, now: NaiveDateTime) -> bool {
    now - failures.last < WINDOW.max(LOCK_FOR)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(10, minute, 0)
            .unwrap()
    }

    fn failures(count: i64, minute: u32) -> Option<Failures> {
        Some(Failures {
            count,
            last: at(minute),
        })
    }

    #[test]
    fn a_few_failures_change_nothing() {
        assert_eq!(verdict(ACCOUNT, None, at(0)), Verdict::Allow);
        assert_eq!(verdict(ACCOUNT, failures(2, 0), at(1)), Verdict::Allow);
    }

    #[test]
    fn more_failures_slow_each_attempt_down() {
        assert_eq!(
            verdict(ACCOUNT, failures(3, 0), at(1)),
            Verdict::Slow(ACCOUNT.delay)
        );
    }

    #[test]
    fn too_many_failures_refuse_sign_in_for_a_while() {
        assert_eq!(
            verdict(ACCOUNT, failures(8, 0), at(1)),
            Verdict::Refuse { until: at(15) }
        );
        assert_eq!(verdict(ACCOUNT, failures(8, 0), at(15)), Verdict::Allow);
    }

    #[test]
    fn old_failures_are_forgotten() {
        assert_eq!(count_after_failure(failures(7, 0), at(5)), 8);
        assert_eq!(count_after_failure(failures(7, 0), at(20)), 1);
        assert_eq!(count_after_failure(None, at(0)), 1);
    }

    #[test]
    fn addresses_are_allowed_more_failures_than_accounts() {
        assert_eq!(verdict(ADDRESS, failures(8, 0), at(1)), Verdict::Allow);
        assert!(matches!(
            verdict(ADDRESS, failures(40, 0), at(1)),
            Verdict::Refuse { .. }
        ));
    }

    #[test]
    fn subjects_ignore_case_and_differ_by_kind() {
        assert_eq!(
            account_subject("Ana@Example.org "),
            account_subject("ana@example.org")
        );
        assert_ne!(account_subject("127.0.0.1"), address_subject("127.0.0.1"));
    }

    #[test]
    fn the_stricter_verdict_wins() {
        let refuse = Verdict::Refuse { until: at(9) };
        let slow = Verdict::Slow(std::time::Duration::from_secs(1));
        assert_eq!(Verdict::Allow.and(slow), slow);
        assert_eq!(slow.and(refuse), refuse);
        assert_eq!(
            refuse.and(Verdict::Refuse { until: at(12) }),
            Verdict::Refuse { until: at(12) }
        );
    }
}
