//! Search filters through the page and the API: exact, disjunctive facet counts, bad and
//! unknown parameters, paging, the filter chips and the statistics that count the same.

use serde_json::Value;

use crate::helpers::api::{api, titles};
use crate::helpers::search::*;
use crate::helpers::*;

#[actix_web::test]
async fn facet_counts_of_a_small_registry_are_exact_and_disjunctive() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (status, all) = api(&app, "").await;
    assert_eq!(status, 200);
    assert_eq!(all["total"], 5, "submitted and archived never count");
    assert_eq!(all["facets"]["sdg"]["6"], 2);
    assert_eq!(all["facets"]["sdg"]["7"], 2);
    assert_eq!(all["facets"]["region"]["africa"], 3);
    assert_eq!(all["facets"]["status"]["completed"], 1);
    assert_eq!(all["facets"]["status"]["ongoing"], 4);

    let (_, filtered) = api(&app, "region=africa&sdg=6&sdg=7").await;
    assert_eq!(filtered["total"], 3, "(6 or 7) and africa");
    // Region counts ignore the region filter but keep the sdg one: sdg 6 or 7 → 4 commitments.
    assert_eq!(filtered["facets"]["region"]["africa"], 3);
    assert_eq!(filtered["facets"]["region"]["latin-america-caribbean"], 1);
    assert_eq!(filtered["facets"]["region"]["asia-pacific"], 1);
    // Goal counts ignore the goal filter but keep the region one: the 3 African ones.
    assert_eq!(filtered["facets"]["sdg"]["6"], 1);
    assert_eq!(filtered["facets"]["sdg"]["7"], 2);
    assert_eq!(filtered["facets"]["sdg"]["11"], 0);
    assert_eq!(filtered["facets"]["entity_type"]["ngo"], 1);
}

#[actix_web::test]
async fn every_vocabulary_value_is_present_in_the_facets() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (_, body) = api(&app, "").await;
    let facets = &body["facets"];
    assert_eq!(facets["sdg"].as_object().unwrap().len(), 17);
    assert_eq!(facets["region"].as_object().unwrap().len(), 7);
    assert!(facets["country"].as_object().unwrap().len() >= 249);
    assert_eq!(facets["entity_type"].as_object().unwrap().len(), 12);
    assert_eq!(facets["category"].as_object().unwrap().len(), 3);
    assert_eq!(facets["method"].as_object().unwrap().len(), 7);
    assert_eq!(facets["status"].as_object().unwrap().len(), 2);
    assert_eq!(facets["reporting"].as_object().unwrap().len(), 4);
    assert_eq!(facets["country"]["ZW"], 0);
}

/// How the search page's error summary names parameter `param`.
fn named_on_page(param: &str) -> &'static str {
    match param {
        "region" => "Region: ",
        "sdg" => "Goal: ",
        "page" => "Page must be",
        "per_page" => "Results per page",
        "country" => "Country: ",
        "entity_type" => "Lead entity type: ",
        "category" => "Category: ",
        "method" => "Means of implementation: ",
        "status" => "Status: ",
        "reporting" => "Reporting: ",
        "target" => "Target “",
        "start_from" => "Start year “From”",
        "start_to" => "Start year “To”",
        "sort" => "Sort order",
        _ => "Search text",
    }
}

#[actix_web::test]
async fn bad_values_of_known_parameters_are_400s_naming_them() {
    let app = spawn_app().await;
    for (query, param) in [
        ("region=atlantis", "region"),
        ("sdg=18", "sdg"),
        ("page=0", "page"),
        ("per_page=101", "per_page"),
        ("country=XX", "country"),
        ("entity_type=alien", "entity_type"),
        ("category=wish", "category"),
        ("method=magic", "method"),
        ("status=paused", "status"),
        ("reporting=late", "reporting"),
        ("target=6.9", "target"),
        ("start_from=1900", "start_from"),
        ("start_to=next", "start_to"),
        ("sort=random", "sort"),
        ("country=ke", "country"),
        ("q=water&q=sanitation", "q"),
        ("per_page=5&per_page=1", "per_page"),
    ] {
        let (status, page) = app.get(&format!("/commitments?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(
            page.contains("There is a problem") && page.contains(named_on_page(param)),
            "{query}: the page's error summary names the parameter"
        );
        let (status, body) = api(&app, query).await;
        assert_eq!(status, 400, "API {query}");
        assert_eq!(body["error"]["status"], 400);
        assert_eq!(body["error"]["field"], param, "API {query}");
        assert!(body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with(param));
    }
}

#[actix_web::test]
async fn unknown_parameters_are_ignored() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (status, body) = api(&app, "utm_source=x&fbclid=abc").await;
    assert_eq!(status, 200);
    assert_eq!(body["total"], 5);
    assert_eq!(app.get("/commitments?utm_source=x").await.0, 200);
}

#[actix_web::test]
async fn the_page_shows_counts_chips_and_a_way_back_from_no_results() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (_, page) = app.get("/commitments?region=africa&sdg=6").await;
    assert!(page.contains("Showing 1 to 1 of 1 commitment"));
    assert!(page.contains("6 · Clean Water and Sanitation (1)"));
    assert!(page.contains("Africa (1)"));
    assert!(page.contains("Region: Africa"));
    assert!(
        page.contains("href=\"/commitments?sdg=6\""),
        "the region chip removes only the region"
    );
    assert!(page.contains("Clear all filters"));

    let (_, empty) = app
        .get("/commitments?region=latin-america-caribbean&sdg=7")
        .await;
    assert!(empty.contains("No commitments found"));
    assert!(
        empty.contains("Remove the goal filter (7 · Affordable and Clean Energy)</a> (1 result)")
    );
    assert!(empty
        .contains("Remove the region filter (Latin America and the Caribbean)</a> (2 results)"));
}

#[actix_web::test]
async fn pages_and_per_page_slice_the_results() {
    let records: Vec<Value> = (0..7)
        .map(|i| record(&format!("Paged commitment {i}"), &[1], &["global"], "ngo"))
        .collect();
    let app = spawn_app_in(data_dir_with(&records)).await;
    let (_, second) = api(&app, "per_page=3&page=2&sort=oldest").await;
    assert_eq!(second["total"], 7);
    assert_eq!(second["page"], 2);
    assert_eq!(second["per_page"], 3);
    assert_eq!(
        titles(&second),
        [
            "Paged commitment 3",
            "Paged commitment 4",
            "Paged commitment 5"
        ]
    );
    let (status, beyond) = api(&app, "per_page=3&page=9").await;
    assert_eq!(status, 200);
    assert!(beyond["items"].as_array().unwrap().is_empty());
}

/// The number in the chart row whose label links to `href`.
fn chart_count(page: &str, href: &str) -> u64 {
    let row = page.split(&format!("<a href=\"{href}\">")).nth(1).unwrap();
    let cell = row.split("<td class=\"chart__count\">").nth(1).unwrap();
    cell.split('<').next().unwrap().trim().parse().unwrap()
}

#[actix_web::test]
async fn the_statistics_count_what_search_counts() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (status, page) = app.get("/stats").await;
    assert_eq!(status, 200);
    let page = page.replace("&#38;", "&").replace("&amp;", "&");
    assert!(page.contains("5 published commitments"));
    let (_, api) = api(&app, "").await;
    for (param, value) in [
        ("sdg", "6"),
        ("sdg", "7"),
        ("region", "africa"),
        ("entity_type", "ngo"),
        ("category", "partnership"),
    ] {
        let expected = api["facets"][param][value].as_u64().unwrap();
        assert_eq!(
            chart_count(&page, &format!("/commitments?{param}={value}")),
            expected,
            "{param}={value}"
        );
    }
    assert_eq!(
        chart_count(&page, "/commitments?start_from=1980&start_to=1980"),
        5
    );
    for heading in [
        "By goal",
        "By region",
        "By type of lead entity",
        "By category",
        "By start year",
        "By reporting",
    ] {
        assert!(page.contains(heading), "{heading}");
    }
}
