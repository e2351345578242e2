//! The 17 Sustainable Development Goals, their colours, and their 169 targets.

use std::fmt;

/// One of the 17 goals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sdg(u8);

/// Official short name and colour of each goal, indexed by goal number - 1.
const GOALS: [(&str, &str); 17] = [
    ("No Poverty", "#E5243B"),
    ("Zero Hunger", "#DDA63A"),
    ("Good Health and Well-being", "#4C9F38"),
    ("Quality Education", "#C5192D"),
    ("Gender Equality", "#FF3A21"),
    ("Clean Water and Sanitation", "#26BDE2"),
    ("Affordable and Clean Energy", "#FCC30B"),
    ("Decent Work and Economic Growth", "#A21942"),
    ("Industry, Innovation and Infrastructure", "#FD6925"),
    ("Reduced Inequalities", "#DD1367"),
    ("Sustainable Cities and Communities", "#FD9D24"),
    ("Responsible Consumption and Production", "#BF8B2E"),
    ("Climate Action", "#3F7E44"),
    ("Life Below Water", "#0A97D9"),
    ("Life on Land", "#56C02B"),
    ("Peace, Justice and Strong Institutions", "#00689D"),
    ("Partnerships for the Goals", "#19486A"),
];

/// For each goal: how many numbered targets (G.1 …) and how many lettered ones (G.a …).
const TARGET_COUNTS: [(u8, u8); 17] = [
    (5, 2),
    (5, 3),
    (9, 4),
    (7, 3),
    (6, 3),
    (6, 2),
    (3, 2),
    (10, 2),
    (5, 3),
    (7, 3),
    (7, 3),
    (8, 3),
    (3, 2),
    (7, 3),
    (9, 3),
    (10, 2),
    (19, 0),
];

/// Goals on whose colour white text reaches a 4.5:1 contrast ratio.
const WHITE_TEXT_GOALS: [u8; 7] = [1, 4, 8, 10, 13, 16, 17];

impl Sdg {
    /// The goal with this number, if it is 1–17.
    pub fn new(number: u8) -> Option<Self> {
        (1..=17).contains(&number).then_some(Sdg(number))
    }

    /// All 17 goals in order.
    pub fn all() -> impl Iterator<Item = Sdg> {
        (1..=17).map(Sdg)
    }

    /// The goal's number, 1–17.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The official short name, e.g. "Clean Water and Sanitation".
    pub fn name(self) -> &'static str {
        GOALS[usize::from(self.0 - 1)].0
    }

    /// The key of the short name in `locales/<lang>/vocab.ftl`: `sdg-6`.
    pub fn message_key(self) -> &'static str {
        const KEYS: [&str; 17] = [
            "sdg-1", "sdg-2", "sdg-3", "sdg-4", "sdg-5", "sdg-6", "sdg-7", "sdg-8", "sdg-9",
            "sdg-10", "sdg-11", "sdg-12", "sdg-13", "sdg-14", "sdg-15", "sdg-16", "sdg-17",
        ];
        KEYS[usize::from(self.0 - 1)]
    }

    /// The official colour, e.g. "#26BDE2".
    pub fn colour(self) -> &'static str {
        GOALS[usize::from(self.0 - 1)].1
    }

    /// A text colour readable on the goal's colour (contrast ≥ 4.5:1).
    pub fn text_colour(self) -> &'static str {
        if WHITE_TEXT_GOALS.contains(&self.0) {
            "#FFFFFF"
        } else {
            "#1A1A1A"
        }
    }

    /// The goal's targets in official order.
    pub fn targets(self) -> Vec<Target> {
        let (numbered, lettered) = TARGET_COUNTS[usize::from(self.0 - 1)];
        let numbers = (1..=numbered).map(TargetIndex::Number);
        let letters = (0..lettered).map(|i| TargetIndex::Letter(char::from(b'a' + i)));
        numbers
            .chain(letters)
            .map(|index| Target { goal: self, index })
            .collect()
    }
}

impl fmt::Display for Sdg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The part of a target code after the dot: `3` in 6.3, `a` in 6.a.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TargetIndex {
    Number(u8),
    Letter(char),
}

/// One of the 169 targets, e.g. 6.1 or 14.c. Orders as the official list does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Target {
    goal: Sdg,
    index: TargetIndex,
}

impl Target {
    /// Reads a code such as "6.1" or "14.c"; `None` unless it is one of the 169 targets.
    pub fn parse(code: &str) -> Option<Self> {
        let (goal, rest) = code.split_once('.')?;
        let goal = Sdg::new(goal.parse().ok()?)?;
        if goal.to_string().len() != code.find('.')? {
            return None;
        }
        goal.targets()
            .into_iter()
            .find(|target| target.index_text() == rest)
    }

    /// Every target of every goal, in official order.
    pub fn all() -> impl Iterator<Item = Target> {
        Sdg::all().flat_map(Sdg::targets)
    }

    /// The goal the target belongs to.
    pub fn goal(self) -> Sdg {
        self.goal
    }

    fn index_text(self) -> String {
        match self.index {
            TargetIndex::Number(n) => n.to_string(),
            TargetIndex::Letter(c) => c.to_string(),
        }
    }

    /// The code, e.g. "6.1".
    pub fn code(self) -> String {
        format!("{}.{}", self.goal, self.index_text())
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_169_targets() {
        assert_eq!(Target::all().count(), 169);
    }

    #[test]
    fn goals_outside_1_to_17_do_not_exist() {
        assert!(Sdg::new(0).is_none());
        assert!(Sdg::new(18).is_none());
        assert_eq!(
            Sdg::new(6).map(Sdg::name),
            Some("Clean Water and Sanitation")
        );
    }

    #[test]
    fn target_codes_parse_only_when_they_exist() {
        assert_eq!(
            Target::parse("6.1").map(Target::code).as_deref(),
            Some("6.1")
        );
        assert_eq!(
            Target::parse("14.c").map(Target::code).as_deref(),
            Some("14.c")
        );
        assert_eq!(
            Target::parse("17.19").map(Target::code).as_deref(),
            Some("17.19")
        );
        for bad in [
            "6.7", "17.a", "1.c", "18.1", "6", "6.", ".1", "06.1", "6.A", "6.1 ",
        ] {
            assert!(Target::parse(bad).is_none(), "{bad} should not parse");
        }
    }

    #[test]
    fn targets_order_numbers_before_letters() {
        let codes: Vec<String> = Sdg::new(6)
            .map(|g| g.targets().into_iter().map(Target::code).collect())
            .unwrap_or_default();
        assert_eq!(
            codes,
            ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.a", "6.b"]
        );
    }

    #[test]
    fn text_colour_is_white_only_where_contrast_allows() {
        let white: Vec<u8> = Sdg::all()
            .filter(|g| g.text_colour() == "#FFFFFF")
            .map(Sdg::number)
            .collect();
        assert_eq!(white, [1, 4, 8, 10, 13, 16, 17]);
    }
}
