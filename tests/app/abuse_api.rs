//! The JSON API under abuse: over-long URLs, too many or too large headers and a client over
//! its rate get the API's JSON error envelope (with `Retry-After` for the rate), not a bare page.

use std::time::Duration;

use serde_json::Value;

use crate::helpers::internals::Rate;
use crate::helpers::*;

/// Asserts the JSON envelope `{"error": {"status": status, "message": …}}` and returns the message.
async fn envelope(response: reqwest::Response, status: u16) -> String {
    assert_eq!(response.status(), status);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(body["error"]["status"], status);
    body["error"]["message"].as_str().unwrap().to_string()
}

#[actix_web::test]
async fn an_over_long_api_url_gets_414_in_the_json_error_envelope() {
    let app = spawn_app().await;
    let long = "a".repeat(20_000);
    let response = app
        .get_response(&format!("/api/v1/commitments?q={long}"))
        .await;
    let message = envelope(response, 414).await;
    assert!(message.contains("8192 bytes"), "{message}");
}

#[actix_web::test]
async fn too_many_or_too_large_api_headers_get_431_in_the_json_error_envelope() {
    let app = spawn_app().await;
    let url = format!("{}/api/v1/commitments", app.address);
    let client = reqwest::Client::new();
    let mut many = client.get(&url);
    for n in 0..80 {
        many = many.header(format!("x-pad-{n}"), "1");
    }
    envelope(many.send().await.unwrap(), 431).await;
    let large = client.get(&url).header("x-pad", "b".repeat(20_000));
    envelope(large.send().await.unwrap(), 431).await;
}

#[actix_web::test]
async fn an_api_client_over_its_rate_gets_429_with_retry_after_and_others_go_on() {
    let app = spawn_app_with(|mut settings| {
        settings.rate_limits.api_per_address = Some(Rate::new(3, Duration::from_secs(60)));
        settings.with_trusted_proxies("127.0.0.1")
    })
    .await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/commitments", app.address);
    let from = |address: &str| client.get(&url).header("x-forwarded-for", address).send();
    for _ in 0..3 {
        assert_eq!(from("203.0.113.7").await.unwrap().status(), 200);
    }
    let refused = from("203.0.113.7").await.unwrap();
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "Retry-After: {wait}");
    let message = envelope(refused, 429).await;
    assert!(message.contains("Too many requests"), "{message}");
    assert_eq!(from("198.51.100.4").await.unwrap().status(), 200);
}

#[actix_web::test]
async fn the_openapi_description_states_every_limit_of_a_request() {
    let app = spawn_app().await;
    let (_, doc) = app.get("/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    let description = doc["info"]["description"].as_str().unwrap();
    for limit in [
        "8192 bytes",
        "64 headers",
        "16384 bytes",
        "1200 requests per 60 seconds",
        "over 128 KiB or with over 96 headers",
    ] {
        assert!(description.contains(limit), "{limit}: {description}");
    }
    let search = &doc["paths"]["/api/v1/commitments"]["get"]["responses"];
    for status in ["400", "414", "429", "431"] {
        assert!(search.get(status).is_some(), "{status} undocumented");
    }
}
