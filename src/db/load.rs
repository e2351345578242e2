//! Reading commitments back: typed columns and parts assembled into domain values, many at a time.
//!
//! Values go straight from their stored types into the domain's (slugs through the
//! vocabularies' `from_slug`, dates and amounts as they are), never back through strings and
//! the form parser. A value that no vocabulary knows is a clear error naming the commitment.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel::sqlite::SqliteConnection;

use super::id_set::{IdArray, IdsBind, InIds, OneId};
use super::schema::{
    commitment_values, commitments, deliverables, partners, progress_reports, resources,
};
use crate::domain::{
    Category, Commitment, Contact, Country, Deliverable, DeliverableStatus, EntityType, Method,
    Money, NewCommitment, NewProgressReport, Partner, ProgressReport, Region, ReportStatus,
    Resource, ResourceKind, Sdg, Target, Workflow,
};

/// A commitment's own row, as stored.
#[derive(Queryable, Selectable)]
#[diesel(table_name = commitments)]
struct StoredCommitmentRow {
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
    language: String,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = progress_reports)]
struct StoredReportRow {
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

/// The multi-valued parts of one commitment, typed, in their stored order.
#[derive(Default)]
struct PartLists {
    sdgs: Vec<Sdg>,
    targets: Vec<Target>,
    methods: Vec<Method>,
    other_methods: Vec<String>,
    regions: Vec<Region>,
    countries: Vec<Country>,
    partners: Vec<Partner>,
    deliverables: Vec<Deliverable>,
    resources: Vec<Resource>,
    reports: Vec<ProgressReport>,
}

/// The parts of many commitments, by commitment id.
type Parts = HashMap<i64, PartLists>;

/// One commitment with everything it holds, or `None` when there is no such id.
pub fn find(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<Commitment>> {
    Ok(find_many(conn, &[id])?.into_iter().next())
}

/// The commitments with these ids, in the order given (unknown ids are skipped).
pub fn find_many(conn: &mut SqliteConnection, ids: &[i64]) -> QueryResult<Vec<Commitment>> {
    match ids {
        [id] => find_bound(conn, ids, &OneId(*id)),
        _ => find_bound(conn, ids, &IdArray::of(ids)),
    }
}

/// [`find_many`] with the ids bound in the form `bound` gives them (one statement per form).
fn find_bound<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &[i64],
    bound: &B,
) -> QueryResult<Vec<Commitment>> {
    let rows: Vec<StoredCommitmentRow> = commitments::table
        .filter(InIds::new(commitments::id, bound.clone()))
        .select(StoredCommitmentRow::as_select())
        .load(conn)?;
    let mut parts = load_parts(conn, bound)?;
    let mut by_id: HashMap<i64, Commitment> = HashMap::with_capacity(rows.len());
    for row in rows {
        let lists = parts.remove(&row.id).unwrap_or_default();
        let commitment = assemble(row, lists)?;
        by_id.insert(commitment.id, commitment);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// The next `limit` commitment ids after `after`, ascending (to walk every commitment in
/// batches without holding all ids).
pub fn ids_after(conn: &mut SqliteConnection, after: i64, limit: i64) -> QueryResult<Vec<i64>> {
    commitments::table
        .filter(commitments::id.gt(after))
        .select(commitments::id)
        .order(commitments::id.asc())
        .limit(limit)
        .load(conn)
}

/// How many commitments there are, whatever their workflow.
pub fn count(conn: &mut SqliteConnection) -> QueryResult<i64> {
    commitments::table.count().get_result(conn)
}

fn load_parts<B: IdsBind>(conn: &mut SqliteConnection, ids: &B) -> QueryResult<Parts> {
    let mut parts = Parts::new();
    load_values(conn, ids, &mut parts)?;
    let partner_rows: Vec<(i64, String, String)> = partners::table
        .filter(InIds::new(partners::commitment_id, ids.clone()))
        .order((partners::commitment_id, partners::position))
        .select((
            partners::commitment_id,
            partners::name,
            partners::entity_type,
        ))
        .load(conn)?;
    for (id, name, entity_type) in partner_rows {
        let entity_type = known(
            id,
            "partner entity type",
            &entity_type,
            EntityType::from_slug,
        )?;
        let partner = Partner { name, entity_type };
        parts.entry(id).or_default().partners.push(partner);
    }
    load_deliverables(conn, ids, &mut parts)?;
    load_resources(conn, ids, &mut parts)?;
    load_reports(conn, ids, &mut parts)?;
    Ok(parts)
}

/// Goals, targets, methods, regions and countries: one stored row per value.
fn load_values<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &B,
    parts: &mut Parts,
) -> QueryResult<()> {
    for (id, kind, value) in value_rows(conn, ids)? {
        let lists = parts.entry(id).or_default();
        match kind.as_str() {
            "sdg" => lists.sdgs.push(known(id, "SDG", &value, read_sdg)?),
            "target" => lists
                .targets
                .push(known(id, "target", &value, Target::parse)?),
            "method" => lists
                .methods
                .push(known(id, "method", &value, Method::from_slug)?),
            "other_method" => lists.other_methods.push(value),
            "region" => lists
                .regions
                .push(known(id, "region", &value, Region::from_slug)?),
            "country" => lists
                .countries
                .push(known(id, "country", &value, Country::from_code)?),
            other => return Err(corrupt(id, &format!("a value of unknown kind \"{other}\""))),
        }
    }
    Ok(())
}

/// `(commitment id, kind, value)` of the commitments' stored values, in their stored order.
fn value_rows<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &B,
) -> QueryResult<Vec<(i64, String, String)>> {
    commitment_values::table
        .filter(InIds::new(commitment_values::commitment_id, ids.clone()))
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
        .load(conn)
}

fn read_sdg(value: &str) -> Option<Sdg> {
    value.parse::<u8>().ok().and_then(Sdg::new)
}

fn load_deliverables<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &B,
    parts: &mut Parts,
) -> QueryResult<()> {
    let rows: Vec<(i64, String, NaiveDate, String)> = deliverables::table
        .filter(InIds::new(deliverables::commitment_id, ids.clone()))
        .order((deliverables::commitment_id, deliverables::position))
        .select((
            deliverables::commitment_id,
            deliverables::title,
            deliverables::due_date,
            deliverables::status,
        ))
        .load(conn)?;
    for (id, title, due_date, status) in rows {
        let status = known(
            id,
            "deliverable status",
            &status,
            DeliverableStatus::from_slug,
        )?;
        let deliverable = Deliverable {
            title,
            due_date,
            status,
        };
        parts.entry(id).or_default().deliverables.push(deliverable);
    }
    Ok(())
}

fn load_resources<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &B,
    parts: &mut Parts,
) -> QueryResult<()> {
    type ResourceRow = (i64, String, String, Option<i64>, Option<String>);
    let rows: Vec<ResourceRow> = resources::table
        .filter(InIds::new(resources::commitment_id, ids.clone()))
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
        let resource = Resource {
            kind: known(id, "resource kind", &kind, ResourceKind::from_slug)?,
            description,
            amount: money(id, amount, currency)?,
        };
        parts.entry(id).or_default().resources.push(resource);
    }
    Ok(())
}

fn load_reports<B: IdsBind>(
    conn: &mut SqliteConnection,
    ids: &B,
    parts: &mut Parts,
) -> QueryResult<()> {
    let rows: Vec<StoredReportRow> = progress_reports::table
        .filter(InIds::new(progress_reports::commitment_id, ids.clone()))
        .order((
            progress_reports::commitment_id,
            progress_reports::reported_on,
            progress_reports::id,
        ))
        .select(StoredReportRow::as_select())
        .load(conn)?;
    for row in rows {
        let id = row.commitment_id;
        let status = known(id, "report status", &row.status, ReportStatus::from_slug)?;
        let percent_complete = match row.percent_complete {
            None => None,
            Some(p) => Some(u8::try_from(p).map_err(|_| corrupt(id, "a report percentage"))?),
        };
        let report = ProgressReport {
            id: row.id,
            report: NewProgressReport {
                reported_on: row.reported_on,
                status,
                percent_complete,
                achievements: row.achievements,
                challenges: row.challenges,
                next_steps: row.next_steps,
            },
            created_at: row.created_at,
            hidden_reason: row.hidden_reason,
        };
        parts.entry(id).or_default().reports.push(report);
    }
    Ok(())
}

/// Builds the domain value from the typed row and its parts.
fn assemble(row: StoredCommitmentRow, lists: PartLists) -> QueryResult<Commitment> {
    let id = row.id;
    let content = NewCommitment {
        title: row.title,
        category: known(id, "category", &row.category, Category::from_slug)?,
        objective: row.objective,
        stakeholders: row.stakeholders,
        implementation: row.implementation,
        results: row.results,
        enabling_factors: row.enabling_factors,
        sustainability: row.sustainability,
        other_sources: row.other_sources,
        sdgs: lists.sdgs,
        targets: lists.targets,
        methods: lists.methods,
        other_methods: lists.other_methods,
        start_date: row.start_date,
        completion_date: row.completion_date,
        regions: lists.regions,
        countries: lists.countries,
        geographical_coverage: row.geographical_coverage,
        lead_entity: row.lead_entity,
        entity_type: known(id, "entity type", &row.entity_type, EntityType::from_slug)?,
        contact: Contact {
            name: row.contact_name,
            position: row.contact_position,
            email: row.contact_email,
            phone: row.contact_phone,
            public: row.contact_public,
        },
        partners: lists.partners,
        deliverables: lists.deliverables,
        resources: lists.resources,
        // Stored codes were checked when saved; one no longer known reads as "not stated".
        language: crate::domain::Language::from_code(&row.language),
    };
    Ok(Commitment {
        id,
        content,
        workflow: known(id, "workflow", &row.workflow, Workflow::from_slug)?,
        owner_id: row.owner_id,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
        published_at: row.published_at,
        reports: lists.reports,
    })
}

/// Reads a stored value with `read`, or fails naming the commitment, the field and the value.
/// A resource's stored amount and currency: both or neither (the table's check says so too).
fn money(id: i64, amount: Option<i64>, currency: Option<String>) -> QueryResult<Option<Money>> {
    match (amount, currency) {
        (Some(amount), Some(currency)) => Ok(Some(Money {
            value: u64::try_from(amount).map_err(|_| corrupt(id, "a negative amount"))?,
            currency,
        })),
        (None, None) => Ok(None),
        _ => Err(corrupt(id, "an amount without its currency")),
    }
}

pub(super) fn known<T>(
    id: i64,
    what: &str,
    value: &str,
    read: impl Fn(&str) -> Option<T>,
) -> QueryResult<T> {
    read(value).ok_or_else(|| corrupt(id, &format!("{what} \"{value}\" is not a known value")))
}

fn corrupt(id: i64, what: &str) -> DieselError {
    DieselError::DeserializationError(format!("commitment {id} holds invalid data: {what}").into())
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
