//! `/healthz`: the database answers (one `SELECT 1`, as SPEC says); `/healthz/ready`: the
//! data can be written too (the database and the data directory), for load balancers.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::{web, HttpResponse};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::error::storage::StorageProblem;
use crate::error::AppError;
use crate::state::AppState;

/// How long the write probe waits for another writer before the database counts as stuck.
const PROBE_BUSY_TIMEOUT_MS: u32 = 1_000;
/// What the probe file holds: enough to need a block of the disk.
const PROBE_BYTES: usize = 64 * 1024;

/// 200 `ok` after one `SELECT 1` on a pooled connection.
pub async fn check(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    state
        .db(|conn| {
            diesel::sql_query("SELECT 1").execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok"))
}

/// 200 `ready` when a write to the database (in a transaction rolled back) and a probe file
/// in the data directory both succeed; else 503 with the reason, which is logged too.
pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    let database = state.db(|conn| Ok(write_probe(conn)?)).await;
    let dir = state.settings.data_dir.clone();
    let files = match state.blocking(move || file_probe(&dir)).await {
        Ok(result) => result.map_err(AppError::from),
        Err(error) => Err(error),
    };
    let Err(error) = database.and(files) else {
        return text(HttpResponse::Ok(), "ready");
    };
    let reason = match &error {
        AppError::Unexpected(cause) => {
            StorageProblem::of(cause).map_or("the data cannot be written", StorageProblem::describe)
        }
        _ => "the data cannot be written",
    };
    tracing::error!(reason, error = ?error, "not ready: the data cannot be written");
    let mut answer = HttpResponse::ServiceUnavailable();
    answer.insert_header((actix_web::http::header::RETRY_AFTER, 30));
    text(answer, &format!("not ready: {reason}"))
}

fn text(mut builder: actix_web::HttpResponseBuilder, body: &str) -> HttpResponse {
    builder
        .content_type("text/plain; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body.to_string())
}

/// Takes the write lock and writes (a table made and dropped again by the rollback), waiting
/// at most [`PROBE_BUSY_TIMEOUT_MS`] for another writer; the connection's timeout is restored.
fn write_probe(conn: &mut SqliteConnection) -> anyhow::Result<()> {
    let normal: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(SELECT * FROM pragma_busy_timeout)",
    ))
    .get_result(conn)
    .unwrap_or(5_000);
    conn.batch_execute(&format!("PRAGMA busy_timeout = {PROBE_BUSY_TIMEOUT_MS}"))?;
    let probe = conn.batch_execute(
        "BEGIN IMMEDIATE; CREATE TABLE readiness_probe (written INTEGER); \
         INSERT INTO readiness_probe VALUES (1);",
    );
    let rolled_back = conn.batch_execute("ROLLBACK");
    conn.batch_execute(&format!("PRAGMA busy_timeout = {normal}"))?;
    probe?;
    rolled_back?;
    Ok(())
}

/// Writes, syncs and removes a probe file in the data directory.
fn file_probe(dir: &Path) -> anyhow::Result<()> {
    static PROBES: AtomicU64 = AtomicU64::new(0);
    let probe = PROBES.fetch_add(1, Ordering::Relaxed);
    let path = dir.join(format!(".ready-probe-{}-{probe}", std::process::id()));
    let written = std::fs::File::create(&path).and_then(|mut file| {
        file.write_all(&[0u8; PROBE_BYTES])?;
        file.sync_all()
    });
    let removed = std::fs::remove_file(&path);
    written?;
    removed?;
    Ok(())
}
