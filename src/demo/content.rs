//! The fields of a generated commitment and its texts: objective, implementation, stakeholders.

use rand::Rng;

use crate::domain::{CommitmentRecord, Sdg};

use super::location::Location;
use super::regions::{Cjk, REGIONS};
use super::text::capitalise;
use super::themes::THEMES;
use super::vocab::{CATEGORIES, ENTITY_TYPES};
use super::words::{
    COVERAGE, ENABLING_FACTORS, GENERIC_ACTIONS, OTHER_SOURCES, STAKEHOLDER_GROUPS, SUSTAINABILITY,
    WIDE_COVERAGE,
};
use super::{Ctx, Generator};

impl Generator {
    pub(super) fn content(
        &mut self,
        ctx: &Ctx,
        goals: &[u8],
        location: &Location,
    ) -> CommitmentRecord {
        let kind = self.facets.entities.pick(&mut self.rng);
        let lead_entity = self.entity_name(kind, ctx);
        let mut sdgs: Vec<i64> = goals.iter().map(|g| i64::from(*g)).collect();
        sdgs.sort_unstable();
        let category = CATEGORIES[self.facets.categories.pick(&mut self.rng)].0;
        CommitmentRecord {
            category: category.to_string(),
            sdgs: sdgs.iter().map(ToString::to_string).collect(),
            targets: self.targets(goals),
            methods: self.methods(),
            other_methods: self.other_methods(),
            regions: location
                .regions
                .iter()
                .map(|r| REGIONS[*r].slug.to_string())
                .collect(),
            countries: location
                .countries
                .iter()
                .map(|c| c.code.to_string())
                .collect(),
            geographical_coverage: self.coverage(ctx, location),
            partners: self.partners(ctx, &location.regions, &lead_entity),
            entity_type: ENTITY_TYPES[kind].0.to_string(),
            lead_entity,
            contact: self.contact(ctx),
            resources: self.resources(ctx),
            // The generated texts are English (a few titles add a Chinese or Japanese place
            // name or phrase): the language their pages mark them with.
            language: "en".to_string(),
            ..CommitmentRecord::default()
        }
    }

    /// Geographical coverage, for about 60% of commitments, naming a country only if they do.
    fn coverage(&mut self, ctx: &Ctx, location: &Location) -> String {
        let pool = if location.countries.is_empty() {
            WIDE_COVERAGE
        } else {
            COVERAGE
        };
        self.optional(0.6, pool, 1, ctx)
    }

    pub(super) fn texts(
        &mut self,
        r: &mut CommitmentRecord,
        ctx: &Ctx,
        goals: &[u8],
        cjk: Option<&Cjk>,
    ) {
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
}
