//! The browse page stays light: only values that still find something are offered as
//! checkboxes (a selected one always stays), every checkbox has its label, countries read A–Z.

use serde_json::{json, Value};

use crate::helpers::search::record;
use crate::helpers::*;

const AFRICAN_COUNTRIES: [&str; 12] = [
    "KE", "GH", "SN", "NG", "ET", "TZ", "UG", "RW", "ML", "CM", "ZM", "MW",
];

/// Twelve water commitments in twelve African countries, and one climate one in Peru.
fn registry() -> Vec<Value> {
    let mut records: Vec<Value> = AFRICAN_COUNTRIES
        .iter()
        .map(|code| {
            let mut r = record(&format!("Water in {code}"), &[6], &["africa"], "ngo");
            r["countries"] = json!([code]);
            r
        })
        .collect();
    let mut peru = record(
        "Climate in Peru",
        &[13],
        &["latin-america-caribbean"],
        "ngo",
    );
    peru["countries"] = json!(["PE"]);
    records.push(peru);
    records
}

fn offers(page: &str, param: &str, value: &str) -> bool {
    page.contains(&format!(
        "<input type=\"checkbox\" name=\"{param}\" value=\"{value}\""
    ))
}

#[actix_web::test]
async fn values_that_would_find_nothing_are_not_offered_but_a_selected_one_stays() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let (status, page) = app.get("/commitments?sdg=6").await;
    assert_eq!(status, 200);
    assert!(page.contains("Showing 1 to 12 of 12 commitments"));
    assert!(offers(&page, "country", "KE"));
    assert!(
        page.contains("value=\"KE\">Kenya (1)</label>"),
        "the count is in the label"
    );
    assert!(
        !offers(&page, "country", "PE"),
        "Peru has no water commitment"
    );
    assert!(offers(&page, "region", "africa"));
    assert!(!offers(&page, "region", "latin-america-caribbean"));

    let (_, page) = app.get("/commitments?sdg=6&country=PE").await;
    assert!(page.contains("No commitments found"));
    assert!(
        page.contains("name=\"country\" value=\"PE\" checked>Peru (0)</label>"),
        "the selected country stays, checked, though it finds nothing with the goal"
    );
    assert!(
        page.contains("name=\"sdg\" value=\"6\" checked>6 · Clean Water and Sanitation (0)"),
        "the selected goal stays though it finds nothing with Peru"
    );
}

#[actix_web::test]
async fn every_checkbox_is_inside_its_label_and_each_panel_has_a_legend() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let (_, page) = app.get("/commitments").await;
    let checkboxes = page.matches("<input type=\"checkbox\"").count();
    assert_eq!(
        checkboxes,
        page.matches("<label><input type=\"checkbox\"").count()
    );
    assert!(
        checkboxes >= 13 + 2 + 2,
        "countries, goals and regions at least"
    );
    for legend in [
        "Goal",
        "Region",
        "Country",
        "Lead entity type",
        "Start year",
    ] {
        assert!(
            page.contains(&format!("<legend class=\"vh\">{legend}</legend>")),
            "{legend}"
        );
    }
}

#[actix_web::test]
async fn a_long_country_list_reads_a_to_z_with_counts_in_a_box_that_can_be_filtered() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let (_, page) = app.get("/commitments").await;
    let country = page.split("<summary>Country</summary>").nth(1).unwrap();
    let country = country.split("</fieldset>").next().unwrap();
    assert!(
        country.contains("data-filterable=\"Country\""),
        "form.js adds a type-to-filter box"
    );
    let names: Vec<&str> = country
        .split("</label>")
        .filter_map(|label| label.rsplit('>').next())
        .filter(|name| !name.trim().is_empty())
        .collect();
    assert_eq!(names.len(), 13, "every country, none folded: {names:?}");
    assert_eq!(names[0], "Cameroon (1)");
    assert_eq!(names[12], "Zambia (1)");
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "A–Z");
}
