//! Bar charts drawn in HTML and SVG (no script, no inline style): labels, counts and widths.

use crate::search::Facet;
use crate::views::search::value_label;

/// One bar: what it counts, how many, its length in percent of the longest, and a link.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub count: u64,
    pub percent: u64,
    /// The search behind the bar, where there is one.
    pub href: Option<String>,
    /// An extra CSS class (the SDG colours).
    pub class: String,
}

/// A titled chart.
#[derive(Debug, Clone)]
pub struct Chart {
    pub id: &'static str,
    /// The title in the page's language (its message key is `stats-<id>`).
    pub title: String,
    /// What the table behind the chart holds, for screen readers.
    pub caption: String,
    pub bars: Vec<Bar>,
}

impl Chart {
    /// A chart of `(label, count, href, class)` values; bar lengths relative to the largest.
    /// Its title is the message `title` in the page's language.
    pub fn new(
        id: &'static str,
        title: &str,
        values: Vec<(String, u64, Option<String>, String)>,
    ) -> Self {
        let max = values.iter().map(|v| v.1).max().unwrap_or(0).max(1);
        let bars = values
            .into_iter()
            .map(|(label, count, href, class)| Bar {
                label,
                count,
                percent: count * 100 / max,
                href,
                class,
            })
            .collect();
        let title = crate::i18n::text(title);
        let caption =
            crate::i18n::text_with("stats-caption", &[("chart", title.to_lowercase().into())]);
        Chart {
            id,
            title,
            caption,
            bars,
        }
    }

    /// A chart of a facet's counts, each bar linking to the search for that value.
    pub fn of_facet(id: &'static str, title: &str, facet: Facet, counts: &[(&str, u64)]) -> Self {
        let values = counts
            .iter()
            .map(|(value, count)| {
                let class = if facet == Facet::Sdg {
                    format!("sdg-{value}")
                } else {
                    String::new()
                };
                let href = format!("/commitments?{}={}", facet.param(), value);
                (value_label(facet, value), *count, Some(href), class)
            })
            .collect();
        Chart::new(id, title, values)
    }

    /// The sum of the bars.
    pub fn total(&self) -> u64 {
        self.bars.iter().map(|b| b.count).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_measured_against_the_largest() {
        let chart = Chart::new(
            "x",
            "X",
            vec![
                ("a".into(), 50, None, String::new()),
                ("b".into(), 200, None, String::new()),
            ],
        );
        assert_eq!(chart.bars[0].percent, 25);
        assert_eq!(chart.bars[1].percent, 100);
        assert_eq!(chart.total(), 250);
    }

    #[test]
    fn an_empty_chart_has_no_division_by_zero() {
        let chart = Chart::new("x", "X", vec![("a".into(), 0, None, String::new())]);
        assert_eq!(chart.bars[0].percent, 0);
    }
}
