//! `/commitments.csv` of many commitments: streamed in batches, every match once, one header.

use serde_json::Value;

use crate::helpers::*;

async fn total(app: &TestApp, query: &str) -> u64 {
    let (status, body) = app.get(&format!("/api/v1/commitments?{query}")).await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["total"]
        .as_u64()
        .unwrap()
}

#[actix_web::test]
async fn a_csv_of_more_rows_than_one_batch_streams_every_match_once_under_one_header() {
    let app = spawn_app_in(demo_data_dir(1_234)).await;
    let expected = total(&app, "per_page=1").await;
    assert!(
        expected > 1_000,
        "most demo commitments are published: {expected}"
    );
    let response = app.get_response("/commitments.csv?sort=title").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers().get("content-length").is_none(),
        "the file is streamed, not built whole before sending"
    );
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..3], ["id", "url", "title"]);
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[2].to_string())
        .collect();
    assert_eq!(titles.len() as u64, expected, "every published commitment");
    assert!(
        !titles.iter().any(|t| t == "title"),
        "the header is written once"
    );
    let (_, first_page) = app.get("/api/v1/commitments?sort=title&per_page=100").await;
    let first_page: Value = serde_json::from_str(&first_page).unwrap();
    let api_titles: Vec<&str> = first_page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles[..100], api_titles[..], "in the search's order");
}

#[actix_web::test]
async fn a_csv_of_a_text_search_holds_exactly_the_search_results() {
    let app = spawn_app_in(demo_data_dir(600)).await;
    let expected = total(&app, "q=community&sdg=6").await;
    assert!(expected > 0, "the demo data mentions community");
    let (status, text) = app.get("/commitments.csv?q=community&sdg=6").await;
    assert_eq!(status, 200);
    let rows = csv::Reader::from_reader(text.as_bytes()).records().count();
    assert_eq!(rows as u64, expected);
}

#[actix_web::test]
async fn each_csv_row_links_back_to_its_commitment_and_ends_with_its_status_reporting_and_publication(
) {
    let app = spawn_app_with_public_url("https://registry.example.org").await;
    let made = app
        .commitment()
        .with("published_at", serde_json::json!("2026-01-10T10:00:00Z"))
        .create()
        .await;
    let (status, text) = app.get("/commitments.csv").await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..2], ["id", "url"]);
    assert_eq!(
        header[header.len() - 3..],
        ["status", "reporting", "published_at"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let cell = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(cell("id"), made.id.to_string());
    assert_eq!(
        cell("url"),
        format!("https://registry.example.org/commitments/{}", made.id)
    );
    assert_eq!(
        cell("title"),
        "Safe water for 200 rural schools in Cambodia"
    );
    assert_eq!(cell("status"), "ongoing");
    assert!(
        ["up-to-date", "due", "overdue", "inactive"].contains(&cell("reporting").as_str()),
        "{}",
        cell("reporting")
    );
    assert_eq!(cell("published_at"), "2026-01-10T10:00:00Z");
    assert_eq!(cell("contact_email"), "", "a private contact stays private");
}

#[actix_web::test]
async fn cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
    let app = spawn_app().await;
    app.commitment()
        .titled("=HYPERLINK(\"http://evil.example\",\"Click for details\")")
        .with("lead_entity", serde_json::json!("@SUM(1+1) Holdings"))
        .with(
            "objective",
            serde_json::json!("-2+3 more wells\nSecond line"),
        )
        .with(
            "geographical_coverage",
            serde_json::json!("+Takeo province"),
        )
        .with(
            "stakeholders",
            serde_json::json!("Pupils - teachers = partners"),
        )
        .create()
        .await;
    let (_, text) = app.get("/commitments.csv").await;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(
        cell("title"),
        "'=HYPERLINK(\"http://evil.example\",\"Click for details\")"
    );
    assert_eq!(cell("lead_entity"), "'@SUM(1+1) Holdings");
    assert_eq!(cell("objective"), "'-2+3 more wells\nSecond line");
    assert_eq!(cell("geographical_coverage"), "'+Takeo province");
    assert_eq!(
        cell("stakeholders"),
        "Pupils - teachers = partners",
        "only a cell's first character matters"
    );
}
