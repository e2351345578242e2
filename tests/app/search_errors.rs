//! A bad search parameter on the search page: the page itself again, status 400, with an error
//! summary naming the field and every other filter and the search text kept. The JSON API keeps
//! its JSON error envelope.

use crate::helpers::search::record;
use crate::helpers::*;

async fn registry() -> TestApp {
    spawn_app_in(data_dir_with(&[
        record("Clean water for schools in Kenya", &[6], &["africa"], "ngo"),
        record(
            "Water and climate resilience in Peru",
            &[6],
            &["latin-america-caribbean"],
            "ngo",
        ),
        record("Solar power for clinics", &[7], &["africa"], "ngo"),
    ]))
    .await
}

fn checked(page: &str, name: &str, value: &str) -> bool {
    page.contains(&format!(r#"name="{name}" value="{value}" checked"#))
}

#[actix_web::test]
async fn a_start_year_that_is_not_a_number_re_renders_the_search_page_with_400_keeping_the_rest() {
    let app = registry().await;
    let (status, page) = app
        .get("/commitments?q=water&sdg=6&region=africa&start_from=abc")
        .await;

    assert_eq!(status, 400);
    assert!(page.contains("<title>Error: "), "the title says so");
    assert!(page.contains("There is a problem"));
    assert!(
        page.contains(
            r##"<a href="#start_from">Start year “From” must be a year from 1945 to 2100"##
        ),
        "{page}"
    );
    assert!(
        page.contains(r#"id="start_from-error""#),
        "the message beside the field"
    );
    assert!(
        page.contains(r#"id="q" name="q" class="input" value="water""#),
        "the search text is kept"
    );
    assert!(
        checked(&page, "sdg", "6") && checked(&page, "region", "africa"),
        "filters are kept"
    );
    assert!(
        page.contains("Clean water for schools in Kenya"),
        "and still applied"
    );
    assert!(!page.contains("Water and climate resilience in Peru"));
}

#[actix_web::test]
async fn a_start_year_before_1945_is_named_and_shown_again_in_its_box() {
    let app = registry().await;
    let (status, page) = app
        .get("/commitments?sdg=6&start_from=1900&start_to=2020")
        .await;
    assert_eq!(status, 400);
    assert!(page.contains("Start year “From” must be a year from 1945 to 2100"));
    assert!(page.contains(r#"id="start_from" name="start_from" class="input input--year input--error" value="1900""#), "{page}");
    assert!(page.contains(r#"value="2020""#), "the good year is kept");
    assert!(checked(&page, "sdg", "6"));
}

#[actix_web::test]
async fn start_years_given_backwards_are_an_error_on_from_and_both_are_shown_again() {
    let app = registry().await;
    let (status, page) = app.get("/commitments?start_from=2030&start_to=2020").await;
    assert_eq!(status, 400);
    assert!(
        page.contains(
            r##"<a href="#start_from">Start year “From” must be the same as or before “To”</a>"##
        ),
        "{page}"
    );
    assert!(page.contains(r#"value="2030""#) && page.contains(r#"value="2020""#));
}

#[actix_web::test]
async fn an_unknown_region_is_named_and_left_out_while_the_other_filters_still_apply() {
    let app = registry().await;
    let (status, page) = app.get("/commitments?region=atlantis&sdg=7").await;
    assert_eq!(status, 400);
    assert!(
        page.contains("Region: “atlantis” is not one of the choices"),
        "{page}"
    );
    assert!(checked(&page, "sdg", "7"));
    assert!(page.contains("Solar power for clinics"));
    assert!(!page.contains("Clean water for schools in Kenya"));
}

#[actix_web::test]
async fn the_start_year_boxes_say_their_range_and_a_good_search_answers_200() {
    let app = registry().await;
    let (status, page) = app.get("/commitments?start_from=1970&start_to=1990").await;
    assert_eq!(status, 200);
    assert!(page.contains("Years from 1945 to 2100"));
    assert!(page.contains(r#"type="number" min="1945" max="2100""#));
    assert!(!page.contains("There is a problem"));
    assert!(page.contains(r#"value="1970""#));
}

#[actix_web::test]
async fn the_json_api_answers_a_bad_start_year_with_its_json_error_envelope() {
    let app = registry().await;
    let (status, body) = crate::helpers::api::api(&app, "start_from=abc").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["status"], 400);
    assert_eq!(body["error"]["field"], "start_from");
}
