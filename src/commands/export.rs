//! `registry export`: every commitment as JSON Lines, all fields, in id order.
//!
//! Commitments are read in batches of ids in one read transaction (a consistent export while
//! others write), and each batch is written out before the next is read: memory holds one
//! batch, whatever the size of the registry.

use std::io::Write;

use anyhow::Context;
use chrono::NaiveDate;
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use indicatif::ProgressBar;

use crate::db::load::{count, find_many, ids_after};
use crate::domain::record::exchange::{commitment_to_record, Audience};

/// How many commitments are loaded per query batch.
const BATCH: i64 = 500;

/// Writes every commitment to `out`, one JSON object per line; returns how many.
pub fn export_all(
    conn: &mut SqliteConnection,
    out: &mut dyn Write,
    base_url: &str,
    today: NaiveDate,
    progress: &ProgressBar,
) -> anyhow::Result<usize> {
    let written = conn.transaction(|conn| {
        progress.set_length(u64::try_from(count(conn)?).unwrap_or(0));
        let mut written = 0;
        let mut after = i64::MIN;
        loop {
            let ids = ids_after(conn, after, BATCH).context("listing commitments")?;
            let Some(last) = ids.last() else {
                break;
            };
            after = *last;
            for commitment in find_many(conn, &ids).context("loading commitments")? {
                let record =
                    commitment_to_record(&commitment, base_url, Audience::Everything, today);
                serde_json::to_writer(&mut *out, &record).context("writing a record")?;
                out.write_all(b"\n").context("writing a record")?;
                written += 1;
            }
            progress.inc(ids.len() as u64);
        }
        Ok::<_, anyhow::Error>(written)
    })?;
    out.flush().context("writing the export")?;
    progress.finish_and_clear();
    Ok(written)
}
