//! The few columns shown for commitments that may duplicate a new registration.

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::commitments;

/// Id, title, lead entity, workflow slug and owner of one commitment.
pub type Candidate = (i64, String, String, String, Option<i64>);

/// The candidates among `ids` (at most the first `limit`), by id.
pub fn candidates(
    conn: &mut SqliteConnection,
    ids: &[i64],
    limit: usize,
) -> QueryResult<Vec<Candidate>> {
    let mut found = Vec::new();
    for chunk in ids[..ids.len().min(limit)].chunks(500) {
        let rows: Vec<Candidate> = commitments::table
            .filter(commitments::id.eq_any(chunk))
            .select((
                commitments::id,
                commitments::title,
                commitments::lead_entity,
                commitments::workflow,
                commitments::owner_id,
            ))
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}
