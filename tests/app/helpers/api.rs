//! Reading the public JSON API as any client would.

use serde_json::Value;

use super::TestApp;

/// Searches through `/api/v1/commitments?<query>`: the status and the parsed body.
pub async fn api(app: &TestApp, query: &str) -> (u16, Value) {
    let (status, body) = app.get(&format!("/api/v1/commitments?{query}")).await;
    (status, serde_json::from_str(&body).unwrap())
}

/// The titles of a search answer's items, in order.
pub fn titles(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect()
}

/// How many commitments the API finds for `query`.
pub async fn api_total(app: &TestApp, query: &str) -> i64 {
    let (_, body) = api(app, query).await;
    body["total"].as_i64().unwrap()
}

/// Commitment `id` as the API shows it to a visitor (asserting it is public).
pub async fn api_record(app: &TestApp, id: i64) -> Value {
    let (status, body) = app
        .browser()
        .get(&format!("/api/v1/commitments/{id}"))
        .await;
    assert_eq!(status, 200);
    serde_json::from_str(&body).unwrap()
}
