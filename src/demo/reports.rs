//! The workflow state, timestamps and progress reports of a generated commitment.

use rand::Rng;

use crate::domain::CommitmentRecord;
use crate::domain::ReportInput;

use super::text::{date_text, day_of, timestamp};
use super::timeline::Timeline;
use super::vocab::{SECONDS_PER_DAY, WORKFLOWS};
use super::words::{CHALLENGES, NEXT_STEPS};
use super::{Ctx, Generator};

impl Generator {
    /// Workflow state and timestamps; published ones may carry progress reports.
    pub(super) fn workflow(&mut self, r: &mut CommitmentRecord, ctx: &Ctx, time: &Timeline) {
        let state = WORKFLOWS[self.facets.workflows.pick(&mut self.rng)].0;
        let published = matches!(state, "published" | "archived").then(|| {
            let delay = self.rng.random_range(3_600..=30 * SECONDS_PER_DAY);
            (time.created + delay).min(self.calendar.now)
        });
        let mut last_report = None;
        if let (Some(at), "published") = (published, state) {
            if self.rng.random_bool(0.4) {
                let published_day = day_of(at);
                let (reports, last) = self.reports(ctx, time.start, published_day);
                r.progress_reports = reports;
                last_report = last;
            }
        }
        let updated = self.updated_at(published.unwrap_or(time.created), last_report);
        r.workflow = Some(state.to_string());
        r.created_at = Some(timestamp(time.created));
        r.updated_at = Some(timestamp(updated));
        r.published_at = published.map(|at| Some(timestamp(at)));
    }

    /// A time after `base` and after the last report, never after "now".
    fn updated_at(&mut self, base: i64, last_report: Option<i32>) -> i64 {
        let report_time = last_report.map_or(base, |day| {
            i64::from(day) * SECONDS_PER_DAY + self.rng.random_range(8 * 3_600..=12 * 3_600)
        });
        let later = base.max(report_time) + self.rng.random_range(0..=20 * SECONDS_PER_DAY);
        later.min(self.calendar.now).max(base)
    }

    /// One to four reports between the start (or publication) and today, oldest first,
    /// and the day of the last one.
    fn reports(
        &mut self,
        ctx: &Ctx,
        start: i32,
        published_day: i32,
    ) -> (Vec<ReportInput>, Option<i32>) {
        let (first, today) = (start.max(published_day), self.calendar.today);
        if first > today {
            return (Vec::new(), None);
        }
        let count = self.rng.random_range(1..=4);
        let mut days: Vec<i32> = (0..count)
            .map(|_| self.rng.random_range(first..=today))
            .collect();
        days.sort_unstable();
        days.dedup();
        let mut percent = self.rng.random_range(0..=20);
        let mut reports = Vec::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            percent = (percent + self.rng.random_range(5..=30)).min(100);
            reports.push(self.report(ctx, *day, percent, i + 1 == days.len()));
        }
        (reports, days.last().copied())
    }

    fn report(&mut self, ctx: &Ctx, day: i32, percent: i64, last: bool) -> ReportInput {
        let status = if percent >= 100 {
            "achieved"
        } else if last && self.rng.random_bool(0.05) {
            "discontinued"
        } else if self.rng.random_bool(0.25) {
            "off-track"
        } else {
            "on-track"
        };
        ReportInput {
            reported_on: date_text(day),
            status: status.to_string(),
            percent_complete: (!self.rng.random_bool(0.15))
                .then_some(percent)
                .map(|p| p.to_string())
                .unwrap_or_default(),
            achievements: self.sentences(ctx.theme.achievements, 2, ctx),
            challenges: self.optional(0.6, CHALLENGES, 1, ctx),
            next_steps: self.optional(0.6, NEXT_STEPS, 1, ctx),
        }
    }
}
