//! `/commitments.csv`: every commitment a search matches, one row each, for spreadsheets.

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::stream::{self, StreamExt};

use super::search::parse_query;
use crate::db::load::find_many;
use crate::db::DbPool;
use crate::domain::record::{content_keys, format_timestamp};
use crate::domain::Commitment;
use crate::error::AppError;
use crate::search::SearchQuery;
use crate::state::AppState;

/// The header: `id`, `url`, the record's content keys in the spec's order (the contact spelled
/// out), then `status`, `reporting` and `published_at`.
pub fn columns() -> Vec<&'static str> {
    const CONTACT: [&str; 4] = [
        "contact_name",
        "contact_position",
        "contact_email",
        "contact_phone",
    ];
    let content = content_keys().flat_map(|key| match key {
        "contact" => CONTACT.to_vec(),
        other => vec![other],
    });
    ["id", "url"]
        .into_iter()
        .chain(content)
        .chain(["status", "reporting", "published_at"])
        .collect()
}

/// Characters that make a spreadsheet read a cell as a formula when it starts with one.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written, or with a leading `'` when a spreadsheet would take it for a formula
/// (`=HYPERLINK(..)`, `+1+1`, `@SUM(..)`): the text stays readable and is never run.
fn defused(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
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
    let written = Written {
        base_url: state.settings.public_url.clone().into(),
        today,
    };
    let ids = state
        .db(move |conn| Ok(engine.search(conn, &everything, today)?.page_ids))
        .await?;
    let header = csv_bytes(std::iter::once(columns().into_iter().map(String::from)))?;
    let rows = stream::unfold((state.pool.clone(), ids, 0, written), next_batch);
    let body = stream::once(async move { Ok(header) }).chain(rows);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"commitments.csv\"",
        ))
        .streaming(body))
}

/// What the derived cells of every row are computed with.
#[derive(Clone)]
struct Written {
    /// Where each row's `url` points (`REGISTRY_PUBLIC_URL`).
    base_url: std::sync::Arc<str>,
    /// The day `status` and `reporting` are computed for: the search's.
    today: chrono::NaiveDate,
}

/// Where the download stands: the pool, every id to write, how many are done, and how.
type Progress = (DbPool, Vec<i64>, usize, Written);

/// The rows of the next batch of `ids` from `done` on, and the state after it.
async fn next_batch(
    (pool, ids, done, written): Progress,
) -> Option<(Result<Bytes, AppError>, Progress)> {
    if done >= ids.len() {
        return None;
    }
    let end = (done + BATCH).min(ids.len());
    let batch = ids[done..end].to_vec();
    let job_pool = pool.clone();
    let how = written.clone();
    let chunk = web::block(move || -> Result<Bytes, AppError> {
        let commitments = find_many(&mut *job_pool.get()?, &batch)?;
        csv_bytes(commitments.iter().map(|c| row(c, &how)))
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
    Some((chunk, (pool, ids, next, written)))
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

/// One commitment as CSV cells, in [`columns`] order; private contact details left empty, and
/// every cell defused against formulas.
fn row(c: &Commitment, how: &Written) -> Vec<String> {
    let k = &c.content;
    let public = k.contact.public;
    let cells = vec![
        c.id.to_string(),
        format!(
            "{}/commitments/{}",
            how.base_url.trim_end_matches('/'),
            c.id
        ),
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
        k.language.map(|l| l.code().to_string()).unwrap_or_default(),
        c.status(how.today).slug().into(),
        c.reporting(how.today)
            .map(|r| r.slug().to_string())
            .unwrap_or_default(),
        c.published_at.map(format_timestamp).unwrap_or_default(),
    ];
    cells.into_iter().map(defused).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_follow_the_record_with_the_contact_spelled_out() {
        let columns = columns();
        assert_eq!(columns.len(), 34);
        assert_eq!(columns[..3], ["id", "url", "title"]);
        assert_eq!(
            columns[24..28],
            [
                "contact_name",
                "contact_position",
                "contact_email",
                "contact_phone"
            ]
        );
        assert_eq!(
            columns[28..],
            [
                "deliverables",
                "resources",
                "language",
                "status",
                "reporting",
                "published_at"
            ]
        );
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
        let how = Written {
            base_url: "http://example.org/".into(),
            today: chrono::NaiveDate::default(),
        };
        let cells = row(&c, &how);
        assert_eq!(cells.len(), columns().len());
        assert_eq!(cells[..2], ["1", "http://example.org/commitments/1"]);
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_quote() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(defused(cell.to_string()), format!("'{cell}"));
        }
        for cell in ["Water for all", "", "1-2", " =1", "'quoted"] {
            assert_eq!(defused(cell.to_string()), cell);
        }
    }
}
