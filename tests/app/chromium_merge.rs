//! Real-browser test of a merge after a clash: two people change the same field, the second
//! sees both values on the 409 page (looked at 1280 and 390 px wide), takes the other's, saves,
//! and the commitment shows the right value of every field.

use fantoccini::{Client, Locator};

use crate::helpers::chromium::{click, screenshot_dir, signed_in_at, type_into, value_of};
use crate::helpers::*;

const COLLEAGUES_TITLE: &str = "Safe water for 300 schools, says the ministry";
const MY_TITLE: &str = "Safe water for 250 rural schools";
const MY_OBJECTIVE: &str = "Safe water in 250 schools by 2030.";
const COLLEAGUES_COVERAGE: &str = "All provinces of Cambodia.";

/// A screenshot of the page at `width` pixels, scrolled to `css`, kept for people to look at.
async fn screenshot_at(browser: &Client, name: &str, width: u32, css: &str) {
    browser.set_window_size(width, 1000).await.unwrap();
    browser
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView()",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    let png = browser.screenshot().await.unwrap();
    let path = screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    println!("screenshot: {}", path.display());
    browser.set_window_size(1280, 1600).await.unwrap();
}

async fn text_of(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The colleague saves a new title and coverage from their own edit form, through HTTP.
async fn colleague_saves(app: &TestApp) {
    let colleague = app.signed_in(Role::Moderator).await;
    let (_, page) = colleague.get("/commitments/1/edit").await;
    let fields = form_fields(&page, "/commitments/1/edit");
    let fields = with_values(fields, "title", &[COLLEAGUES_TITLE]);
    let fields = with_values(fields, "geographical_coverage", &[COLLEAGUES_COVERAGE]);
    let response = colleague
        .submit(
            "/commitments/1/edit",
            "/commitments/1/edit",
            &as_pairs(&fields),
        )
        .await;
    assert_eq!(response.status(), 303);
}

#[actix_web::test]
async fn after_a_clash_the_person_sees_both_values_chooses_theirs_and_keeps_the_rest() {
    let app = spawn_app().await;
    let owner = app.new_account("awa@example.org", Role::Contributor);
    app.commitment().published().owned_by(&owner).create().await;
    let login = (owner.email.as_str(), owner.password.as_str());
    let (_driver, browser) = signed_in_at(&app, login, "/commitments/1/edit").await;
    type_into(&browser, "title", MY_TITLE).await;
    type_into(&browser, "objective", MY_OBJECTIVE).await;
    colleague_saves(&app).await;
    click(&browser, ".form-actions button[type=submit]").await;

    let panel = browser
        .wait()
        .for_element(Locator::Css(".merge-conflict"))
        .await
        .unwrap();
    let shown = panel.text().await.unwrap();
    assert!(
        shown.contains("Safe water for 200 rural schools in Cambodia"),
        "{shown}"
    );
    assert!(
        shown.contains(COLLEAGUES_TITLE) && shown.contains(MY_TITLE),
        "{shown}"
    );
    assert!(
        !shown.contains("Objective"),
        "only the field both changed is asked about"
    );
    let coverage: String = value_of(&browser, "geographical_coverage").await;
    assert_eq!(
        coverage, COLLEAGUES_COVERAGE,
        "their other change is in the form"
    );
    screenshot_at(&browser, "merge-1-conflict-1280", 1280, "h1").await;
    screenshot_at(&browser, "merge-2-conflict-390", 390, ".merge-conflict").await;
    screenshot_at(&browser, "merge-3-choice-390", 390, ".merge-choice").await;

    click(&browser, "label[for='choose-title-theirs']").await;
    click(&browser, ".form-actions button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css(".detail__aside"))
        .await
        .unwrap();
    assert_eq!(text_of(&browser, "h1").await, COLLEAGUES_TITLE);
    let page = browser.source().await.unwrap();
    assert!(page.contains(MY_OBJECTIVE), "my objective is saved");
    assert!(page.contains(COLLEAGUES_COVERAGE), "their coverage is kept");
    screenshot_at(&browser, "merge-4-saved-1280", 1280, "h1").await;
    browser.close().await.unwrap();
}
