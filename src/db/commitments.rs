//! Writing commitments: the row and all its parts, always inside the caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::InsertStatement;
use diesel::query_dsl::methods::ExecuteDsl;
use diesel::sqlite::SqliteConnection;

use super::fulltext::{add_document, write_document};
use super::schema::{
    commitment_values, commitments, deliverables, partners, progress_reports, resources,
    workflow_events,
};
use crate::domain::text::fold;
use crate::domain::{NewCommitment, NewProgressReport, Workflow};

/// What the registry adds to a commitment's content when storing it.
#[derive(Debug, Clone)]
pub struct CommitmentMeta {
    /// A fixed id (import `--keep-ids`); `None` lets the database choose.
    pub id: Option<i64>,
    pub workflow: Workflow,
    pub owner_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

/// The columns that hold a commitment's content (inserted, and replaced by an edit).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = commitments)]
#[diesel(treat_none_as_null = true)]
struct ContentColumns<'a> {
    title: &'a str,
    title_sort: String,
    category: &'a str,
    objective: &'a str,
    stakeholders: &'a str,
    implementation: &'a str,
    results: &'a str,
    enabling_factors: &'a str,
    sustainability: &'a str,
    other_sources: &'a str,
    start_date: chrono::NaiveDate,
    completion_date: Option<chrono::NaiveDate>,
    geographical_coverage: &'a str,
    lead_entity: &'a str,
    entity_type: &'a str,
    contact_name: &'a str,
    contact_position: &'a str,
    contact_email: &'a str,
    contact_phone: &'a str,
    contact_public: bool,
    language: &'a str,
}

impl<'a> ContentColumns<'a> {
    fn new(c: &'a NewCommitment) -> Self {
        ContentColumns {
            title: &c.title,
            title_sort: fold(&c.title),
            category: c.category.slug(),
            objective: &c.objective,
            stakeholders: &c.stakeholders,
            implementation: &c.implementation,
            results: &c.results,
            enabling_factors: &c.enabling_factors,
            sustainability: &c.sustainability,
            other_sources: &c.other_sources,
            start_date: c.start_date,
            completion_date: c.completion_date,
            geographical_coverage: &c.geographical_coverage,
            lead_entity: &c.lead_entity,
            entity_type: c.entity_type.slug(),
            contact_name: &c.contact.name,
            contact_position: &c.contact.position,
            contact_email: &c.contact.email,
            contact_phone: &c.contact.phone,
            contact_public: c.contact.public,
            language: c.language.map_or("", crate::domain::Language::code),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = commitments)]
struct NewCommitmentRow<'a> {
    id: Option<i64>,
    #[diesel(embed)]
    content: ContentColumns<'a>,
    workflow: &'a str,
    owner_id: Option<i64>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
}

impl<'a> NewCommitmentRow<'a> {
    fn new(c: &'a NewCommitment, meta: &'a CommitmentMeta) -> Self {
        NewCommitmentRow {
            id: meta.id,
            content: ContentColumns::new(c),
            workflow: meta.workflow.slug(),
            owner_id: meta.owner_id,
            created_at: meta.created_at,
            updated_at: meta.updated_at,
            published_at: meta.published_at,
        }
    }
}

/// Replaces a commitment's content (row, parts and searchable text), bumping its version.
/// Call inside the caller's immediate transaction, after checking the version.
pub fn replace_content(
    conn: &mut SqliteConnection,
    id: i64,
    content: &NewCommitment,
    at: NaiveDateTime,
) -> QueryResult<i64> {
    let version: i64 = diesel::update(commitments::table.find(id))
        .set((
            ContentColumns::new(content),
            commitments::version.eq(commitments::version + 1),
            commitments::updated_at.eq(at),
        ))
        .returning(commitments::version)
        .get_result(conn)?;
    diesel::delete(commitment_values::table.filter(commitment_values::commitment_id.eq(id)))
        .execute(conn)?;
    diesel::delete(partners::table.filter(partners::commitment_id.eq(id))).execute(conn)?;
    diesel::delete(deliverables::table.filter(deliverables::commitment_id.eq(id))).execute(conn)?;
    diesel::delete(resources::table.filter(resources::commitment_id.eq(id))).execute(conn)?;
    write_parts(conn, id, content)?;
    write_document(conn, id, content)?;
    Ok(version)
}

/// Moves a commitment's version on after a change written part by part (the deliverable
/// statuses a report sets); returns the new version. Call inside the caller's transaction.
pub fn bump_version(conn: &mut SqliteConnection, id: i64) -> QueryResult<i64> {
    diesel::update(commitments::table.find(id))
        .set(commitments::version.eq(commitments::version + 1))
        .returning(commitments::version)
        .get_result(conn)
}

/// Inserts a commitment with all its parts and reports; returns its id.
/// Call inside a transaction: on error nothing must stay half-written.
pub fn insert(
    conn: &mut SqliteConnection,
    content: &NewCommitment,
    meta: &CommitmentMeta,
    reports: &[NewProgressReport],
) -> QueryResult<i64> {
    let id = diesel::insert_into(commitments::table)
        .values(NewCommitmentRow::new(content, meta))
        .returning(commitments::id)
        .get_result(conn)?;
    write_parts(conn, id, content)?;
    add_document(conn, id, content)?;
    for report in reports {
        insert_report(conn, id, report, None, meta.updated_at)?;
    }
    Ok(id)
}

/// A workflow event to record: who did what to which commitment, and why.
#[derive(Debug, Clone, Copy, Insertable)]
#[diesel(table_name = workflow_events)]
pub struct NewWorkflowEvent<'a> {
    pub commitment_id: i64,
    /// `None` when the registry itself did it (an import).
    pub actor_id: Option<i64>,
    pub event: &'a str,
    pub comment: &'a str,
    pub created_at: NaiveDateTime,
}

impl<'a> NewWorkflowEvent<'a> {
    /// `event` on commitment `commitment_id` by `actor_id` at `at`, without a comment.
    pub fn new(
        commitment_id: i64,
        actor_id: Option<i64>,
        event: &'a str,
        at: NaiveDateTime,
    ) -> Self {
        NewWorkflowEvent {
            commitment_id,
            actor_id,
            event,
            comment: "",
            created_at: at,
        }
    }

    /// The same event, explained by `comment`.
    pub fn saying(self, comment: &'a str) -> Self {
        NewWorkflowEvent { comment, ..self }
    }
}

/// Records a workflow event (who, what, why).
pub fn record_event(conn: &mut SqliteConnection, event: NewWorkflowEvent) -> QueryResult<()> {
    diesel::insert_into(workflow_events::table)
        .values(event)
        .execute(conn)?;
    Ok(())
}

/// Appends a progress report.
pub fn insert_report(
    conn: &mut SqliteConnection,
    commitment_id: i64,
    report: &NewProgressReport,
    author_id: Option<i64>,
    at: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(progress_reports::table)
        .values((
            progress_reports::commitment_id.eq(commitment_id),
            progress_reports::reported_on.eq(report.reported_on),
            progress_reports::status.eq(report.status.slug()),
            progress_reports::percent_complete.eq(report.percent_complete.map(i32::from)),
            progress_reports::achievements.eq(&report.achievements),
            progress_reports::challenges.eq(&report.challenges),
            progress_reports::next_steps.eq(&report.next_steps),
            progress_reports::author_id.eq(author_id),
            progress_reports::created_at.eq(at),
        ))
        .returning(progress_reports::id)
        .get_result(conn)
}

/// Replaces every multi-valued part of a commitment (values, partners, deliverables, resources).
/// One row per statement: single-row inserts are prepared once per connection and reused,
/// where a multi-row insert is parsed anew for each count of rows (import: 100,000 times).
fn write_parts(conn: &mut SqliteConnection, id: i64, c: &NewCommitment) -> QueryResult<()> {
    insert_each(conn, commitment_values::table, value_rows(id, c))?;
    let partner_rows = c.partners.iter().zip(0..).map(|(p, position)| {
        (
            partners::commitment_id.eq(id),
            partners::position.eq(position),
            partners::name.eq(&p.name),
            partners::entity_type.eq(p.entity_type.slug()),
        )
    });
    insert_each(conn, partners::table, partner_rows)?;
    let deliverable_rows = c.deliverables.iter().zip(0..).map(|(d, position)| {
        (
            deliverables::commitment_id.eq(id),
            deliverables::position.eq(position),
            deliverables::title.eq(&d.title),
            deliverables::due_date.eq(d.due_date),
            deliverables::status.eq(d.status.slug()),
        )
    });
    insert_each(conn, deliverables::table, deliverable_rows)?;
    let resource_rows = c.resources.iter().zip(0..).map(|(r, position)| {
        let amount = r.amount.as_ref();
        (
            resources::commitment_id.eq(id),
            resources::position.eq(position),
            resources::kind.eq(r.kind.slug()),
            resources::description.eq(&r.description),
            resources::amount.eq(amount.map(|m| i64::try_from(m.value).unwrap_or(i64::MAX))),
            resources::currency.eq(amount.map(|m| m.currency.as_str())),
        )
    });
    insert_each(conn, resources::table, resource_rows)
}

/// Inserts `rows` into `table`, one statement each (see [`write_parts`] for why).
fn insert_each<T, R>(
    conn: &mut SqliteConnection,
    table: T,
    rows: impl IntoIterator<Item = R>,
) -> QueryResult<()>
where
    T: Table + Copy,
    R: Insertable<T>,
    InsertStatement<T, R::Values>: ExecuteDsl<SqliteConnection>,
{
    for row in rows {
        diesel::insert_into(table).values(row).execute(conn)?;
    }
    Ok(())
}

#[derive(Insertable)]
#[diesel(table_name = commitment_values)]
struct ValueRow {
    commitment_id: i64,
    kind: &'static str,
    position: i32,
    value: String,
}

fn value_rows(id: i64, c: &NewCommitment) -> Vec<ValueRow> {
    let lists: [(&'static str, Vec<String>); 6] = [
        ("sdg", c.sdgs.iter().map(ToString::to_string).collect()),
        (
            "target",
            c.targets.iter().map(ToString::to_string).collect(),
        ),
        (
            "method",
            c.methods.iter().map(|m| m.slug().to_string()).collect(),
        ),
        ("other_method", c.other_methods.clone()),
        (
            "region",
            c.regions.iter().map(|r| r.slug().to_string()).collect(),
        ),
        (
            "country",
            c.countries.iter().map(|k| k.code().to_string()).collect(),
        ),
    ];
    lists
        .into_iter()
        .flat_map(|(kind, values)| {
            values
                .into_iter()
                .zip(0..)
                .map(move |(value, position)| ValueRow {
                    commitment_id: id,
                    kind,
                    position,
                    value,
                })
        })
        .collect()
}
