//! Organisation pages: every lead entity and partner A to Z, one page per organisation whatever
//! the spelling, with exact counts that follow every write.

use serde_json::{json, Value};

use crate::helpers::*;

fn partners(names: &[&str]) -> Value {
    let rows: Vec<Value> = names
        .iter()
        .map(|name| json!({"name": name, "entity_type": "ngo"}))
        .collect();
    Value::Array(rows)
}

/// Three published commitments and a submitted one, naming WaterAid in three spellings.
async fn app_with_organisations() -> TestApp {
    let app = spawn_app().await;
    let commitments = [
        (
            "Wells for schools in Cambodia",
            "WaterAid",
            vec!["Ministry of Water"],
            "published",
        ),
        ("Clean rivers in Ghana", "Water Aid", vec![], "published"),
        (
            "Rain tanks for clinics in Peru",
            "Ministry of Water",
            vec!["WATERAID "],
            "published",
        ),
        (
            "Pumps awaiting review",
            "Wateraid",
            vec!["Hidden Partner Trust"],
            "submitted",
        ),
    ];
    for (title, lead, partner_names, workflow) in commitments {
        app.commitment()
            .titled(title)
            .in_workflow(workflow)
            .with("lead_entity", json!(lead))
            .with("partners", partners(&partner_names))
            .create()
            .await;
    }
    app
}

/// The `(name, count)` lines of an `/organisations` page.
fn listed(page: &str) -> Vec<(String, String)> {
    page.split("<li><a href=\"/organisations/")
        .skip(1)
        .map(|line| {
            let name = line.split_once("\"><bdi>").unwrap().1;
            let (name, rest) = name.split_once("</bdi></a>").unwrap();
            let count = rest
                .split_once("class=\"muted\">")
                .unwrap()
                .1
                .split_once("</span>")
                .unwrap()
                .0;
            (name.to_string(), count.to_string())
        })
        .collect()
}

fn line(name: &str, count: &str) -> (String, String) {
    (name.to_string(), count.to_string())
}

#[actix_web::test]
async fn the_list_names_each_organisation_once_whatever_its_spelling_with_its_published_commitments(
) {
    let app = app_with_organisations().await;
    let (status, page) = app.get("/organisations").await;
    assert_eq!(status, 200);
    assert_eq!(
        listed(&page),
        [
            line("Ministry of Water", "2 commitments"),
            line("WaterAid", "3 commitments"),
        ],
        "the submitted commitment and its partner are not counted"
    );
    assert!(
        page.contains("href=\"/organisations?letter=W\""),
        "A–Z links"
    );
}

#[actix_web::test]
async fn a_name_filter_and_a_letter_narrow_the_list() {
    let app = app_with_organisations().await;
    let (_, by_name) = app.get("/organisations?q=minis").await;
    assert_eq!(
        listed(&by_name),
        [line("Ministry of Water", "2 commitments")]
    );
    let (_, spaced) = app.get("/organisations?q=water%20AID").await;
    assert_eq!(listed(&spaced), [line("WaterAid", "3 commitments")]);
    let (_, by_letter) = app.get("/organisations?letter=w").await;
    assert_eq!(listed(&by_letter), [line("WaterAid", "3 commitments")]);
    let (_, others) = app.get("/organisations?letter=other").await;
    assert!(listed(&others).is_empty());
    let (status, page) = app.get("/organisations?letter=water").await;
    assert_eq!(status, 400);
    assert!(page.contains("letter"), "{page}");
}

#[actix_web::test]
async fn an_organisation_page_lists_its_commitments_as_lead_and_as_partner_with_exact_counts() {
    let app = app_with_organisations().await;
    let (status, page) = app.get("/organisations/wateraid").await;
    assert_eq!(status, 200);
    assert!(page.contains("<h1><bdi>WaterAid</bdi></h1>"), "{page}");
    assert!(page.contains("Lead entity of 2 published commitments and partner in 1."));
    assert!(
        page.contains("Also written as: “WATERAID”, “Water Aid”"),
        "{page}"
    );
    for title in [
        "Wells for schools in Cambodia",
        "Clean rivers in Ghana",
        "Rain tanks for clinics in Peru",
    ] {
        assert!(page.contains(title), "{title}");
    }
    assert!(
        !page.contains("Pumps awaiting review"),
        "only published ones"
    );
    assert!(page.contains("of 3 commitments"));
    assert!(
        page.contains("name=\"sdg\" value=\"6\">6 · Clean Water and Sanitation (3)"),
        "facet counts within its commitments"
    );
    let (_, filtered) = app.get("/organisations/wateraid?status=completed").await;
    assert!(filtered.contains("No commitments match these filters"));
    assert!(
        filtered.contains("href=\"/organisations/wateraid\""),
        "a way back"
    );
}

#[actix_web::test]
async fn another_spelling_of_an_organisation_address_leads_to_its_page() {
    let app = app_with_organisations().await;
    let response = app.get_response("/organisations/Water%20Aid?sdg=6").await;
    assert_eq!(response.status(), 308);
    assert_eq!(location(&response), "/organisations/wateraid?sdg=6");
    let (status, _) = app.get("/organisations/nobody-at-all").await;
    assert_eq!(status, 404);
    let (status, _) = app.get("/organisations/hidden-partner-trust").await;
    assert_eq!(status, 404, "named only by an unpublished commitment");
}

#[actix_web::test]
async fn organisation_pages_follow_edits_made_by_another_process_at_once() {
    let app = app_with_organisations().await;
    app.execute("UPDATE partners SET name = 'Ministry of Health' WHERE name = 'Ministry of Water'");
    let (_, list) = app.get("/organisations").await;
    assert_eq!(
        listed(&list),
        [
            line("Ministry of Health", "1 commitment"),
            line("Ministry of Water", "1 commitment"),
            line("WaterAid", "3 commitments"),
        ]
    );
    app.execute(
        "UPDATE commitments SET workflow = 'archived' WHERE title = 'Clean rivers in Ghana'",
    );
    let (_, page) = app.get("/organisations/wateraid").await;
    assert!(page.contains("Lead entity of 1 published commitment and partner in 1."));
    assert!(
        !page.contains("Clean rivers in Ghana"),
        "archived: no longer listed"
    );
    app.execute(
        "UPDATE commitments SET workflow = 'published' WHERE title = 'Pumps awaiting review'",
    );
    let (status, page) = app.get("/organisations/hidden-partner-trust").await;
    assert_eq!(status, 200, "published now");
    assert!(page.contains("Pumps awaiting review"));
}

#[actix_web::test]
async fn an_organisation_page_says_what_it_leads_and_partners_in_as_a_person_would() {
    let app = app_with_organisations().await;
    let (_, ministry) = app.get("/organisations/ministry-of-water").await;
    assert!(
        ministry.contains(">Lead entity of 1 published commitment and partner in 1.</p>"),
        "{ministry}"
    );
    app.execute(
        "UPDATE commitments SET workflow = 'published' WHERE title = 'Pumps awaiting review'",
    );
    let (_, partner_only) = app.get("/organisations/hidden-partner-trust").await;
    assert!(
        partner_only.contains(">Partner in 1 published commitment.</p>"),
        "{partner_only}"
    );
    assert!(!partner_only.contains("Lead entity of 0"));
    assert!(meta_description(&partner_only)
        .starts_with("Hidden Partner Trust: partner in 1 published commitment, in the registry"));
    app.execute("UPDATE partners SET name = 'Ghana Rivers Trust' WHERE name = 'Ministry of Water'");
    let (_, lead_only) = app.get("/organisations/ministry-of-water").await;
    assert!(
        lead_only.contains(">Lead entity of 1 published commitment.</p>"),
        "{lead_only}"
    );
}

/// The content of a page's meta description.
fn meta_description(page: &str) -> &str {
    let after = page
        .split_once("<meta name=\"description\" content=\"")
        .unwrap()
        .1;
    after.split_once('"').unwrap().0
}

#[actix_web::test]
async fn lead_entities_and_partners_link_to_their_organisation_pages() {
    let app = app_with_organisations().await;
    let id = app.newest_commitment_id() - 1;
    let (_, page) = app.get(&format!("/commitments/{id}")).await;
    assert!(
        page.contains(
            "<a href=\"/organisations/ministry-of-water\"><bdi>Ministry of Water</bdi></a>"
        ),
        "the lead entity"
    );
    assert!(
        page.contains("<a href=\"/organisations/wateraid\"><bdi>WATERAID</bdi></a>"),
        "a partner"
    );
    let (_, search) = app.get("/commitments?q=Ghana").await;
    assert!(search.contains("<a href=\"/organisations/water-aid\"><bdi>Water Aid</bdi></a>"));
}
