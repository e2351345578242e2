//! Counts inside sentences written as each language writes numbers (years as they are); an
//! organisation's page with a bad filter; vocabulary inside a history's rows and an edit
//! clash; the demo data's language.

use serde_json::Value;

use crate::helpers::editing::{open_edit_form, save, type_in};
use crate::helpers::languages::title_of;
use crate::helpers::*;

/// French groups thousands with a narrow no-break space.
const NNBSP: &str = "\u{202F}";

/// A four-digit `n` with `separator` between its thousands and the rest: "1,234", "1 234".
fn grouped(n: u64, separator: &str) -> String {
    format!("{}{separator}{:03}", n / 1000, n % 1000)
}

/// The published commitments of `app`, as the API counts them.
async fn published(app: &TestApp) -> u64 {
    let (status, body) = app.get("/api/v1/commitments?per_page=1").await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str::<Value>(&body).unwrap()["total"]
        .as_u64()
        .unwrap()
}

/// The text of the first `<p class="{class}">` of `page`.
fn paragraph<'a>(page: &'a str, class: &str) -> &'a str {
    let start = format!("<p class=\"{class}\"");
    let from = page.find(&start).unwrap_or_else(|| panic!("no {start}"));
    let rest = &page[from..];
    &rest[..rest.find("</p>").unwrap()]
}

#[actix_web::test]
async fn counts_in_sentences_are_grouped_as_each_language_writes_numbers() {
    let app = spawn_app_in(demo_data_dir(1_234)).await;
    let total = published(&app).await;
    assert!((1_000..10_000).contains(&total), "{total}");
    let (en, fr) = (grouped(total, ","), grouped(total, NNBSP));

    let (_, page) = app.get("/commitments").await;
    assert!(
        page.contains(&format!("Showing 1 to 20 of {en} commitments")),
        "English as before: {}",
        paragraph(&page, "results__count")
    );
    assert!(page.contains(&format!("Download all {en} commitments")));
    let (_, page) = app.get("/commitments?lang=fr").await;
    assert!(page.contains(&format!("1 à 20 sur {fr} engagements")));
    let (_, page) = app.get("/commitments?lang=es").await;
    assert!(
        page.contains(&format!("de {total} compromisos")),
        "Spanish leaves four digits whole"
    );
    let (_, page) = app.get("/commitments?lang=ar").await;
    assert!(paragraph(&page, "results__count").contains(&en));

    let (_, page) = app.get("/?lang=fr").await;
    assert!(page.contains(&format!("<span class=\"totals__figure\">{fr}</span>")));
    assert!(!page.contains(&format!(">{total}<")), "no count left whole");
    let (_, page) = app.get("/?lang=en").await;
    assert!(page.contains(&format!("<span class=\"totals__figure\">{en}</span>")));
    let (_, page) = app.get("/stats?lang=fr").await;
    assert!(paragraph(&page, "lead").contains(&fr));
}

#[actix_web::test]
async fn years_stay_as_they_are_written_in_every_language() {
    let app = spawn_app().await;
    app.commitment().create().await;
    let (_, page) = app
        .get("/commitments?lang=fr&start_from=1980&start_to=2026")
        .await;
    assert!(page.contains("1980"), "the chip names the years");
    assert!(page.contains("2026"));
    assert!(!page.contains(&format!("2{NNBSP}026")));
    assert!(!page.contains(&format!("1{NNBSP}980")));
}

#[actix_web::test]
async fn an_organisations_page_with_a_bad_filter_names_it_in_the_pages_language_and_keeps_the_rest()
{
    let app = spawn_app().await;
    app.commitment().create().await;
    let (status, page) = app
        .get("/organisations/wateraid?lang=fr&sdg=99&sdg=6")
        .await;
    assert_eq!(status, 400);
    assert!(
        title_of(&page).starts_with("Erreur\u{a0}: WaterAid"),
        "{}",
        title_of(&page)
    );
    assert!(page.contains("Les résultats ci-dessous ne tiennent pas compte de ce qui suit"));
    assert!(page.contains("ne fait pas partie des choix"));
    assert!(page.contains("<a href=\"#filters-heading\">Objectif"));
    assert!(
        page.contains("1 à 1 sur 1 engagement"),
        "the good filter is kept and the page shown"
    );
    assert!(!page.contains("is not one of"), "no English");
    let (status, page) = app
        .get("/organisations/wateraid?lang=ar&start_from=x")
        .await;
    assert_eq!(status, 400);
    assert!(page.contains("خطأ:"));
    assert!(
        !page.contains("href=\"#start_from\""),
        "no box to link to here"
    );
    let (status, page) = app.get("/organisations?lang=fr&page=0").await;
    assert_eq!(status, 400);
    assert!(
        page.contains(&format!("de 1 à 100{NNBSP}000")),
        "the list's limit is a count"
    );
}

#[actix_web::test]
async fn a_history_names_partner_types_deliverable_statuses_and_resource_kinds_in_its_language() {
    let app = app_with_owned_commitment("published").await;
    app.get("/?lang=fr").await;
    let fields = open_edit_form(&app, &[]).await;
    let fields = with_values(fields, "partner_entity_type", &["academic", "ngo"]);
    let fields = type_in(
        fields,
        &[
            ("deliverable_status", "completed"),
            ("resource_kind", "in-kind"),
        ],
    );
    assert_redirects_to(&save(&app, &fields).await, "/commitments/1");
    let (_, history) = app.get("/commitments/1/history").await;
    for french in [
        "Entité des Nations Unies · UNICEF Cambodia",
        "ONG · WaterAid",
        "Terminé",
        "Contribution en nature",
    ] {
        assert!(history.contains(french), "{french}");
    }
    for slug in [
        "un-entity ·",
        "ngo ·",
        "academic ·",
        "· completed",
        "in-kind",
    ] {
        assert!(!history.contains(slug), "{slug}");
    }
}

#[actix_web::test]
async fn a_clash_on_the_edit_form_names_both_values_in_the_pages_language() {
    let app = app_with_owned_commitment("published").await;
    let colleague = app.signed_in(Role::Moderator).await;
    app.get("/?lang=fr").await;
    let theirs = open_edit_form(&colleague, &[("regions", "africa")]).await;
    let mine = open_edit_form(&app, &[("regions", "europe")]).await;
    let theirs = with_values(theirs, "partner_entity_type", &["academic", "ngo"]);
    let mine = with_values(mine, "partner_entity_type", &["government", "ngo"]);
    save(&colleague, &theirs).await;
    let response = save(&app, &mine).await;
    assert_eq!(response.status(), 409);
    let page = response.text().await.unwrap();
    for french in [
        "Asie et Pacifique",
        "Afrique",
        "Europe",
        "Entité des Nations Unies · UNICEF Cambodia",
        "Gouvernement · UNICEF Cambodia",
    ] {
        assert!(page.contains(french), "{french}");
    }
    for slug in [">africa<", ">asia-pacific<", "un-entity ·", "government ·"] {
        assert!(!page.contains(slug), "{slug}");
    }
}

#[actix_web::test]
async fn demo_commitments_are_in_english_and_marked_so_on_other_languages_pages() {
    let app = spawn_app_in(demo_data_dir(20)).await;
    let (_, body) = app.get("/api/v1/commitments?per_page=20").await;
    let body: Value = serde_json::from_str(&body).unwrap();
    let items = body["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|r| r["language"] == "en"), "{body}");
    let id = items[0]["id"].as_i64().unwrap();
    let (_, page) = app.get(&format!("/commitments/{id}?lang=fr")).await;
    assert!(
        page.contains("<h1 lang=\"en\">"),
        "its title is marked English"
    );
    let (_, page) = app.get(&format!("/commitments/{id}?lang=en")).await;
    assert!(!page.contains("<h1 lang="), "not on an English page");
}
