//! The small registry the search tests share, and how to tell escaped text from raw.

use serde_json::{json, Value};

use super::water_record;

/// A record with the given title, goals, regions and lead entity type, published.
pub fn record(title: &str, sdgs: &[u8], regions: &[&str], entity_type: &str) -> Value {
    let mut r = water_record();
    r["title"] = json!(title);
    r["sdgs"] = json!(sdgs);
    r["targets"] = json!([]);
    r["regions"] = json!(regions);
    r["countries"] = json!([]);
    r["entity_type"] = json!(entity_type);
    r["workflow"] = json!("published");
    r["published_at"] = json!("2026-01-10T10:00:00Z");
    r
}

/// Five published commitments, one submitted and one archived.
pub fn small_registry() -> Vec<Value> {
    let mut submitted = record("Hidden submitted water project", &[6], &["africa"], "ngo");
    submitted["workflow"] = json!("submitted");
    let mut archived = record("Archived water project in Africa", &[6], &["africa"], "ngo");
    archived["workflow"] = json!("archived");
    let mut completed = record(
        "Rural electrification in Côte d'Ivoire",
        &[7],
        &["africa"],
        "government",
    );
    completed["completion_date"] = json!("2020-12-31");
    completed["ongoing"] = json!(false);
    vec![
        record(
            "Clean water for schools in Kenya",
            &[6, 4],
            &["africa"],
            "ngo",
        ),
        record(
            "Water and climate resilience in Peru",
            &[6, 13],
            &["latin-america-caribbean"],
            "government",
        ),
        record(
            "Solar power for clinics",
            &[7, 3],
            &["africa", "asia-pacific"],
            "private-sector",
        ),
        completed,
        record(
            "北京市 clean air programme",
            &[11],
            &["asia-pacific"],
            "local-government",
        ),
        submitted,
        archived,
    ]
}

/// True when `page` shows `text` HTML-escaped (named or numeric entities), never raw.
pub fn contains_escaped(page: &str, text: &str) -> bool {
    let named = text.replace('<', "&lt;").replace('>', "&gt;");
    let numeric = text.replace('<', "&#60;").replace('>', "&#62;");
    !page.contains(text) && (page.contains(&named) || page.contains(&numeric))
}
