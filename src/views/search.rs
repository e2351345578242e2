//! What the search page shows: facet panels with counts, chips, suggestions, snippets.

use crate::domain::{Category, Country, EntityType, Method, Region, Reporting, Sdg, Status};
use crate::i18n::{count, text, text_with, Arg};
use crate::search::fulltext::{HIGHLIGHT_END, HIGHLIGHT_START};
use crate::search::{ConstraintKind, Facet, SearchQuery};

/// From how many values on a panel offers a type-to-filter box (with JavaScript).
const FILTERABLE_FROM: usize = 12;

/// One checkbox of a facet panel.
#[derive(Debug, Clone)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: u64,
    pub checked: bool,
}

/// A facet's panel: its options; a long list (countries) reads A–Z in a box of its own.
#[derive(Debug, Clone)]
pub struct FacetPanel {
    pub param: &'static str,
    pub legend: String,
    pub options: Vec<FacetOption>,
    /// Long enough to scroll in its own box, with a type-to-filter box (form.js).
    pub long: bool,
    pub open: bool,
}

/// A selected filter, shown as a removable chip.
#[derive(Debug, Clone)]
pub struct Chip {
    pub label: String,
    pub remove_url: String,
}

/// A way out of an empty result: drop one filter, get `count` results.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub label: String,
    pub count: u64,
    pub url: String,
}

/// A piece of a snippet, highlighted when it matched the search.
#[derive(Debug, Clone)]
pub struct SnippetPart {
    pub text: String,
    pub highlighted: bool,
}

/// The label people read for a facet value.
pub fn value_label(facet: Facet, value: &str) -> String {
    let label = match facet {
        Facet::Sdg => value
            .parse()
            .ok()
            .and_then(Sdg::new)
            .map(|g| format!("{} · {}", g.number(), text(g.message_key()))),
        Facet::Region => Region::from_slug(value).map(|v| text(v.message_key())),
        Facet::Country => Country::from_code(value)
            .map(|c| crate::i18n::country_name_in(crate::i18n::current(), c).to_string()),
        Facet::EntityType => EntityType::from_slug(value).map(|v| text(v.message_key())),
        Facet::Category => Category::from_slug(value).map(|v| text(v.message_key())),
        Facet::Method => Method::from_slug(value).map(|v| text(v.message_key())),
        Facet::Status => Status::from_slug(value).map(|v| text(v.message_key())),
        Facet::Reporting => Reporting::from_slug(value).map(|v| text(v.message_key())),
    };
    label.unwrap_or_else(|| value.to_string())
}

/// The heading of a facet's panel, in the page's language.
pub fn facet_legend(facet: Facet) -> String {
    text(facet_legend_key(facet))
}

/// The message key of a facet's heading (the same words name the facet in a problem with it).
pub fn facet_legend_key(facet: Facet) -> &'static str {
    match facet {
        Facet::Sdg => "search-facet-sdg",
        Facet::Region => "search-facet-region",
        Facet::Country => "search-facet-country",
        Facet::EntityType => "search-facet-entity-type",
        Facet::Category => "search-facet-category",
        Facet::Method => "search-facet-method",
        Facet::Status => "search-facet-status",
        Facet::Reporting => "search-facet-reporting",
    }
}

/// The place in the whole list of the first result on the query's page (from 1).
pub fn first_shown(query: &SearchQuery) -> u64 {
    u64::from(query.page - 1) * u64::from(query.per_page) + 1
}

/// How many results the query's page shows, in words: "Showing 1 to 20 of 45 commitments", or
/// on a page past the last "No results on page 9 of 45 commitments"; the message `none` when
/// nothing matches at all.
pub fn results_count(total: u64, query: &SearchQuery, shown: usize, none: &str) -> String {
    let total_arg = ("total", count(total));
    let first = first_shown(query);
    match (total, shown) {
        (0, _) => text(none),
        (_, 0) => text_with(
            "search-count-empty-page",
            &[("page", count(query.page)), total_arg],
        ),
        _ => {
            let last = first + shown as u64 - 1;
            text_with(
                "search-count-showing",
                &[("first", count(first)), ("last", count(last)), total_arg],
            )
        }
    }
}

/// The panel of a facet: values with results or selected; countries A–Z.
pub fn facet_panel(facet: Facet, counts: &[(&str, u64)], query: &SearchQuery) -> FacetPanel {
    let selected = query.selected(facet);
    let mut options: Vec<FacetOption> = counts
        .iter()
        .filter(|(value, count)| *count > 0 || selected.iter().any(|s| s == value))
        .map(|(value, count)| FacetOption {
            value: value.to_string(),
            label: value_label(facet, value),
            count: *count,
            checked: selected.iter().any(|s| s == value),
        })
        .collect();
    // Only countries form a long list: A–Z, as people look a country up by its name.
    let long = facet == Facet::Country && options.len() >= FILTERABLE_FROM;
    if facet == Facet::Country {
        let lang = crate::i18n::current();
        options.sort_by_key(|o| crate::i18n::country_rank_in(lang, &o.value));
    }
    FacetPanel {
        param: facet.param(),
        legend: facet_legend(facet),
        options,
        long,
        // Closed unless in use, so that on a phone the results are not pushed far down.
        open: !selected.is_empty(),
    }
}

/// Chips for every selected filter, each linking to the search without it.
pub fn chips(query: &SearchQuery) -> Vec<Chip> {
    let url = |q: SearchQuery| format!("/commitments?{}", q.to_query_string());
    let mut chips = Vec::new();
    if !query.q.is_empty() {
        chips.push(Chip {
            label: text_with("search-chip-text", &[("q", query.q.as_str().into())]),
            remove_url: url(query.without(ConstraintKind::Text)),
        });
    }
    for (facet, values) in &query.filters {
        for value in values {
            let label = text_with(
                "search-chip-facet",
                &[
                    ("facet", facet_legend(*facet).into()),
                    ("value", value_label(*facet, value).into()),
                ],
            );
            chips.push(Chip {
                label,
                remove_url: url(query.without_value(*facet, value)),
            });
        }
    }
    if !query.targets.is_empty() {
        let label = text_with(
            "search-chip-target",
            &[(
                "targets",
                query.targets.join(&text("list-separator")).into(),
            )],
        );
        chips.push(Chip {
            label,
            remove_url: url(query.without(ConstraintKind::Target)),
        });
    }
    if query.start_from.is_some() || query.start_to.is_some() {
        chips.push(Chip {
            label: years_label(query),
            remove_url: url(query.without(ConstraintKind::StartYears)),
        });
    }
    chips
}

fn years_label(query: &SearchQuery) -> String {
    match (query.start_from, query.start_to) {
        (Some(from), Some(to)) => text_with(
            "search-years-between",
            &[("from", year(from)), ("to", year(to))],
        ),
        (Some(from), None) => text_with("search-years-from", &[("from", year(from))]),
        (None, Some(to)) => text_with("search-years-to", &[("to", year(to))]),
        (None, None) => String::new(),
    }
}

/// For an empty result: each filter that, dropped alone, brings results back.
pub fn suggestions(query: &SearchQuery, without: &[(ConstraintKind, u64)]) -> Vec<Suggestion> {
    without
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| Suggestion {
            label: constraint_label(query, *kind),
            count: *count,
            url: format!("/commitments?{}", query.without(*kind).to_query_string()),
        })
        .collect()
}

/// A year as a message shows it: as written, never grouped like an amount (2015, not 2,015).
fn year(year: i32) -> Arg {
    Arg::from(year.to_string())
}

fn constraint_label(query: &SearchQuery, kind: ConstraintKind) -> String {
    match kind {
        ConstraintKind::Text => text_with("search-without-text", &[("q", query.q.as_str().into())]),
        ConstraintKind::Target => text_with(
            "search-without-target",
            &[(
                "targets",
                query.targets.join(&text("list-separator")).into(),
            )],
        ),
        ConstraintKind::StartYears => text_with(
            "search-without-years",
            &[("years", years_label(query).into())],
        ),
        ConstraintKind::Organisation => text("search-without-organisation"),
        ConstraintKind::Facet(facet) => {
            let values: Vec<String> = query
                .selected(facet)
                .iter()
                .map(|v| value_label(facet, v))
                .collect();
            let or = format!(" {} ", text("search-or"));
            text_with(
                "search-without-facet",
                &[
                    ("facet", facet_legend(facet).to_lowercase().into()),
                    ("values", values.join(&or).into()),
                ],
            )
        }
    }
}

/// Splits a marked snippet into plain and highlighted parts (the template escapes both).
pub fn snippet_parts(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut highlighted = false;
    for piece in snippet.split([HIGHLIGHT_START, HIGHLIGHT_END]) {
        if !piece.is_empty() {
            parts.push(SnippetPart {
                text: piece.to_string(),
                highlighted,
            });
        }
        highlighted = !highlighted;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_into_marked_parts() {
        let parts = snippet_parts("safe \u{E000}water\u{E001} for <b>all</b>");
        let texts: Vec<(&str, bool)> = parts
            .iter()
            .map(|p| (p.text.as_str(), p.highlighted))
            .collect();
        assert_eq!(
            texts,
            [
                ("safe ", false),
                ("water", true),
                (" for <b>all</b>", false)
            ]
        );
    }
}
