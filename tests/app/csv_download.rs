//! `/commitments.csv` of many commitments: streamed in batches, every match once, one header.

use serde_json::Value;

use crate::helpers::*;

/// A data dir holding `count` generated commitments, imported as published.
fn demo_data_dir(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let generated = registry(dir.path(), &["demo-data", "--count", &count.to_string()]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let file = dir.path().join("demo.jsonl");
    std::fs::write(&file, &generated.stdout).unwrap();
    let imported = registry(dir.path(), &["import", file.to_str().unwrap(), "--publish"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    dir
}

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
    assert_eq!(reader.headers().unwrap().get(0), Some("title"));
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
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
