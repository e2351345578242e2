//! Real-browser test in headless Chromium through chromedriver: a person fills the form with a
//! completion date before the start, sees the error summary, follows its link to the field,
//! fixes it and lands on the new commitment. Screenshots of each step are kept for people.

use std::path::PathBuf;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::helpers::*;

async fn open_browser(driver: &Driver) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({"args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--window-size=1280,1600"]}),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session starts")
}

/// Where the screenshots go: the build's target folder, for people to look at.
fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn screenshot(browser: &Client, name: &str) {
    let height: u64 = browser
        .execute("return document.documentElement.scrollHeight", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap_or(1600);
    browser
        .set_window_size(1280, height.clamp(800, 12_000) as u32)
        .await
        .unwrap();
    let png = browser.screenshot().await.unwrap();
    let path = screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    println!("screenshot: {}", path.display());
    browser.set_window_size(1280, 1600).await.unwrap();
}

async fn type_into(browser: &Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Date inputs take typed text in the browser's locale order: set their value directly.
async fn set_date(browser: &Client, id: &str, date: &str) {
    browser
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1]",
            vec![json!(id), json!(date)],
        )
        .await
        .unwrap();
}

async fn click(browser: &Client, css: &str) {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn sign_in(browser: &Client, app: &TestApp, email: &str, password: &str) {
    browser
        .goto(&format!("{}/account/login", app.address))
        .await
        .unwrap();
    type_into(browser, "email", email).await;
    type_into(browser, "password", password).await;
    click(browser, "form[action='/account/login'] button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css("form[action='/account/logout']"))
        .await
        .unwrap();
}

async fn fill_commitment(browser: &Client) {
    type_into(browser, "title", "Solar pumps for irrigation in the Sahel").await;
    click(browser, "#category").await;
    type_into(
        browser,
        "objective",
        "Irrigate 5,000 hectares with solar-powered pumps.",
    )
    .await;
    type_into(
        browser,
        "implementation",
        "Farmers' cooperatives install and run the pumps.",
    )
    .await;
    click(browser, "#sdgs-7").await;
    click(browser, "#sdgs-13").await;
    click(browser, "#regions").await;
    type_into(browser, "lead_entity", "Sahel Solar Cooperative").await;
    browser
        .execute(
            "document.getElementById('entity_type').value = 'civil-society'",
            vec![],
        )
        .await
        .unwrap();
    type_into(browser, "contact_name", "Awa Diallo").await;
    type_into(browser, "contact_email", "awa.diallo@example.org").await;
    set_date(browser, "start_date", "2020-01-01").await;
    set_date(browser, "completion_date", "2019-06-30").await;
}

#[actix_web::test]
async fn a_person_fixes_a_completion_date_before_the_start_and_lands_on_the_commitment() {
    let app = spawn_app().await;
    let email = "awa@example.org";
    let password = app.create_user(email, Role::Contributor);
    let driver = start_driver().await;
    let browser = open_browser(&driver).await;

    sign_in(&browser, &app, email, &password).await;
    browser
        .goto(&format!("{}/commitments/new", app.address))
        .await
        .unwrap();
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
    let kept: String = browser
        .find(Locator::Id("title"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
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
