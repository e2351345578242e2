//! Keyboard date entry in Chromium (#12): typing the hint's example gives that date.

use fantoccini::Locator;

use crate::helpers::chromium::{
    click, fill_commitment, screenshot, signed_in_at, type_into, value_of,
};
use crate::helpers::*;

#[actix_web::test]
async fn typing_the_date_hints_example_with_the_keyboard_gives_that_date() {
    let app = spawn_app().await;
    let email = "ama@example.org";
    let password = app.create_user(email, Role::Contributor);
    let (_driver, browser) = signed_in_at(&app, (email, &password), "/commitments/new").await;
    fill_commitment(&browser).await;
    let hint = browser
        .find(Locator::Id("start_date-hint"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(hint.contains("2024-03-31"), "{hint}");
    type_into(&browser, "start_date", "2024-03-31").await;
    type_into(&browser, "completion_date", "2030-12-31").await;
    let typed: String = value_of(&browser, "start_date").await;
    assert_eq!(typed, "2024-03-31", "the keys give the hint's date");
    screenshot(&browser, "5-dates-typed").await;
    click(&browser, ".form-actions button[type=submit]").await;

    browser
        .wait()
        .for_element(Locator::Css(".detail__aside"))
        .await
        .unwrap();
    let page = browser.source().await.unwrap();
    assert!(page.contains("31 March 2024"), "the start date as typed");
    assert!(
        page.contains("31 December 2030"),
        "the completion date as typed"
    );
    browser.close().await.unwrap();
}
