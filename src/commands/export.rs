//! `registry export`: every commitment as JSON Lines, all fields, in id order.

use std::io::Write;

use anyhow::Context;
use chrono::NaiveDate;
use diesel::sqlite::SqliteConnection;
use indicatif::ProgressBar;

use crate::db::load::{all_ids, find_many};
use crate::domain::record::exchange::{commitment_to_record, Audience};

/// How many commitments are loaded per query batch.
const BATCH: usize = 500;

/// Writes every commitment to `out`, one JSON object per line; returns how many.
pub fn export_all(
    conn: &mut SqliteConnection,
    out: &mut dyn Write,
    base_url: &str,
    today: NaiveDate,
    progress: &ProgressBar,
) -> anyhow::Result<usize> {
    let ids = all_ids(conn).context("listing commitments")?;
    progress.set_length(ids.len() as u64);
    for chunk in ids.chunks(BATCH) {
        for commitment in find_many(conn, chunk).context("loading commitments")? {
            let record = commitment_to_record(&commitment, base_url, Audience::Everything, today);
            serde_json::to_writer(&mut *out, &record).context("writing a record")?;
            out.write_all(b"\n").context("writing a record")?;
        }
        progress.inc(chunk.len() as u64);
    }
    out.flush().context("writing the export")?;
    progress.finish_and_clear();
    Ok(ids.len())
}
