//! The full view of one commitment, as its page shows it.

use chrono::NaiveDate;

use super::organisations::organisation_path;
use super::photos::PhotoView;
use super::rich_text::{blocks, Block};
use super::SdgBadge;
use crate::db::photos::Photo;
use crate::domain::{Commitment, NewCommitment, ProgressReport, Workflow};
use crate::format::{format_amount, long_date, paragraphs};
use crate::i18n::{text, text_with};

/// How long a page's description for search engines and link previews may be, in characters.
const DESCRIPTION_CHARS: usize = 200;

/// A titled section of free text, its lists and web addresses found.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A goal with the targets the commitment selected under it.
#[derive(Debug, Clone)]
pub struct GoalTargets {
    pub badge: SdgBadge,
    /// "(Goal 6 on the UN site)" after each target's code, for screen readers: one text per goal.
    pub on_un_site: String,
    /// The goal's page on the UN's SDG site, where its targets are set out.
    pub un_url: String,
    pub targets: Vec<String>,
}

/// A name that links to its organisation's page.
#[derive(Debug, Clone)]
pub struct OrganisationName {
    pub name: String,
    pub url: String,
}

impl GoalTargets {
    /// "Goal 6: Clean Water and Sanitation", in the page's language.
    pub fn heading(&self) -> String {
        super::goal_heading(self.badge.number, &self.badge.name)
    }

    /// The tooltip of a target's link: "Target 6.1 of Goal 6: Clean Water and Sanitation, on the UN site".
    pub fn target_title(&self, target: &str) -> String {
        text_with(
            "commitment-target-title",
            &[
                ("target", target.into()),
                ("number", self.badge.number.into()),
                ("name", self.badge.name.as_str().into()),
            ],
        )
    }
}

impl OrganisationName {
    fn new(name: &str) -> Self {
        OrganisationName {
            name: name.to_string(),
            url: organisation_path(name),
        }
    }
}

/// A row of the partners, deliverables or resources tables.
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<String>,
}

/// A progress report on the timeline.
#[derive(Debug, Clone)]
pub struct ReportView {
    /// The report's id, the anchor of its place on the page (`#report-12`).
    pub id: i64,
    pub date: String,
    pub status_slug: &'static str,
    pub status_label: String,
    pub percent: Option<u8>,
    pub achievements: Vec<String>,
    pub challenges: Vec<String>,
    pub next_steps: Vec<String>,
    /// Set when a moderator hid it (only its owner and moderators see it then).
    pub hidden_reason: Option<Vec<String>>,
}

/// How a published commitment keeps up with its reports.
#[derive(Debug, Clone)]
pub struct ReportingLight {
    pub slug: &'static str,
    pub label: String,
    pub explanation: String,
}

/// Everything the commitment page shows.
#[derive(Debug, Clone)]
pub struct CommitmentDetail {
    pub id: i64,
    pub title: String,
    /// ` lang=".." dir=".."` for its own text when written in another language than the page's.
    pub text_lang: String,
    pub category: String,
    pub workflow: Workflow,
    pub workflow_label: String,
    pub sections: Vec<Section>,
    pub start: String,
    pub completion: Option<String>,
    pub status_slug: &'static str,
    pub status_label: String,
    pub regions: Vec<String>,
    pub countries: Vec<&'static str>,
    pub coverage: Vec<String>,
    pub lead_entity: OrganisationName,
    pub entity_type: String,
    /// Each partner's name (linked to its organisation) and type.
    pub partners: Vec<(OrganisationName, String)>,
    pub deliverables: Vec<Row>,
    pub resources: Vec<Row>,
    pub goals: Vec<GoalTargets>,
    pub methods: Vec<String>,
    pub contact_name: String,
    pub contact_position: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Whether the contact agreed to show their email and phone to the public.
    pub contact_public: bool,
    pub reports: Vec<ReportView>,
    pub reporting: Option<ReportingLight>,
    pub published: Option<String>,
    pub updated: String,
    /// Its photos, oldest first (see [`CommitmentDetail::with_photos`]).
    pub photos: Vec<PhotoView>,
    /// The start of its objective, for search engines and link previews.
    pub description: String,
}

impl CommitmentDetail {
    /// The view of `c` as of `today`; private contact details are left out.
    pub fn new(c: &Commitment, today: NaiveDate) -> Self {
        let content = &c.content;
        let status = c.status(today);
        CommitmentDetail {
            id: c.id,
            title: content.title.clone(),
            text_lang: super::content_lang::attributes(content.language),
            category: text(content.category.message_key()),
            workflow: c.workflow,
            workflow_label: text(c.workflow.message_key()),
            sections: sections(content),
            start: long_date(content.start_date),
            completion: content.completion_date.map(long_date),
            status_slug: status.slug(),
            status_label: text(status.message_key()),
            regions: content
                .regions
                .iter()
                .map(|r| text(r.message_key()))
                .collect(),
            countries: countries_in_page_language(&content.countries),
            coverage: paragraphs(&content.geographical_coverage),
            lead_entity: OrganisationName::new(&content.lead_entity),
            entity_type: text(content.entity_type.message_key()),
            partners: content
                .partners
                .iter()
                .map(|p| {
                    let kind = text(p.entity_type.message_key());
                    (OrganisationName::new(&p.name), kind)
                })
                .collect(),
            deliverables: deliverable_rows(content),
            resources: resource_rows(content),
            goals: goals(content),
            methods: methods(content),
            contact_name: content.contact.name.clone(),
            contact_position: content.contact.position.clone(),
            contact_email: content
                .contact
                .public
                .then(|| content.contact.email.clone()),
            contact_phone: (content.contact.public && !content.contact.phone.is_empty())
                .then(|| content.contact.phone.clone()),
            contact_public: content.contact.public,
            reports: c.visible_reports().rev().map(report_view).collect(),
            reporting: c.reporting(today).map(light),
            published: c.published_at.map(|t| long_date(t.date())),
            updated: long_date(c.updated_at.date()),
            photos: Vec::new(),
            description: description(&content.objective),
        }
    }

    /// Shows the contact's email and phone even when they are not public: for the owner and
    /// moderators, who need to reach the contact.
    pub fn reveal_contact(mut self, c: &Commitment) -> Self {
        let contact = &c.content.contact;
        self.contact_email = Some(contact.email.clone());
        self.contact_phone = (!contact.phone.is_empty()).then(|| contact.phone.clone());
        self
    }

    /// Lists hidden reports too, marked with the moderator's reason: for the owner and
    /// moderators.
    pub fn reveal_hidden_reports(mut self, c: &Commitment) -> Self {
        self.reports = c.reports.iter().rev().map(report_view).collect();
        self
    }

    /// Shows these photos (kept apart from the commitment's content: not part of its record).
    pub fn with_photos(mut self, photos: &[Photo]) -> Self {
        self.photos = photos.iter().map(PhotoView::from).collect();
        self
    }

    /// True when the commitment was archived by a moderator.
    pub fn is_archived(&self) -> bool {
        self.workflow == Workflow::Archived
    }

    /// True while it awaits review or changes, so not public.
    pub fn is_unpublished(&self) -> bool {
        matches!(self.workflow, Workflow::Submitted | Workflow::Returned)
    }
}

fn sections(c: &NewCommitment) -> Vec<Section> {
    let all = [
        ("objective", "commitment-section-objective", &c.objective),
        (
            "stakeholders",
            "commitment-section-stakeholders",
            &c.stakeholders,
        ),
        (
            "implementation",
            "commitment-section-implementation",
            &c.implementation,
        ),
        ("results", "commitment-section-results", &c.results),
        (
            "enabling-factors",
            "commitment-section-enabling-factors",
            &c.enabling_factors,
        ),
        (
            "sustainability",
            "commitment-section-sustainability",
            &c.sustainability,
        ),
        (
            "other-sources",
            "commitment-section-other-sources",
            &c.other_sources,
        ),
    ];
    all.into_iter()
        .map(|(id, heading, words)| (id, heading, blocks(words)))
        .filter(|(_, _, blocks)| !blocks.is_empty())
        .map(|(id, heading, blocks)| Section {
            id,
            heading: text(heading),
            blocks,
        })
        .collect()
}

/// The first words of `text` on one line, at most [`DESCRIPTION_CHARS`] long.
pub fn description(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= DESCRIPTION_CHARS {
        return line;
    }
    let cut: String = line.chars().take(DESCRIPTION_CHARS - 1).collect();
    let words = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(words, _)| words);
    format!("{}…", words.trim_end_matches([',', ';', ':', '.']))
}

fn deliverable_rows(c: &NewCommitment) -> Vec<Row> {
    c.deliverables
        .iter()
        .map(|d| Row {
            cells: vec![
                d.title.clone(),
                long_date(d.due_date),
                text(d.status.message_key()),
            ],
        })
        .collect()
}

fn resource_rows(c: &NewCommitment) -> Vec<Row> {
    c.resources
        .iter()
        .map(|r| Row {
            cells: vec![
                text(r.kind.message_key()),
                r.description.clone(),
                r.amount
                    .as_ref()
                    .map(|m| format!("{} {}", format_amount(m.value), m.currency))
                    .unwrap_or_else(|| text("commitment-amount-not-given")),
            ],
        })
        .collect()
}

fn goals(c: &NewCommitment) -> Vec<GoalTargets> {
    c.sdgs
        .iter()
        .map(|&sdg| GoalTargets {
            badge: SdgBadge::from(sdg),
            on_un_site: text_with(
                "commitment-target-on-un-site",
                &[("number", sdg.number().into())],
            ),
            un_url: format!("https://sdgs.un.org/goals/goal{}", sdg.number()),
            targets: c
                .targets
                .iter()
                .filter(|t| t.goal() == sdg)
                .map(|t| t.code())
                .collect(),
        })
        .collect()
}

fn methods(c: &NewCommitment) -> Vec<String> {
    c.methods
        .iter()
        .map(|m| text(m.message_key()))
        .chain(c.other_methods.iter().cloned())
        .collect()
}

fn report_view(r: &ProgressReport) -> ReportView {
    let report = &r.report;
    ReportView {
        id: r.id,
        date: long_date(report.reported_on),
        status_slug: report.status.slug(),
        status_label: text(report.status.message_key()),
        percent: report.percent_complete,
        achievements: paragraphs(&report.achievements),
        challenges: paragraphs(&report.challenges),
        next_steps: paragraphs(&report.next_steps),
        hidden_reason: r.hidden_reason.as_deref().map(paragraphs),
    }
}

fn light(reporting: crate::domain::Reporting) -> ReportingLight {
    use crate::domain::Reporting::*;
    let explanation = match reporting {
        UpToDate => "commitment-reporting-up-to-date",
        Due => "commitment-reporting-due",
        Overdue => "commitment-reporting-overdue",
        Inactive => "commitment-reporting-inactive",
    };
    ReportingLight {
        slug: reporting.slug(),
        label: text(reporting.message_key()),
        explanation: text(explanation),
    }
}

/// The countries' names in the page's language, in the order the record lists them.
fn countries_in_page_language(countries: &[crate::domain::Country]) -> Vec<&'static str> {
    let lang = crate::i18n::current();
    let name = |c: &crate::domain::Country| crate::i18n::country_name_in(lang, *c);
    countries.iter().map(name).collect()
}
