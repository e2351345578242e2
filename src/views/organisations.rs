//! What the organisation pages show: the A–Z list with its letter links, and one
//! organisation's commitments with facets, chips and pages.

use askama::Template;
use askama_web::WebTemplate;

use std::collections::HashMap;

use super::search::{chips, facet_panel, results_count, Chip, FacetPanel};
use super::search_problems::SearchProblems;
use super::CommitmentCard;
use crate::domain::organisation::organisation_slug;
use crate::i18n::{count, text, text_with};
use crate::search::organisations::{Organisation, OrganisationFilter, OrganisationLine};
use crate::search::{ConstraintKind, Evaluation, SearchQuery};

/// Organisations listed per page of `/organisations`.
pub const ORGANISATIONS_PER_PAGE: usize = 100;

/// At most this many other spellings are named on an organisation's page.
const SPELLINGS_SHOWN: usize = 5;

/// The link to the page of the organisation a name stands for (any spelling of it).
pub fn organisation_path(name: &str) -> String {
    format!("/organisations/{}", organisation_slug(name))
}

/// A link of the A–Z row.
#[derive(Debug, Clone)]
pub struct LetterLink {
    pub label: String,
    pub param: String,
    pub current: bool,
}

/// The `/organisations` page's content.
#[derive(Debug, Clone)]
pub struct OrganisationList {
    pub text: String,
    pub letters: Vec<LetterLink>,
    pub total: usize,
    pub lines: Vec<OrganisationLine>,
    pub page: u32,
    pub pages: u32,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
}

const LETTERS: [&str; 26] = [
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
    "T", "U", "V", "W", "X", "Y", "Z",
];

impl OrganisationList {
    /// The list of page `page` of the organisations `filter` lets through (`total` of them).
    pub fn new(
        filter: OrganisationFilter,
        page: u32,
        total: usize,
        lines: Vec<OrganisationLine>,
    ) -> Self {
        let current = filter.letter;
        let mut letters: Vec<LetterLink> = LETTERS
            .iter()
            .map(|label| LetterLink {
                label: label.to_string(),
                param: label.to_string(),
                current: current.flatten().map(String::from).as_deref() == Some(*label),
            })
            .collect();
        letters.push(LetterLink {
            label: text("org-letters-other"),
            param: "other".into(),
            current: current == Some(None),
        });
        let pages = total.div_ceil(ORGANISATIONS_PER_PAGE).max(1) as u32;
        let url = |page: u32| list_url(&filter, page);
        OrganisationList {
            text: filter.text.clone(),
            letters,
            total,
            lines,
            page,
            pages,
            prev_url: (page > 1).then(|| url(page - 1)),
            next_url: (page < pages).then(|| url(page + 1)),
        }
    }

    /// The link of a letter, keeping the name filter.
    pub fn letter_url(&self, letter: &LetterLink) -> String {
        let mut pairs = vec![("letter", letter.param.clone())];
        if !self.text.is_empty() {
            pairs.insert(0, ("q", self.text.clone()));
        }
        format!(
            "/organisations?{}",
            serde_html_form::to_string(pairs).unwrap_or_default()
        )
    }

    /// Each line with its count of commitments in words ("3 commitments"), each count's
    /// words looked up once (most organisations share a handful of counts).
    pub fn lines_with_counts(&self) -> Vec<(&OrganisationLine, String)> {
        let mut said: HashMap<u64, String> = HashMap::new();
        self.lines
            .iter()
            .map(|line| {
                let words = said.entry(line.commitments).or_insert_with(|| {
                    text_with(
                        "org-line-commitments",
                        &[("count", count(line.commitments))],
                    )
                });
                (line, words.clone())
            })
            .collect()
    }

    /// True when a letter or a name narrows the list.
    pub fn is_filtered(&self) -> bool {
        !self.text.is_empty() || self.letters.iter().any(|l| l.current)
    }
}

fn list_url(filter: &OrganisationFilter, page: u32) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !filter.text.is_empty() {
        pairs.push(("q", filter.text.clone()));
    }
    match filter.letter {
        Some(Some(letter)) => pairs.push(("letter", letter.to_string())),
        Some(None) => pairs.push(("letter", "other".into())),
        None => {}
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    let query = serde_html_form::to_string(pairs).unwrap_or_default();
    if query.is_empty() {
        "/organisations".into()
    } else {
        format!("/organisations?{query}")
    }
}

/// Who an organisation is, over all its published commitments.
#[derive(Debug, Clone)]
pub struct OrganisationHeading {
    pub name: String,
    pub slug: String,
    pub as_lead: u64,
    pub as_partner: u64,
    pub total: u64,
    /// Its name's other spellings in the registry.
    pub also_written: Vec<String>,
}

impl OrganisationHeading {
    /// The heading of `organisation`.
    pub fn new(organisation: &Organisation) -> Self {
        let name = organisation.name().to_string();
        OrganisationHeading {
            slug: organisation.slug(),
            as_lead: organisation.lead.len(),
            as_partner: organisation.partner.len(),
            total: organisation.count(),
            also_written: organisation
                .spellings()
                .filter(|s| *s != name)
                .take(SPELLINGS_SHOWN)
                .map(String::from)
                .collect(),
            name,
        }
    }

    /// What it is in the registry, in words: "Lead entity of 3 published commitments and
    /// partner in 1", "Partner in 1 published commitment" (a role it has in none is left out).
    pub fn roles(&self) -> String {
        let (lead, partner) = (
            ("lead", count(self.as_lead)),
            ("partner", count(self.as_partner)),
        );
        match (self.as_lead, self.as_partner) {
            (0, 0) => text("org-roles-none"),
            (0, _) => text_with("org-roles-partner", &[partner]),
            (_, 0) => text_with("org-roles-lead", &[lead]),
            _ => text_with("org-roles-both", &[lead, partner]),
        }
    }
}

/// `/organisations/{slug}`: one organisation and its commitments.
#[derive(Template, WebTemplate)]
#[template(path = "public/organisation.html", whitespace = "minimize")]
pub struct OrganisationPage {
    org: OrganisationHeading,
    /// The search within its commitments (without the organisation: the path says it).
    query: SearchQuery,
    path: String,
    total: u64,
    results: Vec<CommitmentCard>,
    panels: Vec<FacetPanel>,
    chips: Vec<Chip>,
    pages: u32,
    prev_url: Option<String>,
    next_url: Option<String>,
    /// Bad parameters, left out of the search and named above the results.
    problems: SearchProblems,
}

impl OrganisationPage {
    /// The page of `org`, showing the results of `query` (`evaluation`) as `results`.
    pub fn new(
        org: OrganisationHeading,
        query: SearchQuery,
        evaluation: Evaluation,
        results: Vec<CommitmentCard>,
    ) -> Self {
        let query = query
            .without(ConstraintKind::Organisation)
            .with_page(query.page);
        let path = format!("/organisations/{}", org.slug);
        let at = |q: &SearchQuery| {
            let pairs = q.to_query_string();
            if pairs.is_empty() {
                path.clone()
            } else {
                format!("{path}?{pairs}")
            }
        };
        let pages = evaluation.total.div_ceil(u64::from(query.per_page)).max(1) as u32;
        let chips = chips(&query)
            .into_iter()
            .map(|chip| Chip {
                remove_url: at(&from_search_url(&chip.remove_url)),
                label: chip.label,
            })
            .collect();
        OrganisationPage {
            total: evaluation.total,
            panels: evaluation
                .facets
                .iter()
                .map(|(facet, counts)| facet_panel(*facet, counts, &query))
                .collect(),
            chips,
            prev_url: (query.page > 1).then(|| at(&query.with_page(query.page - 1))),
            next_url: (query.page < pages).then(|| at(&query.with_page(query.page + 1))),
            pages,
            results,
            path,
            org,
            query,
            problems: SearchProblems::default(),
        }
    }

    /// The page showing `problems` of its search, which answers 400 when there are any.
    pub fn with_problems(self, problems: SearchProblems) -> Self {
        OrganisationPage { problems, ..self }
    }

    /// The status the page answers with.
    pub fn status(&self) -> actix_web::http::StatusCode {
        self.problems.status()
    }

    /// The results count in words (a live region).
    fn count_text(&self) -> String {
        let shown = self.results.len();
        results_count(self.total, &self.query, shown, "org-count-no-match")
    }

    /// A short description of the page for search engines and link previews.
    fn description(&self) -> String {
        text_with(
            "org-description",
            &[
                ("name", self.org.name.as_str().into()),
                ("roles", lowercase_first(&self.org.roles()).into()),
            ],
        )
    }
}

/// `text` with its first letter in lower case, to go on after a colon.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// The search a `/commitments?…` link (a chip's) stands for.
fn from_search_url(url: &str) -> SearchQuery {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let pairs: Vec<(String, String)> = serde_html_form::from_str(query).unwrap_or_default();
    SearchQuery::parse(&pairs).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(as_lead: u64, as_partner: u64) -> OrganisationHeading {
        OrganisationHeading {
            name: "WaterAid".to_string(),
            slug: "wateraid".to_string(),
            as_lead,
            as_partner,
            total: as_lead + as_partner,
            also_written: Vec::new(),
        }
    }

    #[test]
    fn an_organisations_roles_read_as_a_sentence_with_each_count_in_singular_or_plural() {
        let cases = [
            ((0, 1), "Partner in 1 published commitment"),
            ((0, 2), "Partner in 2 published commitments"),
            ((1, 0), "Lead entity of 1 published commitment"),
            ((3, 0), "Lead entity of 3 published commitments"),
            (
                (3, 1),
                "Lead entity of 3 published commitments and partner in 1",
            ),
            (
                (1, 4),
                "Lead entity of 1 published commitment and partner in 4",
            ),
        ];
        for ((lead, partner), said) in cases {
            assert_eq!(heading(lead, partner).roles(), said);
        }
    }

    #[test]
    fn a_sentence_goes_on_after_a_colon_in_lower_case() {
        assert_eq!(lowercase_first("Partner in 1"), "partner in 1");
        assert_eq!(lowercase_first(""), "");
    }
}
