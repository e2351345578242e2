//! Driving headless Chromium through chromedriver: start it, open a browser, sign in, fill the
//! registration form, click, type and keep screenshots for people to look at.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use super::TestApp;

/// chromedriver on a free port, stopped when dropped.
pub struct Driver {
    process: Child,
    pub url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

pub async fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect(
            "chromedriver is installed (apt-get install chromium chromium-driver; .ci/run does it)",
        );
    let driver = Driver {
        process,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return driver;
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}

/// The flags every test browser starts with: headless, quiet, no first-run work.
const CHROMIUM_ARGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// A desktop Chromium, 1280 × 1600.
pub async fn open_browser(driver: &Driver) -> Client {
    let mut args = CHROMIUM_ARGS.to_vec();
    args.push("--window-size=1280,1600");
    connect(driver, json!({ "args": args })).await
}

/// A Chromium whose viewport is `width` CSS px wide (390: a phone) and 844 high.
pub async fn open_browser_width(driver: &Driver, width: u32) -> Client {
    let metrics = json!({"width": width, "height": 844, "pixelRatio": 1});
    let options = json!({"args": CHROMIUM_ARGS, "mobileEmulation": {"deviceMetrics": metrics}});
    connect(driver, options).await
}

async fn connect(driver: &Driver, chrome_options: serde_json::Value) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), chrome_options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session starts")
}

/// What the field with HTML id `id` holds now (its `value` property, as typed or restored).
pub async fn value_of(browser: &Client, id: &str) -> String {
    browser
        .find(Locator::Id(id))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Where the screenshots go: the build's target folder, for people to look at.
pub fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn screenshot(browser: &Client, name: &str) {
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

pub async fn type_into(browser: &Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Sets a field's value directly, without key presses (form_rules.rs types dates instead).
pub async fn set_date(browser: &Client, id: &str, date: &str) {
    browser
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1]",
            vec![json!(id), json!(date)],
        )
        .await
        .unwrap();
}

pub async fn click(browser: &Client, css: &str) {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Opens `path` of the app (e.g. "/commitments/new").
pub async fn go(browser: &Client, app: &TestApp, path: &str) {
    browser
        .goto(&format!("{}{path}", app.address))
        .await
        .unwrap();
}

/// A Chromium signed in as `email`, on `path`; keep the driver while the browser is used.
pub async fn signed_in_at(
    app: &TestApp,
    (email, password): (&str, &str),
    path: &str,
) -> (Driver, Client) {
    let driver = start_driver().await;
    let browser = open_browser(&driver).await;
    sign_in(&browser, app, email, password).await;
    go(&browser, app, path).await;
    (driver, browser)
}

pub async fn sign_in(browser: &Client, app: &TestApp, email: &str, password: &str) {
    go(browser, app, "/account/login").await;
    type_into(browser, "email", email).await;
    type_into(browser, "password", password).await;
    click(browser, "form[action='/account/login'] button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css("form[action='/account/logout']"))
        .await
        .unwrap();
}

pub async fn fill_commitment(browser: &Client) {
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
