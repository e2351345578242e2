//! Reading commitments back: rows and parts assembled into domain values, many at a time.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel::sqlite::SqliteConnection;

use super::schema::{
    commitment_values, commitments, deliverables, partners, progress_reports, resources,
};
use crate::domain::{
    Commitment, CommitmentInput, ContactInput, DeliverableInput, NewCommitment, NewProgressReport,
    PartnerInput, ProgressReport, ReportStatus, ResourceInput, Workflow,
};

#[derive(Queryable, Selectable)]
#[diesel(table_name = commitments)]
struct CommitmentRow {
    id: i64,
    title: String,
    category: String,
    objective: String,
    stakeholders: String,
    implementation: String,
    results: String,
    enabling_factors: String,
    sustainability: String,
    other_sources: String,
    start_date: NaiveDate,
    completion_date: Option<NaiveDate>,
    geographical_coverage: String,
    lead_entity: String,
    entity_type: String,
    contact_name: String,
    contact_position: String,
    contact_email: String,
    contact_phone: String,
    contact_public: bool,
    workflow: String,
    owner_id: Option<i64>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = progress_reports)]
struct ReportRow {
    id: i64,
    commitment_id: i64,
    reported_on: NaiveDate,
    status: String,
    percent_complete: Option<i32>,
    achievements: String,
    challenges: String,
    next_steps: String,
    hidden_reason: Option<String>,
    created_at: NaiveDateTime,
}

/// The parts of many commitments, grouped by commitment id.
#[derive(Default)]
struct Parts {
    values: HashMap<i64, Vec<(String, String)>>,
    partners: HashMap<i64, Vec<PartnerInput>>,
    deliverables: HashMap<i64, Vec<DeliverableInput>>,
    resources: HashMap<i64, Vec<ResourceInput>>,
    reports: HashMap<i64, Vec<ProgressReport>>,
}

/// One commitment with everything it holds, or `None` when there is no such id.
pub fn find(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<Commitment>> {
    Ok(find_many(conn, &[id])?.into_iter().next())
}

/// The commitments with these ids, in the order given (unknown ids are skipped).
pub fn find_many(conn: &mut SqliteConnection, ids: &[i64]) -> QueryResult<Vec<Commitment>> {
    let rows: Vec<CommitmentRow> = commitments::table
        .filter(commitments::id.eq_any(ids))
        .select(CommitmentRow::as_select())
        .load(conn)?;
    let mut parts = load_parts(conn, ids)?;
    let mut by_id: HashMap<i64, Commitment> = HashMap::with_capacity(rows.len());
    for row in rows {
        let commitment = assemble(row, &mut parts)?;
        by_id.insert(commitment.id, commitment);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// Every commitment id, ascending.
pub fn all_ids(conn: &mut SqliteConnection) -> QueryResult<Vec<i64>> {
    commitments::table
        .select(commitments::id)
        .order(commitments::id.asc())
        .load(conn)
}

fn load_parts(conn: &mut SqliteConnection, ids: &[i64]) -> QueryResult<Parts> {
    let mut parts = Parts::default();
    let values: Vec<(i64, String, String)> = commitment_values::table
        .filter(commitment_values::commitment_id.eq_any(ids))
        .order((
            commitment_values::commitment_id,
            commitment_values::kind,
            commitment_values::position,
        ))
        .select((
            commitment_values::commitment_id,
            commitment_values::kind,
            commitment_values::value,
        ))
        .load(conn)?;
    for (id, kind, value) in values {
        parts.values.entry(id).or_default().push((kind, value));
    }
    let partner_rows: Vec<(i64, String, String)> = partners::table
        .filter(partners::commitment_id.eq_any(ids))
        .order((partners::commitment_id, partners::position))
        .select((
            partners::commitment_id,
            partners::name,
            partners::entity_type,
        ))
        .load(conn)?;
    for (id, name, entity_type) in partner_rows {
        parts
            .partners
            .entry(id)
            .or_default()
            .push(PartnerInput { name, entity_type });
    }
    load_deliverables_and_resources(conn, ids, &mut parts)?;
    load_reports(conn, ids, &mut parts)?;
    Ok(parts)
}

fn load_deliverables_and_resources(
    conn: &mut SqliteConnection,
    ids: &[i64],
    parts: &mut Parts,
) -> QueryResult<()> {
    let rows: Vec<(i64, String, NaiveDate, String)> = deliverables::table
        .filter(deliverables::commitment_id.eq_any(ids))
        .order((deliverables::commitment_id, deliverables::position))
        .select((
            deliverables::commitment_id,
            deliverables::title,
            deliverables::due_date,
            deliverables::status,
        ))
        .load(conn)?;
    for (id, title, due, status) in rows {
        let row = DeliverableInput {
            title,
            due_date: due.to_string(),
            status,
        };
        parts.deliverables.entry(id).or_default().push(row);
    }
    let rows: Vec<(i64, String, String, i64, String)> = resources::table
        .filter(resources::commitment_id.eq_any(ids))
        .order((resources::commitment_id, resources::position))
        .select((
            resources::commitment_id,
            resources::kind,
            resources::description,
            resources::amount,
            resources::currency,
        ))
        .load(conn)?;
    for (id, kind, description, amount, currency) in rows {
        let row = ResourceInput {
            kind,
            description,
            amount: amount.to_string(),
            currency,
        };
        parts.resources.entry(id).or_default().push(row);
    }
    Ok(())
}

fn load_reports(conn: &mut SqliteConnection, ids: &[i64], parts: &mut Parts) -> QueryResult<()> {
    let rows: Vec<ReportRow> = progress_reports::table
        .filter(progress_reports::commitment_id.eq_any(ids))
        .order((
            progress_reports::commitment_id,
            progress_reports::reported_on,
            progress_reports::id,
        ))
        .select(ReportRow::as_select())
        .load(conn)?;
    for row in rows {
        let status = ReportStatus::from_slug(&row.status)
            .ok_or_else(|| corrupt(row.commitment_id, "report status"))?;
        let report = ProgressReport {
            id: row.id,
            report: NewProgressReport {
                reported_on: row.reported_on,
                status,
                percent_complete: row.percent_complete.and_then(|p| u8::try_from(p).ok()),
                achievements: row.achievements,
                challenges: row.challenges,
                next_steps: row.next_steps,
            },
            created_at: row.created_at,
            hidden_reason: row.hidden_reason,
        };
        parts
            .reports
            .entry(row.commitment_id)
            .or_default()
            .push(report);
    }
    Ok(())
}

/// Builds the domain value, checking the stored data against the rules once more.
fn assemble(row: CommitmentRow, parts: &mut Parts) -> QueryResult<Commitment> {
    let id = row.id;
    let values = parts.values.remove(&id).unwrap_or_default();
    let list = |kind: &str| -> Vec<String> {
        values
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let input = CommitmentInput {
        sdgs: list("sdg"),
        targets: list("target"),
        methods: list("method"),
        other_methods: list("other_method"),
        regions: list("region"),
        countries: list("country"),
        partners: parts.partners.remove(&id).unwrap_or_default(),
        deliverables: parts.deliverables.remove(&id).unwrap_or_default(),
        resources: parts.resources.remove(&id).unwrap_or_default(),
        start_date: row.start_date.to_string(),
        completion_date: row
            .completion_date
            .map(|d| d.to_string())
            .unwrap_or_default(),
        ongoing: Some(row.completion_date.is_none()),
        contact: ContactInput {
            name: row.contact_name,
            position: row.contact_position,
            email: row.contact_email,
            phone: row.contact_phone,
            public: row.contact_public,
        },
        title: row.title,
        category: row.category,
        objective: row.objective,
        stakeholders: row.stakeholders,
        implementation: row.implementation,
        results: row.results,
        enabling_factors: row.enabling_factors,
        sustainability: row.sustainability,
        other_sources: row.other_sources,
        geographical_coverage: row.geographical_coverage,
        lead_entity: row.lead_entity,
        entity_type: row.entity_type,
    };
    let content = NewCommitment::parse(&input).map_err(|e| corrupt(id, &e.to_string()))?;
    let workflow = Workflow::from_slug(&row.workflow).ok_or_else(|| corrupt(id, "workflow"))?;
    Ok(Commitment {
        id,
        content,
        workflow,
        owner_id: row.owner_id,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
        published_at: row.published_at,
        reports: parts.reports.remove(&id).unwrap_or_default(),
    })
}

fn corrupt(id: i64, what: &str) -> DieselError {
    DieselError::DeserializationError(format!("commitment {id} holds invalid data: {what}").into())
}
