//! The search parameters of the spec, read strictly: a bad value of a known parameter is refused.

pub use super::vocabulary::{Facet, Sort};
use crate::domain::Target;

/// Parameters that take one value: repeating them is an error, not a silent choice.
const SINGULAR: [&str; 6] = ["q", "sort", "page", "per_page", "start_from", "start_to"];

/// True for the name of a search parameter of the spec (a facet, `target`, or one of
/// [`SINGULAR`]): what a link to the same listing in another language keeps.
pub fn is_search_parameter(name: &str) -> bool {
    Facet::from_param(name).is_some() || name == "target" || SINGULAR.contains(&name)
}

/// The longest search text accepted, in characters.
pub const MAX_Q_CHARS: usize = 500;
/// Results per page unless asked otherwise, and the most allowed.
pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

/// A parsed search: every filter, the order and the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    pub q: String,
    /// Selected values per facet (OR within a facet, AND across facets); duplicates dropped.
    pub filters: Vec<(Facet, Vec<String>)>,
    pub targets: Vec<String>,
    pub start_from: Option<i32>,
    pub start_to: Option<i32>,
    /// Only the commitments naming this organisation (a slug or any spelling of its name), as
    /// lead entity or partner. Set by the organisation's page, never read from a query string.
    pub organisation: Option<String>,
    /// `None` means the default: relevance with `q`, else newest.
    pub sort: Option<Sort>,
    pub page: u32,
    pub per_page: u32,
}

/// A parameter with a bad value: which one, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    pub param: String,
    pub message: String,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            q: String::new(),
            filters: Vec::new(),
            targets: Vec::new(),
            start_from: None,
            start_to: None,
            organisation: None,
            sort: None,
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

fn bad(param: &str, message: String) -> ParamError {
    ParamError {
        param: param.to_string(),
        message,
    }
}

impl SearchQuery {
    /// Reads decoded query pairs; unknown names are ignored, empty values count as absent.
    pub fn parse(pairs: &[(String, String)]) -> Result<Self, ParamError> {
        let (query, mut errors) = Self::parse_keeping_good(pairs);
        match errors.is_empty() {
            true => Ok(query),
            false => Err(errors.swap_remove(0)),
        }
    }

    /// Reads what it can: every good pair is kept, every bad one is left out and reported, in
    /// the order met (a page can then show the problems beside the search they came from).
    /// Start years given in the wrong order are both left out.
    pub fn parse_keeping_good(pairs: &[(String, String)]) -> (Self, Vec<ParamError>) {
        let mut query = SearchQuery::default();
        let mut errors: Vec<ParamError> = Vec::new();
        let mut seen = Vec::new();
        for (name, raw) in pairs {
            if SINGULAR.contains(&name.as_str()) {
                if seen.contains(name) {
                    errors.push(bad(name, format!("{name}: give it once (it was repeated)")));
                    continue;
                }
                seen.push(name.clone());
            }
            let value = raw.trim();
            if value.is_empty() && name != "q" {
                continue;
            }
            if let Err(error) = query.read_pair(name, value, raw) {
                errors.push(error);
            }
        }
        if let (Some(from), Some(to)) = (query.start_from, query.start_to) {
            if from > to {
                let message = format!("start_from ({from}) must not be after start_to ({to})");
                errors.push(bad("start_from", message));
                (query.start_from, query.start_to) = (None, None);
            }
        }
        (query, errors)
    }

    fn read_pair(&mut self, name: &str, value: &str, raw: &str) -> Result<(), ParamError> {
        if let Some(facet) = Facet::from_param(name) {
            let canonical = facet.read(value).ok_or_else(|| {
                bad(
                    name,
                    format!(
                        "{name}: \"{value}\" is not a known value; use one of: {}",
                        facet.examples()
                    ),
                )
            })?;
            self.add_filter(facet, canonical);
            return Ok(());
        }
        match name {
            "q" => self.read_q(raw)?,
            "target" => self.read_target(value)?,
            "start_from" => self.start_from = Some(year(name, value)?),
            "start_to" => self.start_to = Some(year(name, value)?),
            "sort" => self.sort = Some(read_sort(value)?),
            "page" => self.page = whole(name, value, 1, 100_000)?,
            "per_page" => self.per_page = whole(name, value, 1, MAX_PER_PAGE)?,
            _ => {}
        }
        Ok(())
    }

    fn read_q(&mut self, raw: &str) -> Result<(), ParamError> {
        let len = raw.chars().count();
        if len > MAX_Q_CHARS {
            let message =
                format!("q: the search text is {len} characters long; use {MAX_Q_CHARS} or fewer");
            return Err(bad("q", message));
        }
        // Control characters mean nothing in a search and must not be echoed into the page.
        let cleaned: String = raw
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.q = cleaned.trim().to_string();
        Ok(())
    }

    fn read_target(&mut self, value: &str) -> Result<(), ParamError> {
        let target = Target::parse(value).ok_or_else(|| {
            bad(
                "target",
                format!("target: \"{value}\" is not an SDG target; use a code like 6.1 or 14.a"),
            )
        })?;
        let code = target.code();
        if !self.targets.contains(&code) {
            self.targets.push(code);
        }
        Ok(())
    }

    fn add_filter(&mut self, facet: Facet, value: String) {
        match self.filters.iter_mut().find(|(f, _)| *f == facet) {
            Some((_, values)) if values.contains(&value) => {}
            Some((_, values)) => values.push(value),
            None => self.filters.push((facet, vec![value])),
        }
    }

    /// The values selected for `facet` (empty when it is not filtered).
    pub fn selected(&self, facet: Facet) -> &[String] {
        self.filters
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, values)| values.as_slice())
            .unwrap_or(&[])
    }

    /// The order in force: the one asked for, else relevance with a search text, else newest.
    pub fn effective_sort(&self) -> Sort {
        match (self.sort, self.q.is_empty()) {
            (Some(sort), _) => sort,
            (None, false) => Sort::Relevance,
            (None, true) => Sort::Newest,
        }
    }

    /// True when any filter or search text narrows the results.
    pub fn is_filtered(&self) -> bool {
        !self.q.is_empty()
            || !self.filters.is_empty()
            || !self.targets.is_empty()
            || self.start_from.is_some()
            || self.start_to.is_some()
            || self.organisation.is_some()
    }
}

impl SearchQuery {
    /// The query as URL pairs, in a stable order (for links that keep every other choice).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        for facet in Facet::ALL {
            pairs.extend(
                self.selected(facet)
                    .iter()
                    .map(|v| (facet.param(), v.clone())),
            );
        }
        pairs.extend(self.targets.iter().map(|t| ("target", t.clone())));
        pairs.extend(self.start_from.map(|y| ("start_from", y.to_string())));
        pairs.extend(self.start_to.map(|y| ("start_to", y.to_string())));
        pairs.extend(self.sort.map(|s| ("sort", s.param().to_string())));
        if self.per_page != DEFAULT_PER_PAGE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        pairs
    }

    /// The URL query string (without `?`) of this search.
    pub fn to_query_string(&self) -> String {
        serde_html_form::to_string(self.to_pairs()).unwrap_or_default()
    }

    /// The same search on page `page`.
    pub fn with_page(&self, page: u32) -> SearchQuery {
        SearchQuery {
            page,
            ..self.clone()
        }
    }

    /// The same search without one value of a facet, from the first page.
    pub fn without_value(&self, facet: Facet, value: &str) -> SearchQuery {
        let mut query = self.with_page(1);
        for (f, values) in query.filters.iter_mut() {
            if *f == facet {
                values.retain(|v| v != value);
            }
        }
        query.filters.retain(|(_, values)| !values.is_empty());
        query
    }

    /// The same search without a whole kind of constraint, from the first page.
    pub fn without(&self, kind: super::evaluate::ConstraintKind) -> SearchQuery {
        use super::evaluate::ConstraintKind;
        let mut query = self.with_page(1);
        match kind {
            ConstraintKind::Text => query.q.clear(),
            ConstraintKind::Target => query.targets.clear(),
            ConstraintKind::StartYears => (query.start_from, query.start_to) = (None, None),
            ConstraintKind::Organisation => query.organisation = None,
            ConstraintKind::Facet(facet) => query.filters.retain(|(f, _)| *f != facet),
        }
        query
    }
}

fn year(name: &str, value: &str) -> Result<i32, ParamError> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| (1945..=2100).contains(y))
        .ok_or_else(|| {
            bad(
                name,
                format!("{name}: \"{value}\" is not a year from 1945 to 2100"),
            )
        })
}

fn whole(name: &str, value: &str, min: u32, max: u32) -> Result<u32, ParamError> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            bad(
                name,
                format!("{name}: \"{value}\" must be a whole number from {min} to {max}"),
            )
        })
}

fn read_sort(value: &str) -> Result<Sort, ParamError> {
    Sort::ALL
        .into_iter()
        .find(|s| s.param() == value)
        .ok_or_else(|| {
            let names: Vec<&str> = Sort::ALL.iter().map(|s| s.param()).collect();
            bad(
                "sort",
                format!(
                    "sort: \"{value}\" is not a sort order; use one of: {}",
                    names.join(", ")
                ),
            )
        })
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
