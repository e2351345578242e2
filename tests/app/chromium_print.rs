//! A commitment page on paper (headless Chromium, the page's print rules switched on): the
//! commitment alone, without the site's menus, forms or footer, and each web address written
//! out after its link, since paper has no links.

use serde_json::{json, Value};

use crate::helpers::chromium::{go, open_browser};
use crate::helpers::*;

/// Runs `code` in the page and returns its value.
async fn script(browser: &fantoccini::Client, code: &str) -> Value {
    browser.execute(code, vec![]).await.unwrap()
}

/// Applies the style sheets' `@media print` rules to the screen, as printing would.
const AS_PRINTED: &str = "for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
        if (rule.media && rule.media.mediaText === 'print') rule.media.mediaText = 'all';
    }
}";

/// Whether the first element `selector` finds takes room on the page.
fn shown(selector: &str) -> String {
    format!(
        "const e = document.querySelector('{selector}'); \
         return e !== null && e.getClientRects().length > 0;"
    )
}

#[actix_web::test]
async fn a_printed_commitment_page_holds_the_commitment_without_menus_or_forms_and_writes_out_its_web_addresses(
) {
    let app = spawn_app().await;
    let made = app
        .commitment()
        .published()
        .with(
            "objective",
            json!("Wells for 200 schools, as planned on https://example.org/wells."),
        )
        .create()
        .await;
    let driver = start_driver().await;
    let browser = open_browser(&driver).await;
    go(&browser, &app, &format!("/commitments/{}", made.id)).await;
    for part in [".site-header", ".site-footer", ".breadcrumbs"] {
        assert_eq!(
            script(&browser, &shown(part)).await,
            true,
            "{part} on screen"
        );
    }
    script(&browser, AS_PRINTED).await;
    assert_eq!(script(&browser, &shown("h1")).await, true, "the title");
    assert_eq!(script(&browser, &shown(".detail__main")).await, true);
    for part in [
        ".site-header",
        ".site-footer",
        ".breadcrumbs",
        ".page-actions",
    ] {
        assert_eq!(
            script(&browser, &shown(part)).await,
            false,
            "{part} is not printed"
        );
    }
    let written_out = script(
        &browser,
        "const a = document.querySelector('.detail__main a[href=\"https://example.org/wells\"]'); \
         return getComputedStyle(a, '::after').content;",
    )
    .await;
    assert_eq!(written_out, "\" (https://example.org/wells)\"");
    browser.close().await.unwrap();
}
