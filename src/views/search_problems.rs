//! The problems of a search page's query, in words, each tied to the field it came from
//! (the GOV.UK error summary and the message beside the field).

use crate::domain::Message;
use crate::search::{Facet, ParamError};

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

    /// The status of a page showing these problems: 400 when there are any.
    pub fn status(&self) -> actix_web::http::StatusCode {
        match self.is_empty() {
            true => actix_web::http::StatusCode::OK,
            false => actix_web::http::StatusCode::BAD_REQUEST,
        }
    }

    /// The problems as a page with only the filter panels shows them: a link to the filters
    /// for a filter's problem, no link for the others (the page has no box for them).
    pub fn on_filters_only(mut self) -> Self {
        for problem in &mut self.list {
            if problem.anchor.as_deref() != Some("filters-heading") {
                problem.anchor = None;
            }
        }
        self
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
    let anchor = match param {
        "start_from" | "start_to" | "q" | "sort" => Some(param),
        _ if facet_of(param).is_some() => Some("filters-heading"),
        _ => None,
    };
    // A filter is named by its panel's heading; other parameters by their own words.
    let label = facet_of(param).map_or_else(
        || Message::new("search-param").text("param", param),
        |facet| Message::new(super::search::facet_legend_key(facet)),
    );
    let message = if error.message.contains("give it once") {
        Some(Message::new("search-repeated").message("label", label))
    } else {
        message_for(param, label, value, &error.message)
    };
    // In the page's language; a problem the page does not know stays the parser's words.
    let message = message.map_or_else(|| error.message.clone(), |m| m.to_string());
    SearchProblem {
        param: param.to_string(),
        anchor: anchor.map(str::to_string),
        message,
    }
}

/// What is wrong with `value` of `param` (`original`: the parser's own message); `None` for
/// a problem of a parameter the page does not know.
fn message_for(param: &str, label: Message, value: &str, original: &str) -> Option<Message> {
    let with_value = |key| {
        Message::new(key)
            .message("label", label.clone())
            .text("value", value)
    };
    Some(match param {
        "start_from" if original.contains("must not be after") => {
            Message::new("search-years-order")
        }
        "start_from" | "start_to" => with_value("search-year-invalid"),
        "q" => Message::new("search-q-too-long")
            .message("label", label)
            .number("max", crate::search::query::MAX_Q_CHARS),
        "sort" => Message::new("search-sort-invalid"),
        "target" => Message::new("search-target-invalid").text("value", value),
        "page" => with_value("search-page-invalid"),
        "per_page" => with_value("search-per-page-invalid"),
        _ if facet_of(param).is_some() => with_value("search-facet-invalid"),
        _ => return None,
    })
}

fn facet_of(param: &str) -> Option<Facet> {
    Facet::ALL.into_iter().find(|f| f.param() == param)
}

/// A start-year box of the filter form: its value and any problem with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearField {
    pub id: &'static str,
    pub label: String,
    pub value: String,
    pub message: Option<String>,
}

impl SearchProblems {
    /// The "From" and "To" boxes, showing `from` and `to`.
    pub fn year_fields(&self, from: String, to: String) -> Vec<YearField> {
        [
            ("start_from", "search-year-from", from),
            ("start_to", "search-year-to", to),
        ]
        .into_iter()
        .map(|(id, label, value)| YearField {
            id,
            label: crate::i18n::text(label),
            value,
            message: self.for_param(id).map(str::to_string),
        })
        .collect()
    }
}
