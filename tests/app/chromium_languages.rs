//! Real-browser check of the Arabic pages (headless Chromium): right to left, mirrored, and
//! nothing overlapping or cut off at 390 and 1280 px. Screenshots are kept for people to see.

use fantoccini::Client;
use serde_json::Value;

use crate::helpers::chromium::{open_browser_width, screenshot_dir};
use crate::helpers::*;

/// What the page's layout measures: direction, overflow, where the header sits, overlaps.
const MEASURE: &str = r#"
const width = window.innerWidth;
const rect = (el) => el.getBoundingClientRect();
const boxes = [...document.querySelectorAll('.language-switch a, .site-name, .site-nav a, .site-nav button, h1, .totals li')]
  .filter(el => rect(el).width > 0);
const name = (el) => el.tagName + ' ' + el.textContent.trim().slice(0, 20);
const overlaps = [];
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const a = rect(boxes[i]), b = rect(boxes[j]);
  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
    overlaps.push(name(boxes[i]) + ' / ' + name(boxes[j]));
}
const clipped = boxes.map(rect).filter(r => r.left < -1 || r.right > width + 1).length;
return {
  dir: document.documentElement.dir,
  overflow: document.documentElement.scrollWidth - width,
  nameRight: width - rect(document.querySelector('.site-name')).right,
  nameLeft: rect(document.querySelector('.site-name')).left,
  h1Right: width - rect(document.querySelector('h1')).right,
  // The heading's words line by line (its box fills the width whatever the direction):
  // how much nearer the right edge than the left each line sits.
  h1Lines: (() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1'));
    return [...range.getClientRects()].map(r => r.left - (width - r.right));
  })(),
  overlaps, clipped,
};
"#;

async fn measure(browser: &Client) -> Value {
    browser.execute(MEASURE, vec![]).await.unwrap()
}

#[actix_web::test]
async fn the_arabic_home_page_reads_right_to_left_without_overlap_at_390_and_1280_px() {
    let app = spawn_app().await;
    let driver = start_driver().await;
    for width in [390, 1280] {
        let browser = open_browser_width(&driver, width).await;
        browser
            .goto(&format!("{}/?lang=ar", app.address))
            .await
            .unwrap();
        let m = measure(&browser).await;
        let png = browser.screenshot().await.unwrap();
        let path = screenshot_dir().join(format!("home-ar-{width}.png"));
        std::fs::write(&path, png).unwrap();
        println!("screenshot: {}", path.display());
        assert_eq!(m["dir"], "rtl", "{width}: {m}");
        assert!(
            m["overflow"].as_f64().unwrap() <= 0.0,
            "{width}: scrolls sideways: {m}"
        );
        assert_eq!(m["overlaps"], serde_json::json!([]), "{width}: {m}");
        assert_eq!(m["clipped"], 0, "{width}: {m}");
        // Mirrored: the site's name starts at the right, the heading hugs the right edge.
        let name_right = m["nameRight"].as_f64().unwrap();
        assert!(name_right < m["nameLeft"].as_f64().unwrap(), "{width}: {m}");
        assert!(
            m["h1Right"].as_f64().unwrap() < f64::from(width) / 4.0,
            "{width}: {m}"
        );
        let lines: Vec<f64> = m["h1Lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert!(
            lines.iter().all(|d| *d >= -1.0),
            "{width}: a line hugs the left: {m}"
        );
        assert!(
            lines.iter().any(|d| *d > 10.0),
            "{width}: the heading's last line starts at the right: {m}"
        );
        browser.close().await.unwrap();
    }
}
