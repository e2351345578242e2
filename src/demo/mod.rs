//! Deterministic, realistic sample commitments for demos, tests and benchmarks.

mod more_themes;
mod places;
mod tables;
mod text;
mod themes;
mod vocab;
mod words;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::record::{
    ContactRecord, DeliverableRecord, PartnerRecord, ReportRecord, ResourceRecord,
};
use crate::domain::{CommitmentRecord, Sdg, Target};

use self::places::{Cjk, CountryInfo, ASIA_PACIFIC, CJK, GLOBAL, REGIONS};
use self::tables::{Calendar, Counts, Facets};
use self::text::{capitalise, date_text, day_of, fill, pick, timestamp, word, year_of};
use self::themes::{Theme, THEMES};
use self::vocab::{
    CATEGORIES, CJK_SHARE, DELIVERABLE_STATUSES, ENTITY_TYPES, METHODS, RESOURCE_KINDS,
    SECONDS_PER_DAY, TARGET_YEARS, WORKFLOWS,
};
use self::words::{
    CHALLENGES, COVERAGE, EMAIL_DOMAINS, ENABLING_FACTORS, FIRST_NAMES, GENERIC_ACTIONS,
    GENERIC_DELIVERABLES, LAST_NAMES, NEXT_STEPS, OTHER_METHODS, OTHER_SOURCES, POSITIONS,
    STAKEHOLDER_GROUPS, SUSTAINABILITY, WIDE_COVERAGE,
};

/// Generates `count` sample commitments; the same `seed` always gives the same records.
///
/// Every record passes the registry's validation on 2026-06-30 or any later day: the data
/// is placed in time as if "now" were that date, whatever the clock says.
pub fn generate(seed: u64, count: usize) -> impl Iterator<Item = CommitmentRecord> {
    let mut generator = Generator::new(seed);
    (0..count).map(move |_| generator.record())
}

/// When a commitment was registered, started and (perhaps) completed.
struct Timeline {
    created: i64,
    start: i32,
    completion: Option<i32>,
}

/// Where a commitment takes place.
struct Place {
    regions: Vec<usize>,
    countries: Vec<&'static CountryInfo>,
    lead: &'static CountryInfo,
    city: &'static str,
    phrase: String,
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

    fn record(&mut self) -> CommitmentRecord {
        let time = self.timeline();
        let goals = self.goals();
        let cjk = self
            .rng
            .random_bool(CJK_SHARE)
            .then(|| pick(&mut self.rng, &CJK));
        let place = match cjk {
            Some(cjk) => self.cjk_place(cjk),
            None => self.place(),
        };
        let ctx = Ctx {
            theme: &THEMES[usize::from(goals[0] - 1)],
            country: place.lead,
            city: place.city,
            place: &place.phrase,
            year: self.target_year(&time),
        };
        let mut record = self.content(&ctx, &goals, &place);
        self.texts(&mut record, &ctx, &goals, cjk);
        record.start_date = date_text(time.start);
        record.completion_date = time.completion.map(date_text);
        record.ongoing = Some(time.completion.is_none());
        record.deliverables = self.deliverables(&ctx, &time);
        self.workflow(&mut record, &ctx, &time);
        record
    }

    // --- time -----------------------------------------------------------------------------

    fn timeline(&mut self) -> Timeline {
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

    fn target_year(&mut self, time: &Timeline) -> i32 {
        match time.completion {
            Some(end) => year_of(end),
            None => (*pick(&mut self.rng, &TARGET_YEARS)).max(year_of(time.start) + 1),
        }
    }

    // --- goals and facets -----------------------------------------------------------------

    /// Distinct goals, the main one first.
    fn goals(&mut self) -> Vec<u8> {
        let count = self.counts.goals.pick(&mut self.rng) + 1;
        let mut goals: Vec<u8> = Vec::with_capacity(count);
        while goals.len() < count {
            let goal = u8::try_from(self.facets.sdgs.pick(&mut self.rng) + 1).unwrap_or(17);
            if !goals.contains(&goal) {
                goals.push(goal);
            }
        }
        goals
    }

    /// Target codes of the selected goals, in the official order.
    fn targets(&mut self, goals: &[u8]) -> Vec<String> {
        let count = self.counts.targets.pick(&mut self.rng);
        let mut chosen: Vec<(usize, usize)> = Vec::with_capacity(count);
        for _ in 0..count {
            let goal = usize::from(*pick(&mut self.rng, goals) - 1);
            let index = self.rng.random_range(0..self.targets[goal].len());
            if !chosen.contains(&(goal, index)) {
                chosen.push((goal, index));
            }
        }
        chosen.sort_unstable();
        chosen
            .into_iter()
            .map(|(goal, index)| self.targets[goal][index].clone())
            .collect()
    }

    /// One to three means of implementation, in the vocabulary's order.
    fn methods(&mut self) -> Vec<String> {
        let mut picked = [false; METHODS.len()];
        for _ in 0..self.rng.random_range(1..=3) {
            picked[self.facets.methods.pick(&mut self.rng)] = true;
        }
        METHODS
            .iter()
            .zip(picked)
            .filter(|(_, p)| *p)
            .map(|((slug, _), _)| (*slug).to_string())
            .collect()
    }

    fn other_methods(&mut self) -> Vec<String> {
        if self.rng.random_bool(0.2) {
            vec![(*pick(&mut self.rng, OTHER_METHODS)).to_string()]
        } else {
            Vec::new()
        }
    }

    // --- place ----------------------------------------------------------------------------

    fn place(&mut self) -> Place {
        let regions = self.regions();
        let mut countries = self.countries(&regions);
        let lead = match countries.first() {
            Some(country) => *country,
            None => self.country_in(&regions),
        };
        let city = *pick(&mut self.rng, lead.cities);
        let phrase = self.phrase(&regions, &countries, city);
        countries.sort_by_key(|c| c.code);
        Place {
            regions,
            countries,
            lead,
            city,
            phrase,
        }
    }

    /// A commitment in China or Japan, whose text will carry a CJK phrase.
    fn cjk_place(&mut self, cjk: &Cjk) -> Place {
        let countries = REGIONS[ASIA_PACIFIC].countries;
        let lead = countries
            .iter()
            .find(|c| c.code == cjk.country)
            .unwrap_or(&countries[0]);
        let city = *pick(&mut self.rng, lead.cities);
        Place {
            regions: vec![ASIA_PACIFIC],
            countries: vec![lead],
            lead,
            city,
            phrase: city.to_string(),
        }
    }

    /// One region mostly, sometimes two or three; `global` stands alone.
    fn regions(&mut self) -> Vec<usize> {
        let first = self.facets.regions.pick(&mut self.rng);
        if first == GLOBAL {
            return vec![GLOBAL];
        }
        let mut picked = [false; REGIONS.len()];
        picked[first] = true;
        for _ in 0..self.counts.extra_regions.pick(&mut self.rng) {
            picked[self.facets.local_regions.pick(&mut self.rng)] = true;
        }
        (0..REGIONS.len()).filter(|r| picked[*r]).collect()
    }

    /// Zero to three distinct countries of the regions (global ones mostly name none).
    fn countries(&mut self, regions: &[usize]) -> Vec<&'static CountryInfo> {
        let count = if regions == [GLOBAL] && self.rng.random_bool(0.6) {
            0
        } else {
            self.counts.countries.pick(&mut self.rng)
        };
        let mut countries: Vec<&'static CountryInfo> = Vec::with_capacity(count);
        for _ in 0..count {
            let country = self.country_in(regions);
            if !countries.iter().any(|c| c.code == country.code) {
                countries.push(country);
            }
        }
        countries
    }

    fn country_in(&mut self, regions: &[usize]) -> &'static CountryInfo {
        let mut region = *pick(&mut self.rng, regions);
        if region == GLOBAL {
            region = self.facets.local_regions.pick(&mut self.rng);
        }
        pick(&mut self.rng, REGIONS[region].countries)
    }

    /// How the text names the place: a city, a country, two countries, or a wider area.
    fn phrase(
        &mut self,
        regions: &[usize],
        countries: &[&'static CountryInfo],
        city: &str,
    ) -> String {
        let Some(lead) = countries.first() else {
            let region = regions.first().copied().unwrap_or(GLOBAL);
            return (*pick(&mut self.rng, REGIONS[region].areas)).to_string();
        };
        match (countries.get(1), self.rng.random_range(0..100)) {
            (Some(other), 0..=24) => format!("{} and {}", lead.name, other.name),
            (_, 25..=59) => city.to_string(),
            (_, 60..=74) if !lead.name.starts_with("the ") => format!("rural {}", lead.name),
            _ => lead.name.to_string(),
        }
    }

    // --- content --------------------------------------------------------------------------

    fn content(&mut self, ctx: &Ctx, goals: &[u8], place: &Place) -> CommitmentRecord {
        let kind = self.facets.entities.pick(&mut self.rng);
        let lead_entity = self.entity_name(kind, ctx);
        let mut sdgs: Vec<i64> = goals.iter().map(|g| i64::from(*g)).collect();
        sdgs.sort_unstable();
        let category = CATEGORIES[self.facets.categories.pick(&mut self.rng)].0;
        CommitmentRecord {
            category: category.to_string(),
            sdgs,
            targets: self.targets(goals),
            methods: self.methods(),
            other_methods: self.other_methods(),
            regions: place
                .regions
                .iter()
                .map(|r| REGIONS[*r].slug.to_string())
                .collect(),
            countries: place.countries.iter().map(|c| c.code.to_string()).collect(),
            geographical_coverage: self.coverage(ctx, place),
            partners: self.partners(ctx, &place.regions, &lead_entity),
            entity_type: ENTITY_TYPES[kind].0.to_string(),
            lead_entity,
            contact: self.contact(ctx),
            resources: self.resources(ctx),
            ..CommitmentRecord::default()
        }
    }

    /// Geographical coverage, for about 60% of commitments, naming a country only if they do.
    fn coverage(&mut self, ctx: &Ctx, place: &Place) -> String {
        let pool = if place.countries.is_empty() {
            WIDE_COVERAGE
        } else {
            COVERAGE
        };
        self.optional(0.6, pool, 1, ctx)
    }

    fn texts(&mut self, r: &mut CommitmentRecord, ctx: &Ctx, goals: &[u8], cjk: Option<&Cjk>) {
        let cjk_title = cjk.filter(|_| self.rng.random_bool(0.5));
        r.title = match cjk_title {
            Some(cjk) => self.text(cjk.titles, ctx),
            None => self.text(ctx.theme.titles, ctx),
        };
        let cjk_sentence = if cjk_title.is_some() { None } else { cjk };
        r.objective = self.objective(ctx, goals, cjk_sentence);
        r.implementation = self.implementation(ctx, goals);
        r.stakeholders = if self.rng.random_bool(0.7) {
            self.stakeholders(ctx)
        } else {
            String::new()
        };
        r.results = self.optional(0.6, ctx.theme.results, 2, ctx);
        r.enabling_factors = self.optional(0.5, ENABLING_FACTORS, 2, ctx);
        r.sustainability = self.optional(0.5, SUSTAINABILITY, 2, ctx);
        r.other_sources = self.optional(0.25, OTHER_SOURCES, 1, ctx);
    }

    fn objective(&mut self, ctx: &Ctx, goals: &[u8], cjk: Option<&Cjk>) -> String {
        let mut text = self.sentences(ctx.theme.objectives, 2, ctx);
        let second = goals.get(1).and_then(|g| Sdg::new(*g));
        if let Some(goal) = second.filter(|_| self.rng.random_bool(0.6)) {
            text.push_str(&format!(
                " It also contributes to SDG {} ({}).",
                goal.number(),
                goal.name()
            ));
        }
        if let Some(cjk) = cjk {
            text.push(' ');
            text.push_str(&self.text(cjk.sentences, ctx));
        }
        text
    }

    fn implementation(&mut self, ctx: &Ctx, goals: &[u8]) -> String {
        let mut text = self.sentences(ctx.theme.actions, 2, ctx);
        if let Some(goal) = goals.get(1).filter(|_| self.rng.random_bool(0.5)) {
            let other = &THEMES[usize::from(*goal - 1)];
            text.push(' ');
            text.push_str(&self.text(other.actions, ctx));
        }
        if self.rng.random_bool(0.6) {
            text.push(' ');
            text.push_str(&self.text(GENERIC_ACTIONS, ctx));
        }
        text
    }

    fn stakeholders(&mut self, ctx: &Ctx) -> String {
        let count = self.rng.random_range(2..=4);
        let first = self.rng.random_range(0..STAKEHOLDER_GROUPS.len());
        let groups: Vec<&str> = (0..count)
            .map(|i| STAKEHOLDER_GROUPS[(first + i) % STAKEHOLDER_GROUPS.len()])
            .collect();
        let Some((last, rest)) = groups.split_last() else {
            return String::new();
        };
        let mut text = format!("{} and {last} in {}.", rest.join(", "), ctx.place);
        capitalise(&mut text);
        text
    }

    // --- organisations and people ---------------------------------------------------------

    fn entity_name(&mut self, kind: usize, ctx: &Ctx) -> String {
        let template = *pick(&mut self.rng, ENTITY_TYPES[kind].2);
        fill(&mut self.rng, template, ctx)
    }

    /// Zero to four partners of various types, from the commitment's regions.
    fn partners(&mut self, ctx: &Ctx, regions: &[usize], lead: &str) -> Vec<PartnerRecord> {
        let count = self.counts.partners.pick(&mut self.rng);
        let mut partners: Vec<PartnerRecord> = Vec::with_capacity(count);
        for _ in 0..count {
            let kind = self.facets.entities.pick(&mut self.rng);
            let country = self.country_in(regions);
            let city = *pick(&mut self.rng, country.cities);
            let local = Ctx {
                country,
                city,
                ..*ctx
            };
            let name = self.entity_name(kind, &local);
            if name != lead && !partners.iter().any(|p| p.name == name) {
                partners.push(PartnerRecord {
                    name,
                    entity_type: ENTITY_TYPES[kind].0.to_string(),
                });
            }
        }
        partners
    }

    fn contact(&mut self, ctx: &Ctx) -> ContactRecord {
        let (first, first_ascii) = *pick(&mut self.rng, FIRST_NAMES);
        let (last, last_ascii) = *pick(&mut self.rng, LAST_NAMES);
        let domain = *pick(&mut self.rng, EMAIL_DOMAINS);
        let phone = if self.rng.random_bool(0.6) {
            self.phone(ctx.country.dial)
        } else {
            String::new()
        };
        ContactRecord {
            name: format!("{first} {last}"),
            position: (*pick(&mut self.rng, POSITIONS)).to_string(),
            email: format!("{first_ascii}.{last_ascii}@{domain}"),
            phone,
            public: self.rng.random_bool(0.5),
        }
    }

    /// An international number: the country's code and nine digits.
    fn phone(&mut self, dial: &str) -> String {
        let a = self.rng.random_range(10..100);
        let b = self.rng.random_range(100..1000);
        let c = self.rng.random_range(1000..10000);
        format!("+{dial} {a} {b} {c}")
    }

    // --- rows -----------------------------------------------------------------------------

    /// Zero to four deliverables due during the commitment, in due-date order.
    fn deliverables(&mut self, ctx: &Ctx, time: &Timeline) -> Vec<DeliverableRecord> {
        let count = self.counts.deliverables.pick(&mut self.rng);
        let end = time.completion.unwrap_or(time.start + 2190).max(time.start);
        let mut templates: Vec<&str> = Vec::with_capacity(count);
        let mut rows: Vec<(i32, DeliverableRecord)> = Vec::with_capacity(count);
        for _ in 0..count {
            let pool = if self.rng.random_bool(0.7) {
                ctx.theme.deliverables
            } else {
                GENERIC_DELIVERABLES
            };
            let template = word(&mut self.rng, pool);
            if templates.contains(&template) {
                continue;
            }
            templates.push(template);
            let due = self.rng.random_range(time.start..=end);
            let row = DeliverableRecord {
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

    fn resources(&mut self, ctx: &Ctx) -> Vec<ResourceRecord> {
        let count = self.counts.resources.pick(&mut self.rng);
        (0..count).map(|_| self.resource(ctx)).collect()
    }

    /// A resource with a round amount (two significant digits) in a plausible currency.
    fn resource(&mut self, ctx: &Ctx) -> ResourceRecord {
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
        ResourceRecord {
            kind: kind.slug.to_string(),
            description,
            amount: Some(amount),
            currency: currency.to_string(),
        }
    }

    // --- workflow and reports -------------------------------------------------------------

    /// Workflow state and timestamps; published ones may carry progress reports.
    fn workflow(&mut self, r: &mut CommitmentRecord, ctx: &Ctx, time: &Timeline) {
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
    ) -> (Vec<ReportRecord>, Option<i32>) {
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

    fn report(&mut self, ctx: &Ctx, day: i32, percent: i64, last: bool) -> ReportRecord {
        let status = if percent >= 100 {
            "achieved"
        } else if last && self.rng.random_bool(0.05) {
            "discontinued"
        } else if self.rng.random_bool(0.25) {
            "off-track"
        } else {
            "on-track"
        };
        ReportRecord {
            reported_on: date_text(day),
            status: status.to_string(),
            percent_complete: (!self.rng.random_bool(0.15)).then_some(percent),
            achievements: self.sentences(ctx.theme.achievements, 2, ctx),
            challenges: self.optional(0.6, CHALLENGES, 1, ctx),
            next_steps: self.optional(0.6, NEXT_STEPS, 1, ctx),
        }
    }

    // --- text helpers ---------------------------------------------------------------------

    /// One template of `pool`, filled.
    fn text(&mut self, pool: &[&str], ctx: &Ctx) -> String {
        let template = *pick(&mut self.rng, pool);
        fill(&mut self.rng, template, ctx)
    }

    /// One to `max` distinct sentences of `pool`, filled and joined.
    fn sentences(&mut self, pool: &[&str], max: usize, ctx: &Ctx) -> String {
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
    fn optional(&mut self, chance: f64, pool: &[&str], max: usize, ctx: &Ctx) -> String {
        if self.rng.random_bool(chance) {
            self.sentences(pool, max, ctx)
        } else {
            String::new()
        }
    }
}

#[cfg(test)]
mod tests;
