//! The search page on a phone and from the keyboard: results before the folded filters, a skip
//! link to them, compact cards that say what each commitment aims at, numbered pages and a
//! choice of how many results a page shows.

use serde_json::{json, Value};

use crate::helpers::search::record;
use crate::helpers::*;

/// `n` water commitments in Africa, the first with a long objective.
fn registry(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let mut r = record(&format!("Water project {i:03}"), &[6], &["africa"], "ngo");
            if i == 0 {
                r["objective"] = json!(format!(
                    "Bring safe drinking water to rural schools. {}",
                    "More wells for every village. ".repeat(12)
                ));
            }
            r
        })
        .collect()
}

fn position(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("{needle} is on the page"))
}

#[actix_web::test]
async fn the_count_and_results_come_before_the_filters_which_fold_behind_how_many_are_selected() {
    let app = spawn_app_in(data_dir_with(&registry(3))).await;
    let (status, page) = app.get("/commitments?sdg=6&region=africa").await;
    assert_eq!(status, 200);
    let count = position(&page, "Showing 1 to 3 of 3 commitments");
    let first_result = position(&page, ">Water project");
    let filters = position(
        &page,
        "<summary class=\"filters-fold__summary\">Filters (2 selected)</summary>",
    );
    assert!(count < first_result && first_result < filters);
    assert!(
        page.contains("<details class=\"filters-fold\" id=\"filters\">"),
        "folded without JavaScript"
    );
    let (_, page) = app.get("/commitments").await;
    assert!(page.contains("Filters (0 selected)"));
}

#[actix_web::test]
async fn a_skip_link_leads_from_the_top_of_the_page_to_the_results() {
    let app = spawn_app_in(data_dir_with(&registry(2))).await;
    let (_, page) = app.get("/commitments?sdg=6").await;
    let skip = position(
        &page,
        "<a href=\"#results\" class=\"skip-link\">Skip to results</a>",
    );
    assert!(
        skip < position(&page, "<header"),
        "it is among the first links"
    );
    assert!(page.contains("<ul class=\"cards cards--list\" id=\"results\" tabindex=\"-1\">"));
    let (_, empty) = app.get("/commitments?sdg=1").await;
    assert!(
        empty.contains("id=\"results\" tabindex=\"-1\""),
        "an empty result is a target too"
    );
}

#[actix_web::test]
async fn a_card_shows_two_lines_of_the_objective_when_browsing_and_each_goals_name() {
    let app = spawn_app_in(data_dir_with(&registry(1))).await;
    let (_, page) = app.get("/commitments").await;
    let summary = page
        .split("<p class=\"card__summary\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("a summary on the card");
    assert!(summary.starts_with("Bring safe drinking water to rural schools. More wells"));
    assert!(summary.ends_with('…'), "cut where a word ends: {summary}");
    assert!(summary.chars().count() <= 200);
    assert!(page.contains(
        "<li class=\"sdg-6\">6<span class=\"vh\">: Clean Water and Sanitation</span></li>"
    ));

    let (_, searched) = app.get("/commitments?q=wells").await;
    assert!(
        searched.contains("<mark>"),
        "with a search word, where it matched"
    );
    assert!(!searched.contains("card__summary"));
}

#[actix_web::test]
async fn pages_are_numbered_with_the_current_one_marked_and_people_choose_how_many_a_page_shows() {
    let app = spawn_app_in(data_dir_with(&registry(45))).await;
    let (_, page) = app.get("/commitments?sort=title&per_page=3&page=5").await;
    let nav = page
        .split("<nav class=\"pagination\" aria-label=\"Pages\">")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("page links");
    let link = |n: u32| format!("href=\"/commitments?sort=title&#38;per_page=3&#38;page={n}\"");
    assert!(
        nav.contains("href=\"/commitments?sort=title&#38;per_page=3\""),
        "page 1"
    );
    for n in [2, 3, 4, 6, 7, 15] {
        assert!(nav.contains(&link(n)), "page {n} in {nav}");
    }
    assert!(nav.contains(&format!("{} aria-current=\"page\"", link(5))));
    assert!(
        !nav.contains(&link(8)),
        "a gap between the window and the last page"
    );
    assert!(nav.contains("…"));
    assert!(nav.contains("rel=\"prev\"") && nav.contains("rel=\"next\""));
    assert!(nav.contains("Page 5 of 15"));

    let (_, page) = app.get("/commitments?sort=title").await;
    assert!(page.contains("Results per page:"));
    assert!(page.contains("href=\"/commitments?sort=title\" aria-current=\"true\""));
    assert!(page.contains("href=\"/commitments?sort=title&#38;per_page=50\">50</a>"));
    let (_, fifty) = app.get("/commitments?sort=title&per_page=50").await;
    assert!(fifty.contains("Showing 1 to 45 of 45 commitments"));
    assert!(
        fifty.contains("<input type=\"hidden\" name=\"per_page\" value=\"50\">"),
        "filtering keeps the choice"
    );
}

#[actix_web::test]
async fn the_form_takes_a_plain_click_per_country_grouped_by_region_and_keeps_the_ticked_ones() {
    let app = spawn_app().await;
    let user = app.signed_in(Role::Contributor).await;
    let (_, form) = user.get("/commitments/new").await;
    assert!(!form.contains("multiple"), "no Ctrl-click list");
    let africa = position(&form, "<legend>Africa</legend>");
    let asia = position(&form, "<legend>Asia and the Pacific</legend>");
    let kenya = position(&form, "name=\"countries\" value=\"KE\"");
    let cambodia = position(&form, "name=\"countries\" value=\"KH\"");
    assert!(africa < kenya && kenya < asia && asia < cambodia);
    assert!(
        form.contains("<input type=\"checkbox\" id=\"countries\" name=\"countries\" value=\"DZ\">"),
        "the first one is where the error summary leads"
    );

    let mut fields = valid_form();
    fields.retain(|(name, _)| *name != "contact_email");
    let response = user.register(&fields).await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    for code in ["KH", "LA"] {
        assert!(
            page.contains(&format!(
                "id=\"countries-{code}\" name=\"countries\" value=\"{code}\" checked>"
            )),
            "{code} stays ticked"
        );
    }
}
