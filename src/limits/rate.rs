//! Rate limits on what a stranger can repeat (sign-up, sign-in, mail), per client address and
//! per email address, in memory with a bounded number of keys (GCRA, crate `governor`).

use std::hash::{BuildHasher, Hash};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

/// How many keys one limiter keeps before it forgets the idle ones sooner (else every
/// [`TIDY_EVERY`] checks). Keys are 8-byte hashes: 100,000 of them take a few megabytes.
const MAX_KEYS: usize = 100_000;
/// How many checks between two sweeps of idle keys.
const TIDY_EVERY: u64 = 1_000;
/// How many checks between two sweeps while a limiter is full (a sweep reads every key).
const TIDY_EVERY_WHEN_FULL: u64 = 64;

/// At most `burst` actions at once, earned back evenly over `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub burst: u32,
    pub per: Duration,
}

impl Rate {
    /// `burst` actions per `per`.
    pub const fn new(burst: u32, per: Duration) -> Self {
        Rate { burst, per }
    }

    fn quota(self) -> Quota {
        let burst = NonZeroU32::new(self.burst.max(1)).unwrap_or(NonZeroU32::MIN);
        let interval = self.per / burst.get();
        Quota::with_period(interval.max(Duration::from_nanos(1)))
            .unwrap_or_else(|| Quota::per_second(burst))
            .allow_burst(burst)
    }
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(60 * 60);

/// The default of `REGISTRY_API_REQUESTS_PER_MINUTE`: generous for scripts paging through
/// everything, yet a bound on one client's share of the server.
pub const DEFAULT_API_REQUESTS_PER_MINUTE: u32 = 1_200;

/// The limits of a site, from the settings. The defaults suit a public site; tests lower them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateSettings {
    /// Sign-ups from one client address (generous: an office or a venue shares one).
    pub sign_up_per_address: Rate,
    /// Sign-ups for one email address.
    pub sign_up_per_email: Rate,
    /// Sign-in attempts from one client address, whatever the account.
    pub sign_in_per_address: Rate,
    /// Mail a stranger can trigger (reset links, new confirmation links) from one address.
    pub mail_per_address: Rate,
    /// Mail asked for one email address.
    pub mail_per_email: Rate,
    /// Requests to `/api/v1` from one client address (`REGISTRY_API_REQUESTS_PER_MINUTE`);
    /// `None`: no limit.
    pub api_per_address: Option<Rate>,
    /// Commitments one contributor may register in 24 hours (moderators and admins: no limit).
    pub registrations_per_day: i64,
    /// Failed sign-ins to one account before each further attempt must wait (1 s, 2 s, 4 s…).
    pub free_sign_in_failures: i64,
    /// The longest wait between two sign-in attempts to one account.
    pub max_sign_in_delay: Duration,
}

impl Default for RateSettings {
    fn default() -> Self {
        RateSettings {
            sign_up_per_address: Rate::new(20, HOUR),
            sign_up_per_email: Rate::new(3, HOUR),
            sign_in_per_address: Rate::new(30, 10 * MINUTE),
            mail_per_address: Rate::new(10, HOUR),
            mail_per_email: Rate::new(5, HOUR),
            api_per_address: Some(Rate::new(DEFAULT_API_REQUESTS_PER_MINUTE, MINUTE)),
            registrations_per_day: 20,
            free_sign_in_failures: 5,
            max_sign_in_delay: 2 * MINUTE,
        }
    }
}

/// What is being limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignUp,
    SignIn,
    Mail,
    /// A request to the JSON API.
    Api,
}

/// One keyed limiter, forgetting idle keys as it goes so that it never grows without bound.
#[derive(Debug)]
struct Limiter {
    inner: DefaultKeyedRateLimiter<u64>,
    checks: AtomicU64,
}

impl Limiter {
    fn new(rate: Rate) -> Self {
        Limiter {
            inner: DefaultKeyedRateLimiter::keyed(rate.quota()),
            checks: AtomicU64::new(0),
        }
    }

    /// `Ok` and counted, or how long to wait.
    fn check(&self, key: u64) -> Result<(), Duration> {
        let checks = self.checks.fetch_add(1, Ordering::Relaxed);
        let full = self.inner.len() >= MAX_KEYS;
        if checks.is_multiple_of(TIDY_EVERY)
            || (full && checks.is_multiple_of(TIDY_EVERY_WHEN_FULL))
        {
            self.inner.retain_recent();
            self.inner.shrink_to_fit();
        }
        // Still full of keys in use: an extraordinary flood shares one key rather than grow.
        let key = if self.inner.len() >= MAX_KEYS { 0 } else { key };
        self.inner
            .check_key(&key)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    fn len(&self) -> usize {
        self.inner.len()
    }
}

/// Every rate limiter of the site, shared by all workers.
#[derive(Debug)]
pub struct RateLimiters {
    settings: RateSettings,
    sign_up_per_address: Limiter,
    sign_up_per_email: Limiter,
    sign_in_per_address: Limiter,
    mail_per_address: Limiter,
    mail_per_email: Limiter,
    api_per_address: Option<Limiter>,
    /// Keys are hashed with a key chosen at start, so no email address is kept in memory.
    hasher: std::hash::RandomState,
}

impl RateLimiters {
    /// Limiters with these settings.
    pub fn new(settings: RateSettings) -> Self {
        RateLimiters {
            sign_up_per_address: Limiter::new(settings.sign_up_per_address),
            sign_up_per_email: Limiter::new(settings.sign_up_per_email),
            sign_in_per_address: Limiter::new(settings.sign_in_per_address),
            mail_per_address: Limiter::new(settings.mail_per_address),
            mail_per_email: Limiter::new(settings.mail_per_email),
            api_per_address: settings.api_per_address.map(Limiter::new),
            settings,
            hasher: std::hash::RandomState::new(),
        }
    }

    /// The settings these limiters were built with.
    pub fn settings(&self) -> &RateSettings {
        &self.settings
    }

    /// Counts one `action` from `address` (when known) for `email` (when there is one):
    /// `Err(wait)` when either is over its limit. The address is checked first, so a flood
    /// of made-up email addresses from one client is stopped before it fills the email keys.
    pub fn check(
        &self,
        action: Action,
        address: Option<IpAddr>,
        email: Option<&str>,
    ) -> Result<(), Duration> {
        let (per_address, per_email) = match action {
            Action::SignUp => (&self.sign_up_per_address, Some(&self.sign_up_per_email)),
            Action::SignIn => (&self.sign_in_per_address, None),
            Action::Mail => (&self.mail_per_address, Some(&self.mail_per_email)),
            Action::Api => match &self.api_per_address {
                Some(limiter) => (limiter, None),
                None => return Ok(()),
            },
        };
        let by_address = match address {
            Some(address) => per_address.check(self.key(&network_of(address))),
            None => Ok(()),
        };
        let result = by_address.and_then(|()| match (per_email, email) {
            (Some(limiter), Some(email)) => limiter.check(self.key(&email.trim().to_lowercase())),
            _ => Ok(()),
        });
        if let (Err(wait), false) = (result, action == Action::Api) {
            // Neither the address nor the email is logged: the request log has the address.
            tracing::info!(?action, wait_seconds = wait.as_secs(), "rate limit reached");
        }
        result
    }

    /// How many keys the limiters hold now (for tests and logs).
    pub fn keys_held(&self) -> usize {
        [
            &self.sign_up_per_address,
            &self.sign_up_per_email,
            &self.sign_in_per_address,
            &self.mail_per_address,
            &self.mail_per_email,
        ]
        .iter()
        .map(|limiter| limiter.len())
        .sum::<usize>()
            + self.api_per_address.as_ref().map_or(0, Limiter::len)
    }

    fn key(&self, value: &impl Hash) -> u64 {
        self.hasher.hash_one(value)
    }
}

/// The address as a rate-limit key: an IPv6 client usually holds a whole /64, so it counts as one.
fn network_of(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(bits.into())
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn low() -> RateSettings {
        RateSettings {
            sign_up_per_address: Rate::new(2, HOUR),
            sign_up_per_email: Rate::new(1, HOUR),
            ..RateSettings::default()
        }
    }

    /// Whether a sign-up from `client` (and for `email`) may go ahead now.
    fn signs_up(limits: &RateLimiters, client: &str, email: Option<&str>) -> bool {
        limits
            .check(Action::SignUp, client.parse().ok(), email)
            .is_ok()
    }

    #[test]
    fn an_address_over_its_limit_waits_and_others_do_not() {
        let limits = RateLimiters::new(low());
        assert!(signs_up(&limits, "192.0.2.1", Some("a@x.org")));
        assert!(signs_up(&limits, "192.0.2.1", Some("b@x.org")));
        let one = "192.0.2.1".parse().ok();
        let wait = limits
            .check(Action::SignUp, one, Some("c@x.org"))
            .unwrap_err();
        assert!(wait > Duration::from_secs(60) && wait <= HOUR);
        assert!(signs_up(&limits, "192.0.2.2", Some("c@x.org")));
    }

    #[test]
    fn one_email_address_is_limited_from_any_client_whatever_its_case() {
        let limits = RateLimiters::new(low());
        assert!(signs_up(&limits, "192.0.2.1", Some("Ana@x.org")));
        assert!(!signs_up(&limits, "192.0.2.2", Some("ana@X.org ")));
    }

    #[test]
    fn an_ipv6_client_counts_as_its_whole_network() {
        let limits = RateLimiters::new(low());
        assert!(signs_up(&limits, "2001:db8::1", None));
        assert!(signs_up(&limits, "2001:db8::2", None));
        assert!(!signs_up(&limits, "2001:db8::3", None), "the same /64");
        assert!(signs_up(&limits, "2001:db8:1::3", None), "another /64");
    }

    #[test]
    fn a_flood_of_distinct_keys_does_not_grow_the_store_without_bound() {
        let limits = RateLimiters::new(RateSettings {
            sign_in_per_address: Rate::new(1, Duration::from_millis(1)),
            ..RateSettings::default()
        });
        for n in 0..(MAX_KEYS as u32 + 5_000) {
            let address = IpAddr::V4(n.into());
            let _ = limits.check(Action::SignIn, Some(address), None);
            if n % 20_000 == 0 {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        assert!(limits.keys_held() <= MAX_KEYS + 1, "{}", limits.keys_held());
    }
}
