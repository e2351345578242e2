//! The search API's other shapes: one record, unknown ids, the OpenAPI description and the
//! CSV download.

use serde_json::{json, Value};

use crate::helpers::api::api;
use crate::helpers::search::*;
use crate::helpers::*;

#[actix_web::test]
async fn one_record_and_unknown_ids_through_the_api() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let response = app.get_response("/api/v1/commitments/1").await;
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let record: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(record["title"], "Clean water for schools in Kenya");
    assert_eq!(
        record["contact"]["email"], "",
        "a private contact's email stays private"
    );
    assert_eq!(record["url"], format!("{}/commitments/1", app.address));
    let (status, body) = app.get("/api/v1/commitments/6").await;
    assert_eq!(status, 404, "a submitted commitment is not public: {body}");
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(error["error"]["status"], 404);
    assert_eq!(app.get("/api/v1/commitments/nope").await.0, 404);
}

#[actix_web::test]
async fn the_openapi_description_matches_what_is_served() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (_, doc) = app.get("/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    let (_, body) = api(&app, "per_page=1").await;
    let schemas = &doc["components"]["schemas"];
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&body), keys(&schemas["SearchResponse"]["properties"]));
    assert_eq!(
        keys(&body["items"][0]),
        keys(&schemas["Record"]["properties"])
    );
    let params: Vec<&str> = doc["paths"]["/api/v1/commitments"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "q",
        "sdg",
        "target",
        "region",
        "country",
        "entity_type",
        "category",
        "method",
        "status",
        "reporting",
        "start_from",
        "start_to",
        "sort",
        "page",
        "per_page",
    ] {
        assert!(params.contains(&name), "{name} undocumented");
    }
    for facet in [
        "sdg",
        "region",
        "country",
        "entity_type",
        "category",
        "method",
        "status",
        "reporting",
    ] {
        let param = doc["paths"]["/api/v1/commitments"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == facet)
            .unwrap();
        assert_eq!(
            keys(&body["facets"][facet]).len(),
            param["schema"]["items"]["enum"].as_array().unwrap().len(),
            "{facet}"
        );
    }
}

#[actix_web::test]
async fn the_csv_holds_every_match_with_the_spec_columns_and_no_private_contact() {
    let mut public = record("Public contact commitment here", &[6], &["africa"], "ngo");
    public["contact"]["public"] = json!(true);
    let mut records = small_registry();
    records.push(public);
    let app = spawn_app_in(data_dir_with(&records)).await;
    let response = app
        .get_response("/commitments.csv?region=africa&per_page=1")
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..3], ["id", "url", "title"]);
    assert_eq!(
        header[24..28],
        [
            "contact_name",
            "contact_position",
            "contact_email",
            "contact_phone"
        ]
    );
    assert_eq!(
        header[28..],
        [
            "deliverables",
            "resources",
            "language",
            "status",
            "reporting",
            "published_at"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(
        rows.len(),
        4,
        "every African published commitment, whatever per_page says"
    );
    let kenya = rows
        .iter()
        .find(|r| &r[2] == "Clean water for schools in Kenya")
        .unwrap();
    assert_eq!(&kenya[12], "4;6");
    assert_eq!(&kenya[6], "UNICEF Cambodia (un-entity);WaterAid (ngo)");
    assert_eq!(&kenya[26], "", "a private contact's email stays private");
    let open = rows
        .iter()
        .find(|r| &r[2] == "Public contact commitment here")
        .unwrap();
    assert_eq!(&open[26], "sokha.chan@example.org");
    assert_eq!(app.get("/commitments.csv?region=atlantis").await.0, 400);
    let (_, page) = app.get("/commitments?region=africa").await;
    assert!(page.contains("href=\"/commitments.csv?region=africa\""));
}
