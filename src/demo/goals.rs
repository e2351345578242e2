//! The goals, targets and means of implementation of a generated commitment.

use rand::Rng;

use super::text::pick;
use super::vocab::METHODS;
use super::words::OTHER_METHODS;
use super::Generator;

impl Generator {
    /// Distinct goals, the main one first.
    pub(super) fn goals(&mut self) -> Vec<u8> {
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
    pub(super) fn targets(&mut self, goals: &[u8]) -> Vec<String> {
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
    pub(super) fn methods(&mut self) -> Vec<String> {
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

    pub(super) fn other_methods(&mut self) -> Vec<String> {
        if self.rng.random_bool(0.2) {
            vec![(*pick(&mut self.rng, OTHER_METHODS)).to_string()]
        } else {
            Vec::new()
        }
    }
}
