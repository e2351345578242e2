//! A commitment's page: pasted text made readable and safe, targets linked to the UN, similar
//! commitments, its record and history, and what search engines and link previews read.

use serde_json::json;

use crate::helpers::search::contains_escaped;
use crate::helpers::*;

/// The HTML of the page's section with this heading id, up to its end.
fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section {id}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap()]
}

async fn page_of(app: &TestApp, id: i64) -> String {
    let (status, page) = app.get(&format!("/commitments/{id}")).await;
    assert_eq!(status, 200);
    page
}

#[actix_web::test]
async fn pasted_lines_starting_with_dashes_bullets_or_numbers_show_as_lists() {
    let app = spawn_app().await;
    let objective = "We will:\n- drill 50 wells\n• train staff\n1. Survey\n2. Drill\nThen report.";
    let made = app
        .commitment()
        .with("objective", json!(objective))
        .create()
        .await;
    let page = page_of(&app, made.id).await;
    let objective = section(&page, "objective");
    assert!(objective.contains("<p>We will:</p>"), "{objective}");
    assert!(objective
        .contains("<ul class=\"text-list\"><li>drill 50 wells</li><li>train staff</li></ul>"));
    assert!(objective.contains("<ol class=\"text-list\"><li>Survey</li><li>Drill</li></ol>"));
    assert!(objective.contains("<p>Then report.</p>"));
}

#[actix_web::test]
async fn web_addresses_become_links_that_are_not_endorsed_and_hostile_text_stays_text() {
    let app = spawn_app().await;
    let objective = "See https://example.org/water?a=1&b=2, www.unicef.org/wash and \
        http://evil.example/\"onmouseover=\"alert(1) <script>alert(2)</script> javascript:alert(3)\n\
        - <img src=x onerror=alert(4)> https://example.org/list";
    let made = app
        .commitment()
        .with("objective", json!(objective))
        .create()
        .await;
    let page = page_of(&app, made.id).await;
    let objective = section(&page, "objective");
    assert!(objective.contains(
        "<a href=\"https://example.org/water?a=1&#38;b=2\" rel=\"nofollow ugc noopener\">https://example.org/water?a=1&#38;b=2</a>,"
    ), "{objective}");
    assert!(objective.contains(
        "<a href=\"https://www.unicef.org/wash\" rel=\"nofollow ugc noopener\">www.unicef.org/wash</a>"
    ));
    assert!(objective.contains(
        "<a href=\"http://evil.example/\" rel=\"nofollow ugc noopener\">http://evil.example/</a>&#34;onmouseover=&#34;alert(1)"
    ));
    assert!(contains_escaped(objective, "<script>alert(2)</script>"));
    assert!(contains_escaped(objective, "<img src=x onerror=alert(4)>"));
    assert!(
        !objective.contains("href=\"javascript"),
        "only web addresses are linked"
    );
    assert!(objective
        .contains("<li>&#60;img src=x onerror=alert(4)&#62; <a href=\"https://example.org/list\""));
}

#[actix_web::test]
async fn each_target_links_to_its_goal_page_on_the_un_site() {
    let app = spawn_app().await;
    let made = app
        .commitment()
        .with("targets", json!(["6.1", "6.b", "4.a"]))
        .create()
        .await;
    let page = page_of(&app, made.id).await;
    let goals = section(&page, "goals");
    assert!(goals.contains(
        "<a href=\"https://sdgs.un.org/goals/goal6\">Goal 6: Clean Water and Sanitation</a>"
    ));
    for (target, goal) in [("6.1", 6), ("6.b", 6), ("4.a", 4)] {
        let link = format!(
            "<a href=\"https://sdgs.un.org/goals/goal{goal}\" title=\"Target {target} of Goal {goal}"
        );
        assert!(goals.contains(&link), "{target}: {goals}");
    }
}

#[actix_web::test]
async fn a_commitment_page_suggests_up_to_five_similar_published_commitments() {
    let app = spawn_app().await;
    let made = app
        .commitment()
        .titled("Mangrove restoration on the coast of Senegal")
        .create()
        .await;
    for place in ["Kenya", "Ghana", "Benin", "Togo", "Gambia", "Guinea"] {
        app.commitment()
            .titled(&format!("Mangrove restoration on the coast of {place}"))
            .create()
            .await;
    }
    app.commitment()
        .titled("Mangrove restoration awaiting review")
        .submitted()
        .create()
        .await;
    app.commitment()
        .titled("Mangrove restoration archived long ago")
        .in_workflow("archived")
        .create()
        .await;
    let page = page_of(&app, made.id).await;
    let similar = section(&page, "similar");
    let titles: Vec<&str> = similar
        .split("<li><a href=\"/commitments/")
        .skip(1)
        .map(|item| {
            item.split_once("\"><bdi>")
                .unwrap()
                .1
                .split_once("</bdi></a>")
                .unwrap()
                .0
        })
        .collect();
    assert_eq!(titles.len(), 5, "{similar}");
    for title in titles {
        assert!(
            title.starts_with("Mangrove restoration on the coast of"),
            "{title}"
        );
        assert!(!title.ends_with("Senegal"), "not itself");
    }
}

#[actix_web::test]
async fn a_commitment_page_links_to_its_record_as_json_and_to_its_history() {
    let app = spawn_app().await;
    let made = app.commitment().create().await;
    let page = page_of(&app, made.id).await;
    assert!(page.contains(&format!("href=\"/api/v1/commitments/{}\"", made.id)));
    assert!(page.contains(&format!("href=\"/commitments/{}/history\"", made.id)));
    let (status, record) = app.get(&format!("/api/v1/commitments/{}", made.id)).await;
    assert_eq!(status, 200);
    assert!(record.contains("\"title\""));
}

/// The content of `<meta {attribute}="{name}" content="…">` on `page`.
fn meta<'a>(page: &'a str, attribute: &str, name: &str) -> &'a str {
    let tag = format!("<meta {attribute}=\"{name}\" content=\"");
    let start = page.find(&tag).unwrap_or_else(|| panic!("no {name}")) + tag.len();
    &page[start..start + page[start..].find('"').unwrap()]
}

#[actix_web::test]
async fn home_search_commitment_and_organisation_pages_describe_themselves_for_link_previews() {
    let app = spawn_app().await;
    let objective = "Bring safe drinking water to 200 rural schools by 2030. ".repeat(8);
    let made = app
        .commitment()
        .with("objective", json!(objective))
        .create()
        .await;
    let (_, home) = app.get("/").await;
    assert!(meta(&home, "name", "description").contains("A public registry of 1 "));
    let (_, search) = app.get("/commitments?sdg=6").await;
    assert!(meta(&search, "name", "description").starts_with("Search and browse"));
    assert_eq!(meta(&search, "property", "og:title"), "Commitments");
    let page = page_of(&app, made.id).await;
    let description = meta(&page, "name", "description");
    assert!(description.starts_with("Bring safe drinking water to 200 rural schools"));
    assert!(description.ends_with('…') && description.chars().count() <= 200);
    assert_eq!(
        meta(&page, "property", "og:title"),
        "Safe water for 200 rural schools in Cambodia"
    );
    assert_eq!(meta(&page, "property", "og:type"), "article");
    let (_, organisation) = app.get("/organisations/wateraid").await;
    assert_eq!(meta(&organisation, "property", "og:title"), "WaterAid");
    assert!(meta(&organisation, "name", "description").contains("partner in 1"));
}
