//! The public pages, checked by what a visitor reads on them.

use serde_json::{json, Value};

use crate::helpers::*;

/// `n` valid records titled "Commitment number 001" …, published on consecutive days.
fn numbered_records(n: usize) -> Vec<Value> {
    (1..=n)
        .map(|i| {
            let mut record = water_record();
            record["title"] = json!(format!("Commitment number {i:03}"));
            record["workflow"] = json!("published");
            record["published_at"] = json!(format!("2025-01-{:02}T10:00:00Z", i.min(28)));
            record["created_at"] = json!("2025-01-01T09:00:00Z");
            record
        })
        .collect()
}

#[actix_web::test]
async fn a_commitment_page_shows_every_section_of_the_record() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let (status, page) = app.get("/commitments/1").await;
    assert_eq!(status, 200);
    for text in [
        "<title>Safe water for 200 rural schools in Cambodia – SDG Commitments Registry</title>",
        "Bring safe drinking water to 200 rural schools by 2030.",
        "Pupils, teachers and the school water committees.",
        "<p>Drill wells, install filters and train school staff.</p>",
        "<p>Each school keeps a maintenance log.</p>",
        "Fewer days of school lost to water-borne illness.",
        "Strong support from provincial authorities.",
        "Committees collect a small fee for spare parts.",
        "Annual report of the Ministry.",
        "Rural provinces of Kampong Cham and Takeo.",
    ] {
        assert!(page.contains(text), "missing {text:?}");
    }
}

#[actix_web::test]
async fn a_commitment_page_shows_its_basic_information() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let (_, page) = app.get("/commitments/1").await;
    for text in [
        "1 January 1980",
        "<dt>Completion</dt><dd>Ongoing</dd>",
        "Asia and the Pacific",
        "Cambodia",
        "Côte d&#",
        "Ministry of Rural Development of Cambodia",
        "<dd>Government</dd>",
        "Partnership",
    ] {
        assert!(page.contains(text), "missing {text:?}");
    }
}

#[actix_web::test]
async fn a_commitment_page_lists_partners_deliverables_resources_goals_and_targets() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let (_, page) = app.get("/commitments/1").await;
    for text in [
        "<td><a href=\"/organisations/unicef-cambodia\"><bdi>UNICEF Cambodia</bdi></a></td><td>UN entity</td>",
        "<td><a href=\"/organisations/wateraid\"><bdi>WaterAid</bdi></a></td><td>NGO</td>",
        "<td>First 50 wells drilled</td><td>30 June 2027</td><td>In progress</td>",
        "Grant for drilling",
        "25,000 USD",
        "Goal 6: Clean Water and Sanitation",
        "Goal 4: Quality Education",
        "target <a href=\"https://sdgs.un.org/goals/goal6\" title=\"Target 6.1 of",
        "target <a href=\"https://sdgs.un.org/goals/goal4\" title=\"Target 4.a of",
        "Capacity building",
        "South-South cooperation",
    ] {
        assert!(page.contains(text), "missing {text:?}");
    }
}

#[actix_web::test]
async fn private_contact_details_stay_private() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("Sokha Chan"));
    assert!(!page.contains("sokha.chan@example.org"));
    assert!(!page.contains("456 789"));
    assert!(page.contains("not public"));
}

#[actix_web::test]
async fn public_contact_details_are_shown() {
    let mut record = water_record();
    record["contact"]["public"] = json!(true);
    let app = spawn_app_in(data_dir_with(&[record])).await;
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("mailto:sokha.chan@example.org"));
    assert!(page.contains("+855 23 456 789"));
}

#[actix_web::test]
async fn unknown_and_malformed_ids_get_the_404_page() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    for path in [
        "/commitments/999",
        "/commitments/abc",
        "/commitments/-1",
        "/no-such-page",
    ] {
        let (status, page) = app.get(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(page.contains("<h1>Page not found</h1>"), "{path}");
        assert!(
            page.contains("href=\"/commitments\""),
            "{path}: the 404 page offers a way on"
        );
    }
}

#[actix_web::test]
async fn unpublished_commitments_are_not_public() {
    let app = spawn_app().await;
    app.commitment().submitted().create().await;
    assert_eq!(app.get("/commitments/1").await.0, 404);
    let (_, listing) = app.get("/commitments").await;
    assert!(!listing.contains("Safe water for 200 rural schools"));
}

#[actix_web::test]
async fn an_archived_commitment_keeps_its_page_with_a_banner_but_leaves_the_listing() {
    let app = spawn_app().await;
    app.commitment().in_workflow("archived").create().await;
    let (status, page) = app.get("/commitments/1").await;
    assert_eq!(status, 200);
    assert!(page.contains("<strong>Archived.</strong>"));
    let (_, listing) = app.get("/commitments").await;
    assert!(!listing.contains("Safe water for 200 rural schools"));
}

#[actix_web::test]
async fn the_listing_shows_published_commitments_newest_first_in_pages_of_20() {
    let app = spawn_app_in(data_dir_with(&numbered_records(25))).await;
    let (status, first) = app.get("/commitments").await;
    assert_eq!(status, 200);
    assert!(first.contains("Showing 1 to 20 of 25 commitments"));
    let newest = first
        .find("Commitment number 025")
        .expect("newest on page 1");
    let older = first
        .find("Commitment number 024")
        .expect("next newest on page 1");
    assert!(newest < older);
    assert!(!first.contains("Commitment number 005"));
    let (_, second) = app.get("/commitments?page=2").await;
    assert!(second.contains("Showing 21 to 25 of 25"));
    assert!(second.contains("Commitment number 001"));
    assert!(second.contains("rel=\"prev\""));
}

#[actix_web::test]
async fn listing_cards_show_lead_entity_goals_regions_and_status() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let (_, page) = app.get("/commitments").await;
    assert!(page.contains("Ministry of Rural Development of Cambodia"));
    // Read out as "Goals, list: 6: Clean Water and Sanitation"; seen as a coloured 6.
    assert!(page.contains("<ul class=\"badges\" aria-label=\"Goals\">"));
    assert!(page.contains("6<span class=\"vh\">: Clean Water and Sanitation</span>"));
    assert!(page.contains("Asia and the Pacific"));
    assert!(page.contains(">Ongoing</span>"));
}

#[actix_web::test]
async fn a_bad_page_number_is_a_400_that_names_it() {
    let app = spawn_app().await;
    for query in ["page=0", "page=abc", "page=-3"] {
        let (status, page) = app.get(&format!("/commitments?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(
            page.contains("Page must be a whole number from 1"),
            "{query}: the error summary names the parameter"
        );
    }
}

#[actix_web::test]
async fn the_home_page_shows_totals_latest_commitments_and_a_search_box() {
    let app = spawn_app_in(data_dir_with(&numbered_records(3))).await;
    let (status, page) = app.get("/").await;
    assert_eq!(status, 200);
    assert!(page.contains("<span class=\"totals__figure\">3</span> published commitments"));
    assert!(page.contains("<span class=\"totals__figure\">2</span> countries"));
    assert!(page.contains("Commitment number 003"));
    assert!(page.contains("<form action=\"/commitments\" method=\"get\" role=\"search\""));
    assert!(page.contains("Partnerships for the Goals"));
    assert!(
        page.contains("href=\"/commitments?sdg=17\""),
        "each goal leads to its commitments"
    );
}

#[actix_web::test]
async fn an_empty_registry_says_so() {
    let app = spawn_app().await;
    let (_, home) = app.get("/").await;
    assert!(home.contains("No commitment has been published yet."));
    let (_, listing) = app.get("/commitments").await;
    assert!(listing.contains("No commitment has been published yet."));
}

#[actix_web::test]
async fn healthz_answers_ok() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await, (200, "ok".to_string()));
}

#[actix_web::test]
async fn the_stylesheet_is_served_with_cache_headers() {
    let app = spawn_app().await;
    let response = app.get_response("/static/style.css").await;
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers();
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert!(headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age"));
    assert!(headers.contains_key("etag"));
    assert_eq!(app.get("/static/nothing.css").await.0, 404);
}

#[actix_web::test]
async fn pages_have_a_skip_link_and_a_main_landmark() {
    let app = spawn_app().await;
    let (_, page) = app.get("/").await;
    assert!(page.contains("<a href=\"#main\" class=\"skip-link\">Skip to main content</a>"));
    assert!(page.contains("<main id=\"main\""));
    assert!(page.contains("<html lang=\"en\">"));
}

#[actix_web::test]
async fn starting_creates_the_database_folders_and_session_key() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    for name in ["registry.db", "uploads", "outbox", "session.key"] {
        assert!(dir.join(name).exists(), "{name} missing");
    }
}

#[actix_web::test]
async fn the_stylesheet_gives_every_goal_its_official_colour_and_a_readable_text_colour() {
    let app = spawn_app().await;
    let (_, css) = app.get("/static/style.css").await;
    for goal in sdg_registry::domain::Sdg::all() {
        let rule = format!(
            ".sdg-{} {{ --sdg: {}; --sdg-text: {}; }}",
            goal.number(),
            goal.colour(),
            goal.text_colour()
        );
        assert!(css.contains(&rule), "missing {rule}");
    }
}

#[actix_web::test]
async fn head_requests_answer_like_get_without_a_body() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    for path in [
        "/",
        "/healthz",
        "/commitments",
        "/commitments/1",
        "/api/v1/commitments",
        "/static/style.css",
    ] {
        let response = app
            .client
            .head(format!("{}{}", app.address, path))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "HEAD {path}");
        assert!(
            response.text().await.unwrap().is_empty(),
            "HEAD {path} has no body"
        );
    }
}

#[actix_web::test]
async fn moderators_see_a_private_contact_the_public_does_not() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    let visitor = app.browser();
    let (_, public_page) = visitor.get("/commitments/1").await;
    assert!(!public_page.contains("sokha.chan@example.org"));
    app.login_as(Role::Moderator).await;
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("mailto:sokha.chan@example.org"));
    assert!(page.contains("+855 23 456 789"));
    assert!(page.contains("Not shown to the public"));
}

#[actix_web::test]
async fn the_atom_feed_lists_published_commitments_and_reports_with_absolute_links() {
    let mut reported = water_record();
    reported["title"] = json!("Commitment with a progress report");
    reported["workflow"] = json!("published");
    reported["progress_reports"] = json!([{
        "reported_on": "2026-01-15", "status": "on-track", "percent_complete": 40,
        "achievements": "Forty wells were drilled and handed over.", "challenges": "", "next_steps": ""
    }]);
    let mut hidden = water_record();
    hidden["title"] = json!("Submitted and not in the feed");
    hidden["workflow"] = json!("submitted");
    let mut records = numbered_records(3);
    records.push(reported);
    records.push(hidden);
    let app = spawn_app_in(data_dir_with(&records)).await;
    let response = app.get_response("/feed.atom").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let feed = response.text().await.unwrap();
    assert!(feed.contains("<feed"));
    assert!(feed.contains(&format!("<link href=\"{}/commitments/1\"", app.address)));
    assert!(feed.contains("Commitment number 003"));
    assert!(feed
        .contains("Progress report of 2026-01-15: Commitment with a progress report (On track)"));
    assert!(feed.contains(&format!("{}/commitments/4#report-", app.address)));
    assert!(!feed.contains("Submitted and not in the feed"));
    assert_eq!(
        feed.matches("<entry>").count(),
        5,
        "4 commitments and 1 report"
    );
    let (_, page) = app.get("/commitments/4").await;
    assert!(page.contains("id=\"report-1\""));
}
