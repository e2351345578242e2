//! When a generated commitment was registered, started and (perhaps) completed.

use rand::Rng;

use super::text::{pick, year_of};
use super::vocab::{SECONDS_PER_DAY, TARGET_YEARS};
use super::Generator;

/// When a commitment was registered, started and (perhaps) completed.
pub(super) struct Timeline {
    pub(super) created: i64,
    pub(super) start: i32,
    pub(super) completion: Option<i32>,
}

impl Generator {
    /// A registration day weighted by year, a start near it and, for 45%, a completion.
    pub(super) fn timeline(&mut self) -> Timeline {
        let cal = &self.calendar;
        let year = self.facets.years.pick(&mut self.rng);
        let first = cal.year_starts[year];
        let last = (cal.year_starts[year + 1] - 1).min(cal.today - 1);
        let day = self.rng.random_range(first..=last);
        let created = i64::from(day) * SECONDS_PER_DAY + self.rng.random_range(0..SECONDS_PER_DAY);
        let start = self.start_day(day);
        let completion = self
            .rng
            .random_bool(0.45)
            .then(|| start + self.rng.random_range(0..=3652));
        Timeline {
            created,
            start,
            completion,
        }
    }

    /// Most commitments start shortly before they are registered; some later, a few long before.
    fn start_day(&mut self, created: i32) -> i32 {
        let (earliest, latest) = (self.calendar.earliest_start, self.calendar.latest_start);
        let roll = self.rng.random_range(0..100);
        let day = if roll < 70 {
            created - self.rng.random_range(0..=1095)
        } else if roll < 88 {
            created + self.rng.random_range(0..=365)
        } else {
            self.rng.random_range(earliest..=created)
        };
        day.clamp(earliest, latest)
    }

    pub(super) fn target_year(&mut self, time: &Timeline) -> i32 {
        match time.completion {
            Some(end) => year_of(end),
            None => (*pick(&mut self.rng, &TARGET_YEARS)).max(year_of(time.start) + 1),
        }
    }
}
