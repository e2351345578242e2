//! Search through the page and the API: exact counts, hostile input, bad values, shapes.

use serde_json::{json, Value};

use crate::helpers::*;

/// A record with the given title, goals, regions and lead entity type, published.
fn record(title: &str, sdgs: &[u8], regions: &[&str], entity_type: &str) -> Value {
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
fn small_registry() -> Vec<Value> {
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
fn contains_escaped(page: &str, text: &str) -> bool {
    let named = text.replace('<', "&lt;").replace('>', "&gt;");
    let numeric = text.replace('<', "&#60;").replace('>', "&#62;");
    !page.contains(text) && (page.contains(&named) || page.contains(&numeric))
}

async fn api(app: &TestApp, query: &str) -> (u16, Value) {
    let (status, body) = app.get(&format!("/api/v1/commitments?{query}")).await;
    (status, serde_json::from_str(&body).unwrap())
}

fn titles(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect()
}

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

#[actix_web::test]
async fn words_match_without_accents_and_chinese_is_findable() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    assert_eq!(
        titles(&api(&app, "q=cote").await.1),
        ["Rural electrification in Côte d'Ivoire"]
    );
    assert_eq!(
        titles(&api(&app, "q=C%C3%94TE").await.1),
        ["Rural electrification in Côte d'Ivoire"]
    );
    assert_eq!(
        titles(&api(&app, "q=%E5%8C%97%E4%BA%AC").await.1),
        ["北京市 clean air programme"]
    );
    assert_eq!(
        titles(&api(&app, "q=%E5%8C%97%E4%BA%AC%E5%B8%82").await.1),
        ["北京市 clean air programme"]
    );
}

#[actix_web::test]
async fn text_search_ranks_title_matches_first_and_never_finds_unpublished_ones() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let (_, body) = api(&app, "q=water").await;
    let found = titles(&body);
    assert_eq!(
        found.len(),
        5,
        "every record's body mentions water: {found:?}"
    );
    assert!(
        found[0].contains("ater"),
        "a title match ranks first: {found:?}"
    );
    let mut top_two = found[..2].to_vec();
    top_two.sort();
    assert_eq!(
        top_two,
        [
            "Clean water for schools in Kenya",
            "Water and climate resilience in Peru"
        ],
        "both commitments with water in their title rank above the others: {found:?}"
    );
    assert!(!found
        .iter()
        .any(|t| t.contains("Hidden") || t.contains("Archived")));
}

#[actix_web::test]
async fn title_order_ignores_case_and_accents() {
    let mut records = vec![
        record(
            "zebra crossings for safer schools",
            &[11],
            &["europe"],
            "ngo",
        ),
        record(
            "Écoles durables à Genève et ailleurs",
            &[4],
            &["europe"],
            "ngo",
        ),
        record("Apple orchards for rural incomes", &[2], &["europe"], "ngo"),
        record(
            "elephant corridors in Kenya and Tanzania",
            &[15],
            &["africa"],
            "ngo",
        ),
    ];
    records[0]["published_at"] = json!("2026-02-01T00:00:00Z");
    let app = spawn_app_in(data_dir_with(&records)).await;
    let (_, body) = api(&app, "sort=title").await;
    let found = titles(&body);
    let firsts: Vec<char> = found.iter().map(|t| t.chars().next().unwrap()).collect();
    assert_eq!(firsts, ['A', 'É', 'e', 'z']);
    let (_, newest) = api(&app, "").await;
    assert_eq!(titles(&newest)[0], "zebra crossings for safer schools");
}

#[actix_web::test]
async fn hostile_search_text_always_answers_200_and_is_escaped() {
    let app = spawn_app_in(data_dir_with(&small_registry())).await;
    let hostile = [
        "\"",
        "\"\"",
        "'",
        "*",
        "**",
        "-",
        "--",
        "-water",
        "water -",
        "AND",
        "OR",
        "NOT",
        "water AND",
        "AND water",
        "NEAR",
        "NEAR(water clean)",
        "NEAR(water",
        "(",
        ")",
        "((water",
        "water))",
        "()",
        "^",
        "^water",
        "water*",
        "*water",
        ":",
        "title:water",
        "{water}",
        "[water]",
        "\\",
        "\\\"",
        "%",
        "_",
        "%_%",
        "🌍",
        "💧 water",
        "👩‍👩‍👧",
        "\u{0}",
        "\u{E000}water\u{E001}",
        "北",
        "京",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "water\"; DROP TABLE commitments; --",
        "ȩ̸̡",
        "a b c d e f g h i j k l m n o p",
        "\t\n",
        "   ",
        "+",
        "+water",
        "water +clean",
        "\"water",
    ];
    for q in hostile {
        let encoded = serde_html_form::to_string([("q", q)]).unwrap();
        let (status, page) = app.get(&format!("/commitments?{encoded}")).await;
        assert_eq!(status, 200, "page for {q:?}");
        assert!(
            !page.contains("<script>alert(1)</script>"),
            "echoed raw: {q:?}"
        );
        let (status, _) = api(&app, &encoded).await;
        assert_eq!(status, 200, "API for {q:?}");
    }
    let (_, page) = app
        .get("/commitments?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(contains_escaped(&page, "<script>alert(1)</script>"));
}

#[actix_web::test]
async fn a_search_text_over_500_characters_is_refused() {
    let app = spawn_app().await;
    let long = "a".repeat(501);
    let (status, page) = app.get(&format!("/commitments?q={long}")).await;
    assert_eq!(status, 400);
    assert!(page.contains("q: "));
    let (status, body) = api(&app, &format!("q={long}")).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["field"], "q");
    assert_eq!(api(&app, &format!("q={}", "a".repeat(500))).await.0, 200);
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
            page.contains(&format!("{param}: ")),
            "{query}: page names the parameter"
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
    assert!(page.contains("6 · Clean Water and Sanitation <span class=\"count\">(1)</span>"));
    assert!(page.contains("Africa <span class=\"count\">(1)</span>"));
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
async fn text_results_show_escaped_highlighted_snippets() {
    let mut r = record("Snippet test commitment", &[6], &["africa"], "ngo");
    r["objective"] = json!("Protect <b>wetlands</b> from drainage in the delta.");
    let app = spawn_app_in(data_dir_with(&[r])).await;
    let (_, page) = app.get("/commitments?q=wetlands").await;
    assert!(page.contains("<mark>wetlands</mark>"), "{page}");
    assert!(contains_escaped(&page, "Protect <b>"), "{page}");
    assert!(!page.contains("<b>"));
}

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
    assert_eq!(header[0], "title");
    assert_eq!(
        header[22..26],
        [
            "contact_name",
            "contact_position",
            "contact_email",
            "contact_phone"
        ]
    );
    assert_eq!(header.last().unwrap(), "resources");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(
        rows.len(),
        4,
        "every African published commitment, whatever per_page says"
    );
    let kenya = rows
        .iter()
        .find(|r| &r[0] == "Clean water for schools in Kenya")
        .unwrap();
    assert_eq!(&kenya[10], "4;6");
    assert_eq!(&kenya[4], "UNICEF Cambodia (un-entity);WaterAid (ngo)");
    assert_eq!(&kenya[24], "", "a private contact's email stays private");
    let open = rows
        .iter()
        .find(|r| &r[0] == "Public contact commitment here")
        .unwrap();
    assert_eq!(&open[24], "sokha.chan@example.org");
    assert_eq!(app.get("/commitments.csv?region=atlantis").await.0, 400);
    let (_, page) = app.get("/commitments?region=africa").await;
    assert!(page.contains("href=\"/commitments.csv?region=africa\""));
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

#[actix_web::test]
async fn title_matches_outrank_body_matches_whatever_their_age() {
    // Every record's objective mentions water; only the last one, the oldest by id, has it in
    // its title. Without ranking, id order would put it last.
    let app = spawn_app_in(data_dir_with(&[
        record("Solar power for rural clinics", &[7], &["africa"], "ngo"),
        record("Rural roads for farm markets", &[9], &["africa"], "ngo"),
        record("Water for schools in the Sahel", &[6], &["africa"], "ngo"),
    ]))
    .await;
    let (_, body) = api(&app, "q=water").await;
    assert_eq!(titles(&body)[0], "Water for schools in the Sahel");
    let (_, newest) = api(&app, "q=water&sort=oldest").await;
    assert_eq!(
        titles(&newest)[0],
        "Solar power for rural clinics",
        "an explicit sort still wins"
    );
}
