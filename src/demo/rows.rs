//! The deliverables and resources of a generated commitment.

use rand::Rng;

use crate::domain::DeliverableInput;
use crate::domain::ResourceInput;

use super::text::{date_text, fill, pick};
use super::timeline::Timeline;
use super::vocab::{DELIVERABLE_STATUSES, RESOURCE_KINDS};
use super::words::GENERIC_DELIVERABLES;
use super::{Ctx, Generator};

impl Generator {
    /// Zero to four deliverables due during the commitment, in due-date order.
    pub(super) fn deliverables(&mut self, ctx: &Ctx, time: &Timeline) -> Vec<DeliverableInput> {
        let count = self.counts.deliverables.pick(&mut self.rng);
        let end = time.completion.unwrap_or(time.start + 2190).max(time.start);
        let mut templates: Vec<&str> = Vec::with_capacity(count);
        let mut rows: Vec<(i32, DeliverableInput)> = Vec::with_capacity(count);
        for _ in 0..count {
            let pool = if self.rng.random_bool(0.7) {
                ctx.theme.deliverables
            } else {
                GENERIC_DELIVERABLES
            };
            let template = *pick(&mut self.rng, pool);
            if templates.contains(&template) {
                continue;
            }
            templates.push(template);
            let due = self.rng.random_range(time.start..=end);
            let row = DeliverableInput {
                title: fill(&mut self.rng, template, ctx),
                due_date: date_text(due),
                status: self.deliverable_status(due).to_string(),
            };
            rows.push((due, row));
        }
        rows.sort_by_key(|(due, _)| *due);
        rows.into_iter().map(|(_, row)| row).collect()
    }

    fn deliverable_status(&mut self, due: i32) -> &'static str {
        let weights = if due < self.calendar.today {
            &self.facets.past_deliverables
        } else {
            &self.facets.future_deliverables
        };
        DELIVERABLE_STATUSES[weights.pick(&mut self.rng)]
    }

    pub(super) fn resources(&mut self, ctx: &Ctx) -> Vec<ResourceInput> {
        let count = self.counts.resources.pick(&mut self.rng);
        (0..count).map(|_| self.resource(ctx)).collect()
    }

    /// A resource with a round amount (two significant digits) in a plausible currency.
    fn resource(&mut self, ctx: &Ctx) -> ResourceInput {
        let kind = &RESOURCE_KINDS[self.facets.kinds.pick(&mut self.rng)];
        let description = self.text(kind.descriptions, ctx);
        let (low, high) = kind.exponents;
        let amount =
            self.rng.random_range(10..100_i64) * 10_i64.pow(self.rng.random_range(low..=high));
        let currency = match self.facets.currencies.pick(&mut self.rng) {
            0 => "USD",
            1 => "EUR",
            2 => "GBP",
            _ => ctx.country.currency,
        };
        ResourceInput {
            kind: kind.slug.to_string(),
            description,
            amount: amount.to_string(),
            currency: currency.to_string(),
        }
    }
}
