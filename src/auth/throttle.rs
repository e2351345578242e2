//! Growing delays between sign-in attempts to one account after repeated failures: a delay,
//! never a refusal of the right password, so that no one can lock another person out.

use chrono::{Duration, NaiveDateTime};

/// When attempts to one account start to wait, and how long at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginDelay {
    /// Failures that cost nothing; after them each attempt waits 1 s, 2 s, 4 s… after the last.
    pub free_failures: i64,
    /// The longest wait.
    pub max_delay: std::time::Duration,
}

/// Failures are forgotten this long after the last one.
pub const WINDOW: Duration = Duration::hours(1);

/// The recent failures of a subject, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    pub count: i64,
    pub last: NaiveDateTime,
}

/// The wait required after `count` failures: none for the free ones, then doubling from one
/// second, up to the maximum.
pub fn delay_after(policy: LoginDelay, count: i64) -> std::time::Duration {
    let beyond = count - policy.free_failures;
    if beyond < 0 {
        return std::time::Duration::ZERO;
    }
    let seconds = 1u64.checked_shl(beyond.min(62) as u32).unwrap_or(u64::MAX);
    std::time::Duration::from_secs(seconds).min(policy.max_delay)
}

/// How long an attempt at `now` must still wait before it is checked; `None`: check it now.
pub fn wait(
    policy: LoginDelay,
    failures: Option<Failures>,
    now: NaiveDateTime,
) -> Option<std::time::Duration> {
    let failures = failures.filter(|f| still_counts(*f, now))?;
    let delay = Duration::from_std(delay_after(policy, failures.count)).ok()?;
    let ready_at = failures.last + delay;
    (now < ready_at)
        .then(|| (ready_at - now).to_std().ok())
        .flatten()
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

fn still_counts(failures: Failures, now: NaiveDateTime) -> bool {
    now - failures.last < WINDOW
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: LoginDelay = LoginDelay {
        free_failures: 5,
        max_delay: std::time::Duration::from_secs(120),
    };

    fn at(second: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
            + Duration::seconds(second)
    }

    fn failures(count: i64, second: i64) -> Option<Failures> {
        Some(Failures {
            count,
            last: at(second),
        })
    }

    fn secs(n: u64) -> std::time::Duration {
        std::time::Duration::from_secs(n)
    }

    #[test]
    fn a_few_failures_change_nothing() {
        assert_eq!(wait(POLICY, None, at(0)), None);
        assert_eq!(wait(POLICY, failures(4, 0), at(0)), None);
    }

    #[test]
    fn delays_double_from_one_second_up_to_the_maximum() {
        let delays: Vec<u64> = (4..=14).map(|n| delay_after(POLICY, n).as_secs()).collect();
        assert_eq!(delays, [0, 1, 2, 4, 8, 16, 32, 64, 120, 120, 120]);
        assert_eq!(delay_after(POLICY, i64::MAX), secs(120));
    }

    #[test]
    fn an_attempt_waits_only_for_what_remains_of_the_delay() {
        assert_eq!(wait(POLICY, failures(8, 0), at(3)), Some(secs(5)));
        assert_eq!(wait(POLICY, failures(8, 0), at(8)), None);
    }

    #[test]
    fn old_failures_are_forgotten() {
        assert_eq!(count_after_failure(failures(7, 0), at(300)), 8);
        assert_eq!(count_after_failure(failures(7, 0), at(3600)), 1);
        assert_eq!(count_after_failure(None, at(0)), 1);
        assert_eq!(wait(POLICY, failures(40, 0), at(3600)), None);
    }

    #[test]
    fn subjects_ignore_case_and_spaces() {
        assert_eq!(
            account_subject("Ana@Example.org "),
            account_subject("ana@example.org")
        );
    }
}
