//! `/commitments.csv`: every commitment a search matches, one row each, for spreadsheets.

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::stream::{self, StreamExt};

use super::search::parse_query;
use crate::db::load::find_many;
use crate::db::DbPool;
use crate::domain::record::content_keys;
use crate::domain::Commitment;
use crate::error::AppError;
use crate::search::SearchQuery;
use crate::state::AppState;

/// The header: the record's content keys in the spec's order, the contact spelled out.
pub fn columns() -> Vec<&'static str> {
    const CONTACT: [&str; 4] = [
        "contact_name",
        "contact_position",
        "contact_email",
        "contact_phone",
    ];
    content_keys()
        .flat_map(|key| match key {
            "contact" => CONTACT.to_vec(),
            other => vec![other],
        })
        .collect()
}

/// Commitments loaded and written per step: about a megabyte of CSV.
const BATCH: usize = 500;

/// GET `/commitments.csv` with the search parameters of `/commitments` (page and per_page are
/// ignored: the file holds every match, in the search's order).
///
/// The search runs first, so that a bad parameter or a failing database answers with its own
/// status. The rows then stream: each batch is loaded and written in a blocking task when the
/// client has taken the previous one, so memory holds one batch whatever the number of rows.
pub async fn download(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let query = parse_query(&request).map_err(|e| AppError::BadRequest(e.message))?;
    let everything = SearchQuery {
        page: 1,
        per_page: u32::MAX,
        ..query
    };
    let engine = state.search.clone();
    let today = state.today();
    let ids = state
        .db(move |conn| Ok(engine.search(conn, &everything, today)?.page_ids))
        .await?;
    let header = csv_bytes(std::iter::once(columns().into_iter().map(String::from)))?;
    let rows = stream::unfold((state.pool.clone(), ids, 0), next_batch);
    let body = stream::once(async move { Ok(header) }).chain(rows);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"commitments.csv\"",
        ))
        .streaming(body))
}

/// The rows of the next batch of `ids` from `done` on, and the state after it.
async fn next_batch(
    (pool, ids, done): (DbPool, Vec<i64>, usize),
) -> Option<(Result<Bytes, AppError>, (DbPool, Vec<i64>, usize))> {
    if done >= ids.len() {
        return None;
    }
    let end = (done + BATCH).min(ids.len());
    let batch = ids[done..end].to_vec();
    let job_pool = pool.clone();
    let chunk = web::block(move || -> Result<Bytes, AppError> {
        let commitments = find_many(&mut *job_pool.get()?, &batch)?;
        csv_bytes(commitments.iter().map(row))
    })
    .await
    .map_err(AppError::from)
    .and_then(|chunk| chunk);
    if let Err(error) = &chunk {
        tracing::error!(error = %error, "the CSV download stopped");
    }
    // After an error the stream ends with it, which breaks the connection: a truncated file
    // is never mistaken for a whole one.
    let next = if chunk.is_ok() { end } else { ids.len() };
    Some((chunk, (pool, ids, next)))
}

/// Rows as CSV text.
fn csv_bytes<R, C>(rows: R) -> Result<Bytes, AppError>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut out = csv::Writer::from_writer(Vec::new());
    for cells in rows {
        out.write_record(cells)
            .map_err(|e| AppError::Unexpected(anyhow::anyhow!("writing CSV: {e}")))?;
    }
    out.into_inner()
        .map(Bytes::from)
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("writing CSV: {e}")))
}

fn joined<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// One commitment as CSV cells, in [`columns`] order; private contact details left empty.
fn row(c: &Commitment) -> Vec<String> {
    let k = &c.content;
    let public = k.contact.public;
    vec![
        k.title.clone(),
        k.category.slug().into(),
        k.objective.clone(),
        k.stakeholders.clone(),
        joined(
            k.partners
                .iter()
                .map(|p| format!("{} ({})", p.name, p.entity_type.slug())),
        ),
        k.implementation.clone(),
        k.results.clone(),
        k.enabling_factors.clone(),
        k.sustainability.clone(),
        k.other_sources.clone(),
        joined(&k.sdgs),
        joined(&k.targets),
        joined(k.methods.iter().map(|m| m.slug())),
        joined(&k.other_methods),
        k.start_date.to_string(),
        k.completion_date.map(|d| d.to_string()).unwrap_or_default(),
        k.completion_date.is_none().to_string(),
        joined(k.regions.iter().map(|r| r.slug())),
        joined(k.countries.iter().map(|r| r.code())),
        k.geographical_coverage.clone(),
        k.lead_entity.clone(),
        k.entity_type.slug().into(),
        k.contact.name.clone(),
        k.contact.position.clone(),
        if public {
            k.contact.email.clone()
        } else {
            String::new()
        },
        if public {
            k.contact.phone.clone()
        } else {
            String::new()
        },
        joined(k.deliverables.iter().map(|d| &d.title)),
        joined(k.resources.iter().map(|r| &r.description)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_follow_the_record_with_the_contact_spelled_out() {
        let columns = columns();
        assert_eq!(columns.len(), 28);
        assert_eq!(columns[0], "title");
        assert_eq!(
            columns[22..26],
            [
                "contact_name",
                "contact_position",
                "contact_email",
                "contact_phone"
            ]
        );
        assert_eq!(columns.last(), Some(&"resources"));
    }

    #[test]
    fn every_row_has_a_cell_per_column() {
        let record = crate::demo::generate(1, 1).next().unwrap();
        let content = crate::domain::NewCommitment::parse(&record).unwrap();
        let c = Commitment {
            id: 1,
            content,
            workflow: crate::domain::Workflow::Published,
            owner_id: None,
            version: 1,
            created_at: chrono::NaiveDateTime::default(),
            updated_at: chrono::NaiveDateTime::default(),
            published_at: None,
            reports: Vec::new(),
        };
        assert_eq!(row(&c).len(), columns().len());
    }
}
