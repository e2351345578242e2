//! The problems of a search page's query, in words, each tied to the field it came from
//! (the GOV.UK error summary and the message beside the field).

use crate::search::{Facet, ParamError};
use crate::views::search::facet_legend;

/// One bad parameter of a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchProblem {
    /// The parameter's name (`start_from`, `region`, …).
    pub param: String,
    /// The id of the field on the page to link to, if the page has one.
    pub anchor: Option<String>,
    pub message: String,
}

/// Every bad parameter of a search, with the year values as typed (to show them again).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchProblems {
    pub list: Vec<SearchProblem>,
    typed_years: Vec<(String, String)>,
}

impl SearchProblems {
    /// The problems `errors` of the query `pairs` (its decoded name–value pairs).
    pub fn new(errors: &[ParamError], pairs: &[(String, String)]) -> Self {
        let mut list: Vec<SearchProblem> = Vec::new();
        for error in errors {
            if list.iter().all(|p| p.param != error.param) {
                list.push(problem(error, pairs));
            }
        }
        let typed_years = pairs
            .iter()
            .filter(|(name, _)| {
                !list.is_empty() && matches!(name.as_str(), "start_from" | "start_to")
            })
            .cloned()
            .collect();
        SearchProblems { list, typed_years }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The message about parameter `param`, if it has a problem.
    pub fn for_param(&self, param: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|p| p.param == param)
            .map(|p| p.message.as_str())
    }

    /// The value typed for a start year, when the page shows problems (else `None`).
    pub fn typed_year(&self, param: &str) -> Option<&str> {
        self.typed_years
            .iter()
            .find(|(name, _)| name == param)
            .map(|(_, value)| value.trim())
    }
}

fn typed<'a>(pairs: &'a [(String, String)], param: &str) -> &'a str {
    pairs
        .iter()
        .rev()
        .find(|(name, _)| name == param)
        .map_or("", |(_, value)| value.trim())
}

fn problem(error: &ParamError, pairs: &[(String, String)]) -> SearchProblem {
    let param = error.param.as_str();
    let value = typed(pairs, param);
    let label = param_label(param);
    let anchor = match param {
        "start_from" | "start_to" | "q" | "sort" => Some(param),
        _ if facet_of(param).is_some() => Some("filters-heading"),
        _ => None,
    };
    let message = if error.message.contains("give it once") {
        format!("{label}: give it once (it was repeated)")
    } else {
        message_for(param, label, value, &error.message)
    };
    SearchProblem {
        param: param.to_string(),
        anchor: anchor.map(str::to_string),
        message,
    }
}

/// What is wrong with `value` of `param`, in words (`original`: the parser's own message).
fn message_for(param: &str, label: &str, value: &str, original: &str) -> String {
    match param {
        "start_from" if original.contains("must not be after") => {
            "Start year “From” must be the same as or before “To”".to_string()
        }
        "start_from" | "start_to" => {
            format!("{label} must be a year from 1945 to 2100, like 2015 (not “{value}”)")
        }
        "q" => format!(
            "{label} must be {} characters or fewer",
            crate::search::query::MAX_Q_CHARS
        ),
        "sort" => "Sort order: choose one from the list".to_string(),
        "target" => format!("Target “{value}” is not an SDG target: use a code like 6.1 or 14.a"),
        "page" => format!("{label} must be a whole number from 1 (not “{value}”)"),
        "per_page" => format!("{label} must be a whole number from 1 to 100 (not “{value}”)"),
        _ if facet_of(param).is_some() => {
            format!("{label}: “{value}” is not one of the choices, so it was left out")
        }
        _ => original.to_string(),
    }
}

fn facet_of(param: &str) -> Option<Facet> {
    Facet::ALL.into_iter().find(|f| f.param() == param)
}

/// The name of parameter `param` as the page calls it.
fn param_label(param: &str) -> &'static str {
    match param {
        "start_from" => "Start year “From”",
        "start_to" => "Start year “To”",
        "q" => "Search text",
        "sort" => "Sort order",
        "target" => "Target",
        "page" => "Page",
        "per_page" => "Results per page",
        _ => facet_of(param).map_or("Search", facet_legend),
    }
}

/// A start-year box of the filter form: its value and any problem with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearField {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub message: Option<String>,
}

impl SearchProblems {
    /// The "From" and "To" boxes, showing `from` and `to`.
    pub fn year_fields(&self, from: String, to: String) -> Vec<YearField> {
        [("start_from", "From", from), ("start_to", "To", to)]
            .into_iter()
            .map(|(id, label, value)| YearField {
                id,
                label,
                value,
                message: self.for_param(id).map(str::to_string),
            })
            .collect()
    }
}
