//! Deterministic, realistic sample commitments for demos, tests and benchmarks.

mod content;
mod countries;
mod goals;
mod location;
mod more_themes;
mod people;
mod regions;
mod reports;
mod rows;
mod tables;
mod text;
mod themes;
mod timeline;
mod vocab;
mod words;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::{CommitmentRecord, Sdg, Target};

use self::countries::CountryInfo;
use self::regions::CJK;
use self::tables::{Calendar, Counts, Facets};
use self::text::{date_text, fill, pick};
use self::themes::{Theme, THEMES};
use self::vocab::CJK_SHARE;

/// Generates `count` sample commitments; the same `seed` always gives the same records.
///
/// Every record passes the registry's validation on 2026-06-30 or any later day: the data
/// is placed in time as if "now" were that date, whatever the clock says.
pub fn generate(seed: u64, count: usize) -> impl Iterator<Item = CommitmentRecord> {
    let mut generator = Generator::new(seed);
    (0..count).map(move |_| generator.record())
}

/// What templates are filled with.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    theme: &'static Theme,
    country: &'static CountryInfo,
    city: &'static str,
    place: &'a str,
    year: i32,
}

/// The generator's state: its random numbers and the precomputed tables it draws from.
struct Generator {
    rng: ChaCha8Rng,
    facets: Facets,
    counts: Counts,
    calendar: Calendar,
    /// Target codes of each goal, goal 1 first.
    targets: Vec<Vec<String>>,
}

impl Generator {
    fn new(seed: u64) -> Self {
        Generator {
            rng: ChaCha8Rng::seed_from_u64(seed),
            facets: Facets::new(),
            counts: Counts::new(),
            calendar: Calendar::new(),
            targets: Sdg::all()
                .map(|g| g.targets().into_iter().map(Target::code).collect())
                .collect(),
        }
    }

    /// The next record: its time line and goals, a place, then its fields, texts and rows.
    fn record(&mut self) -> CommitmentRecord {
        let time = self.timeline();
        let goals = self.goals();
        let cjk = self
            .rng
            .random_bool(CJK_SHARE)
            .then(|| pick(&mut self.rng, &CJK));
        let location = match cjk {
            Some(cjk) => self.cjk_location(cjk),
            None => self.location(),
        };
        let ctx = Ctx {
            theme: &THEMES[usize::from(goals[0] - 1)],
            country: location.lead,
            city: location.city,
            place: &location.phrase,
            year: self.target_year(&time),
        };
        let mut record = self.content(&ctx, &goals, &location);
        self.texts(&mut record, &ctx, &goals, cjk);
        record.start_date = date_text(time.start);
        record.completion_date = time.completion.map(date_text).unwrap_or_default();
        record.ongoing = Some(time.completion.is_none());
        record.deliverables = self.deliverables(&ctx, &time);
        self.workflow(&mut record, &ctx, &time);
        record
    }

    /// One template of `pool`, filled.
    pub(super) fn text(&mut self, pool: &[&str], ctx: &Ctx) -> String {
        let template = *pick(&mut self.rng, pool);
        fill(&mut self.rng, template, ctx)
    }

    /// One to `max` distinct sentences of `pool`, filled and joined.
    pub(super) fn sentences(&mut self, pool: &[&str], max: usize, ctx: &Ctx) -> String {
        let count = self.rng.random_range(1..=max.min(pool.len()).max(1));
        let first = self.rng.random_range(0..pool.len());
        let mut text = String::new();
        for i in 0..count {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&fill(&mut self.rng, pool[(first + i) % pool.len()], ctx));
        }
        text
    }

    /// Sentences of `pool` with the given chance, else empty.
    pub(super) fn optional(&mut self, chance: f64, pool: &[&str], max: usize, ctx: &Ctx) -> String {
        if self.rng.random_bool(chance) {
            self.sentences(pool, max, ctx)
        } else {
            String::new()
        }
    }
}

#[cfg(test)]
mod tests;
