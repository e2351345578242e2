//! Real-browser test in headless Chromium through chromedriver: a person fills the form with a
//! completion date before the start, sees the error summary, follows its link to the field,
//! fixes it and lands on the new commitment. Screenshots of each step are kept for people.

use fantoccini::Locator;

use crate::helpers::chromium::*;
use crate::helpers::*;

#[actix_web::test]
async fn a_person_fixes_a_completion_date_before_the_start_and_lands_on_the_commitment() {
    let app = spawn_app().await;
    let email = "awa@example.org";
    let password = app.create_user(email, Role::Contributor);
    let (_driver, browser) = signed_in_at(&app, (email, &password), "/commitments/new").await;
    fill_commitment(&browser).await;
    screenshot(&browser, "1-form-filled").await;
    click(&browser, ".form-actions button[type=submit]").await;

    let summary = browser
        .wait()
        .for_element(Locator::Css(".error-summary"))
        .await
        .unwrap();
    assert!(summary.text().await.unwrap().contains("There is a problem"));
    assert!(browser.title().await.unwrap().starts_with("Error: "));
    let focused = browser.active_element().await.unwrap();
    assert_eq!(
        focused.attr("class").await.unwrap().as_deref(),
        Some("error-summary"),
        "focus moves to the summary"
    );
    screenshot(&browser, "2-error-summary").await;

    click(&browser, ".error-summary a[href='#completion_date']").await;
    let focused = browser.active_element().await.unwrap();
    assert_eq!(
        focused.attr("id").await.unwrap().as_deref(),
        Some("completion_date"),
        "the link focuses the field"
    );
    let kept: String = value_of(&browser, "title").await;
    assert_eq!(kept, "Solar pumps for irrigation in the Sahel");
    screenshot(&browser, "3-field-focused").await;

    set_date(&browser, "completion_date", "2030-12-31").await;
    click(&browser, ".form-actions button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css(".detail__aside"))
        .await
        .unwrap();
    let url = browser.current_url().await.unwrap();
    assert!(url.path().starts_with("/commitments/"), "{url}");
    let heading = browser
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(heading, "Solar pumps for irrigation in the Sahel");
    let page = browser.source().await.unwrap();
    assert!(page.contains("31 December 2030"));
    assert!(page.contains("Awaiting review"));
    screenshot(&browser, "4-commitment-submitted").await;
    browser.close().await.unwrap();
}
