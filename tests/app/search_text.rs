//! Text search: accents and Chinese, ranking by title, title order, hostile text and
//! highlighted snippets.

use serde_json::json;

use crate::helpers::api::{api, titles};
use crate::helpers::search::*;
use crate::helpers::*;

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
    assert!(page.contains("Search text must be 500 characters or fewer"));
    let (status, body) = api(&app, &format!("q={long}")).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["field"], "q");
    assert_eq!(api(&app, &format!("q={}", "a".repeat(500))).await.0, 200);
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
