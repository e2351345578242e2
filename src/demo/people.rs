//! The organisations and people of a generated commitment: lead entity, partners, contact.

use rand::Rng;

use crate::domain::{ContactInput, PartnerInput};

use super::text::pick;
use super::vocab::ENTITY_TYPES;
use super::words::{EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, POSITIONS};
use super::{Ctx, Generator};

impl Generator {
    /// A name for an organisation of the given entity type, from that type's templates.
    pub(super) fn entity_name(&mut self, kind: usize, ctx: &Ctx) -> String {
        self.text(ENTITY_TYPES[kind].2, ctx)
    }

    /// Zero to four partners of various types, from the commitment's regions.
    pub(super) fn partners(
        &mut self,
        ctx: &Ctx,
        regions: &[usize],
        lead: &str,
    ) -> Vec<PartnerInput> {
        let count = self.counts.partners.pick(&mut self.rng);
        let mut partners: Vec<PartnerInput> = Vec::with_capacity(count);
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
                partners.push(PartnerInput {
                    name,
                    entity_type: ENTITY_TYPES[kind].0.to_string(),
                });
            }
        }
        partners
    }

    pub(super) fn contact(&mut self, ctx: &Ctx) -> ContactInput {
        let (first, first_ascii) = *pick(&mut self.rng, FIRST_NAMES);
        let (last, last_ascii) = *pick(&mut self.rng, LAST_NAMES);
        let domain = *pick(&mut self.rng, EMAIL_DOMAINS);
        let phone = if self.rng.random_bool(0.6) {
            self.phone(ctx.country.dial)
        } else {
            String::new()
        };
        ContactInput {
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
}
