//! Dates, numbers and country names in the page's language; the record's own `language`,
//! marked on its text in pages of another language; left-to-right inputs on Arabic pages.

use serde_json::json;

use crate::helpers::api::api_record;
use crate::helpers::*;

/// French groups thousands with a narrow no-break space.
const NNBSP: &str = "\u{202F}";

#[actix_web::test]
async fn a_french_page_shows_french_dates_numbers_and_country_names() {
    let app = spawn_app().await;
    let id = app.commitment().create().await.id;
    let (status, page) = app.get(&format!("/commitments/{id}?lang=fr")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("1er janvier 1980"),
        "the start date in French"
    );
    assert!(!page.contains("1 January 1980"));
    assert!(
        page.contains(&format!("25{NNBSP}000 USD")),
        "the amount in French"
    );
    assert!(
        page.contains("<dd>Côte d’Ivoire, Cambodge</dd>"),
        "countries in French"
    );
    assert!(page.contains("30 juin 2027"), "the deliverable's due date");
}

#[actix_web::test]
async fn spanish_and_arabic_pages_write_dates_and_numbers_their_own_way() {
    let app = spawn_app().await;
    let id = app.commitment().create().await.id;
    let (_, page) = app.get(&format!("/commitments/{id}?lang=es")).await;
    assert!(page.contains("1 de enero de 1980"));
    assert!(page.contains("25.000 USD"));
    assert!(page.contains("Camboya"));
    let (_, page) = app.get(&format!("/commitments/{id}?lang=ar")).await;
    assert!(
        page.contains("1 كانون الثاني/يناير 1980"),
        "the UN's Arabic months"
    );
    assert!(
        page.contains("25,000 USD"),
        "Arabic pages keep the digits 0-9"
    );
    assert!(page.contains("كمبوديا"));
    assert!(!page.contains("January"));
}

#[actix_web::test]
async fn the_english_page_is_as_it_was() {
    let app = spawn_app().await;
    let id = app.commitment().create().await.id;
    let (_, page) = app.get(&format!("/commitments/{id}")).await;
    assert!(page.contains("<dt>Start</dt><dd>1 January 1980</dd>"));
    assert!(page.contains("25,000 USD"));
    assert!(page.contains("Ivoire, Cambodia</dd>"));
    assert!(page.contains("<h1>Safe water for 200 rural schools in Cambodia</h1>"));
}

/// A commitment written in Arabic.
fn arabic() -> serde_json::Value {
    json!({
        "title": "مياه الشرب المأمونة لمئتي مدرسة ريفية",
        "objective": "توفير مياه الشرب المأمونة للمدارس الريفية بحلول عام 2030.",
        "language": "ar"
    })
}

#[actix_web::test]
async fn arabic_text_is_marked_right_to_left_inside_an_english_page() {
    let app = spawn_app().await;
    let id = app.commitment().with_keys(arabic()).create().await.id;
    let (_, page) = app.get(&format!("/commitments/{id}")).await;
    assert!(
        page.contains("<h1 lang=\"ar\" dir=\"rtl\">مياه الشرب"),
        "the title is marked"
    );
    assert!(
        page.contains("<div lang=\"ar\" dir=\"rtl\"><p>توفير مياه"),
        "the sections are marked"
    );
    let (_, page) = app.get("/commitments").await;
    assert!(page.contains("<h3 lang=\"ar\" dir=\"rtl\"><a href=\"/commitments/"));
    assert!(page.contains("<p class=\"card__summary\" lang=\"ar\" dir=\"rtl\">"));
}

#[actix_web::test]
async fn text_in_the_page_language_is_not_marked_and_french_text_is_ltr_in_an_arabic_page() {
    let app = spawn_app().await;
    let arabic_id = app.commitment().with_keys(arabic()).create().await.id;
    let (_, page) = app.get(&format!("/commitments/{arabic_id}?lang=ar")).await;
    assert!(
        page.contains("<h1>مياه الشرب"),
        "no mark in its own language"
    );
    let french = app
        .commitment()
        .titled("Eau potable pour 200 écoles rurales")
        .with("language", json!("fr"))
        .create()
        .await
        .id;
    let (_, page) = app.get(&format!("/commitments/{french}?lang=ar")).await;
    assert!(page.contains("<h1 lang=\"fr\" dir=\"ltr\">Eau potable"));
    let (_, page) = app.get(&format!("/commitments/{french}?lang=es")).await;
    assert!(page.contains("<h1 lang=\"fr\">Eau potable"));
}

#[actix_web::test]
async fn search_finds_arabic_text_whatever_the_page_language() {
    let app = spawn_app().await;
    app.commitment().with_keys(arabic()).create().await;
    for lang in ["en", "fr", "ar"] {
        let (status, page) = app
            .get(&format!(
                "/commitments?q=%D8%A7%D9%84%D8%B1%D9%8A%D9%81%D9%8A%D8%A9&lang={lang}"
            ))
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("مياه الشرب المأمونة"),
            "found on the {lang} page"
        );
    }
}

#[actix_web::test]
async fn the_record_carries_its_language_through_the_api_and_the_export() {
    let app = spawn_app().await;
    let arabic_id = app.commitment().with_keys(arabic()).create().await.id;
    let plain = app.commitment().create().await.id;
    assert_eq!(api_record(&app, arabic_id).await["language"], "ar");
    assert_eq!(api_record(&app, plain).await["language"], json!(null));
    let output = registry(app.data_dir.path(), &["export"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("\"language\":\"ar\""), "{text}");
}

#[test]
fn import_refuses_an_unknown_language_code_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut unknown = water_record();
    unknown["language"] = json!("xx");
    let mut known = water_record();
    known["language"] = json!("sw");
    write_jsonl(&file, &[known, unknown]);
    let output = registry(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.contains("line 2: language: Language \"xx\" is not an ISO 639-1 language code"),
        "{errors}"
    );
    assert!(!errors.contains("line 1:"), "{errors}");
    assert_eq!(commitment_count(dir.path()), 0);
}

#[actix_web::test]
async fn the_form_asks_for_the_language_and_refuses_an_unknown_one() {
    let app = spawn_app().await;
    let user = app.signed_in(Role::Contributor).await;
    let (_, page) = user.get("/commitments/new?lang=fr").await;
    user.get("/?lang=en").await;
    assert!(page.contains("<select class=\"select\" id=\"language\" name=\"language\""));
    assert!(page.contains("<option value=\"\">Non précisée</option>"));
    assert!(page.contains("<option value=\"ar\">Arabe</option>"));
    let response = user.register(&valid_form_with(&[("language", "xx")])).await;
    let page = refused(response, "language").await;
    assert!(
        page.contains("<option value=\"xx\" selected>xx</option>"),
        "the value is kept"
    );
    let response = user.register(&valid_form_with(&[("language", "ar")])).await;
    assert_eq!(response.status(), 303);
    let id = app.newest_commitment_id();
    let (_, page) = user.get(&format!("/commitments/{id}/edit")).await;
    assert!(page.contains("<option value=\"ar\" selected>Arabic</option>"));
}

#[actix_web::test]
async fn country_lists_read_a_to_z_in_the_page_language() {
    let app = spawn_app().await;
    app.commitment()
        .with("countries", json!(["ES", "EG", "DE", "BE"]))
        .create()
        .await;
    let order = |page: &str, names: [&str; 4]| {
        let at: Vec<usize> = names
            .iter()
            .map(|n| {
                page.find(&format!(">{n} (1)<"))
                    .unwrap_or_else(|| panic!("{n}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{names:?} at {at:?}");
    };
    let (_, page) = app.get("/commitments").await;
    order(&page, ["Belgium", "Egypt", "Germany", "Spain"]);
    let (_, page) = app.get("/commitments?lang=fr").await;
    order(&page, ["Allemagne", "Belgique", "Égypte", "Espagne"]);
    let (_, page) = app.get("/commitments?lang=ar").await;
    order(&page, ["إسبانيا", "ألمانيا", "بلجيكا", "مصر"]);
}

#[actix_web::test]
async fn left_to_right_inputs_stay_left_to_right_on_arabic_pages() {
    let app = spawn_app().await;
    let (_, page) = app.get("/account/login?lang=ar").await;
    assert!(page.contains("type=\"email\""));
    assert!(page.contains("spellcheck=\"false\" dir=\"ltr\""));
    let (_, page) = app.get("/account/login?lang=fr").await;
    assert!(!page.contains("dir=\"ltr\""));
}
