//! Real-browser checks of the search page on a phone and from the keyboard (headless Chromium):
//! the first result of a two-filter search on the first screen at 390 px, at most 8 key presses
//! from the top of a filtered search, and readable focus at every Tab stop of the home, search
//! and sign-in pages (text 4.5:1 on its focus background, indicator 3:1 on what surrounds it).

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::{json, Value};

use crate::helpers::chromium::open_browser_width;
use crate::helpers::search::record;
use crate::helpers::*;

/// Thirty water commitments in Africa, a few elsewhere.
fn registry() -> Vec<Value> {
    let mut records: Vec<Value> = (0..30)
        .map(|i| {
            record(
                &format!("Wells and pumps {i:02}"),
                &[6, 3],
                &["africa"],
                "ngo",
            )
        })
        .collect();
    records.push(record(
        "Clean air for cities",
        &[11],
        &["europe"],
        "government",
    ));
    records
}

async fn press(browser: &Client, key: Key) {
    let key: char = key.into();
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser.perform_actions(actions).await.unwrap();
}

async fn script(browser: &Client, code: &str) -> Value {
    browser.execute(code, vec![]).await.unwrap()
}

#[actix_web::test]
async fn at_390_px_the_first_result_of_a_two_filter_search_is_on_the_first_screen() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let driver = start_driver().await;
    let browser = open_browser_width(&driver, 390).await;
    browser
        .goto(&format!("{}/commitments?sdg=6&region=africa", app.address))
        .await
        .unwrap();
    let width = script(&browser, "return window.innerWidth").await;
    assert_eq!(width, 390);
    let top = script(
        &browser,
        "return document.querySelector('#results > li').getBoundingClientRect().top + window.scrollY",
    )
    .await;
    let top = top.as_f64().unwrap();
    println!("first result at {top} px");
    assert!(top < 844.0, "the first result starts at {top} px");
    browser.close().await.unwrap();
}

#[actix_web::test]
async fn the_first_result_of_a_filtered_search_is_at_most_8_key_presses_from_the_top() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let driver = start_driver().await;
    let browser = open_browser_width(&driver, 1280).await;
    browser
        .goto(&format!("{}/commitments?sdg=6&region=africa", app.address))
        .await
        .unwrap();
    let focused_is = |code: &'static str| {
        let browser = browser.clone();
        async move { script(&browser, code).await == json!(true) }
    };
    let mut presses = 0;
    let mut reached = false;
    while presses < 8 && !reached {
        let on_skip_link =
            focused_is("return document.activeElement.getAttribute('href') === '#results'").await;
        press(&browser, if on_skip_link { Key::Enter } else { Key::Tab }).await;
        presses += 1;
        reached = focused_is(
            "return document.activeElement === document.querySelector('#results > li h3 a')",
        )
        .await;
    }
    println!("first result reached in {presses} key presses");
    assert!(reached, "not reached in 8 key presses");
    browser.close().await.unwrap();
}

/// For the focused element: its text's contrast on its own (focus) background, and the best
/// contrast of its focus indicator (outline, box-shadow or background colour) against the
/// background around it. `null` when nothing is focused.
const FOCUS_CONTRAST: &str = r##"
const el = document.activeElement;
if (!el || el === document.body) { return null; }
const rgba = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const background = (node) => { for (; node && node.nodeType === 1; node = node.parentElement) {
    const c = rgba(getComputedStyle(node).backgroundColor); if (c && c[3] > 0) return c; }
  return [255, 255, 255, 1]; };
const style = getComputedStyle(el);
const own = background(el);
const around = background(el.parentElement);
const indicators = [];
if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) indicators.push(rgba(style.outlineColor));
for (const c of (style.boxShadow.match(/rgba?\([^)]+\)/g) || [])) indicators.push(rgba(c));
indicators.push(own);
const usable = indicators.filter((c) => c && c[3] > 0);
const best = Math.max(0, ...usable.map((c) => ratio(c, around)));
const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " [" + (el.textContent || el.value || "").trim().slice(0, 40) + "]";
return { name, text: ratio(rgba(style.color), own), indicator: best };
"##;

/// Tabs through the whole page; returns each stop's name with what failed.
async fn unreadable_focus(browser: &Client) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut empty_presses = 0;
    for _ in 0..200 {
        press(browser, Key::Tab).await;
        let stop = script(browser, FOCUS_CONTRAST).await;
        let Some(name) = stop["name"].as_str().map(str::to_string) else {
            // Right after a navigation on a loaded machine the first Tab can still land in
            // the browser's own controls: only an empty focus after the first stop ends it.
            if seen.is_empty() && empty_presses < 3 {
                empty_presses += 1;
                continue;
            }
            break;
        };
        if seen.first() == Some(&name) {
            break;
        }
        let text = stop["text"].as_f64().unwrap();
        let indicator = stop["indicator"].as_f64().unwrap();
        if text < 4.5 || indicator < 3.0 {
            failures.push(format!(
                "{name}: text {text:.2}:1, indicator {indicator:.2}:1"
            ));
        }
        seen.push(name);
    }
    (seen.len(), failures)
}

#[actix_web::test]
async fn every_tab_stop_of_the_home_search_and_sign_in_pages_is_readable_when_focused() {
    let app = spawn_app_in(data_dir_with(&registry())).await;
    let driver = start_driver().await;
    for width in [1280, 390] {
        let browser = open_browser_width(&driver, width).await;
        for path in [
            "/",
            "/commitments?sdg=6&region=africa&per_page=20",
            "/account/login",
        ] {
            browser
                .goto(&format!("{}{path}", app.address))
                .await
                .unwrap();
            let (stops, failures) = unreadable_focus(&browser).await;
            println!("{path} at {width} px: {stops} Tab stops");
            assert!(stops > 5, "{path}: {stops} Tab stops");
            assert!(failures.is_empty(), "{path} at {width} px: {failures:#?}");
        }
        browser.close().await.unwrap();
    }
}
