//! Moderators hiding a progress report: a reason is needed, and the report leaves the public
//! page, the API, the feed and the reporting light while its owner and moderators still see it.

use chrono::{Days, Utc};
use serde_json::json;

use crate::helpers::api::{api_record, api_total};
use crate::helpers::reports::app_with_unreported_commitment;
use crate::helpers::*;

/// A published registry with one recent visible report; a moderator's browser.
async fn with_a_report() -> (TestApp, User) {
    let recent = Utc::now()
        .date_naive()
        .checked_sub_days(Days::new(30))
        .unwrap();
    let report = json!({"reported_on": recent.to_string(), "status": "off-track",
        "percent_complete": 10, "achievements": "Spam spam spam: buy cheap watches at example.com",
        "challenges": "", "next_steps": ""});
    let app =
        app_with_unreported_commitment("published", json!({"progress_reports": [report]})).await;
    let moderator = app.signed_in_as("mona@example.org", Role::Moderator).await;
    (app, moderator)
}

async fn hide(browser: &Browser, reason: &str) -> reqwest::Response {
    let path = "/commitments/1/reports/1/hide";
    browser
        .submit("/commitments/1", path, &[("reason", reason)])
        .await
}

#[actix_web::test]
async fn hiding_a_report_needs_a_reason() {
    let (app, moderator) = with_a_report().await;
    let (_, page) = moderator.get("/commitments/1").await;
    assert!(page.contains("action=\"/commitments/1/reports/1/hide\""));
    let (_, owners) = app.get("/commitments/1").await;
    assert!(
        !owners.contains("/reports/1/hide"),
        "owners do not hide reports"
    );

    let page = refused(hide(&moderator, "  ").await, "hide_reason-1").await;
    assert!(page.contains("<details class=\"hide-report\" open>"));
    assert!(
        api_record(&app, 1).await["progress_reports"][0].is_object(),
        "still public"
    );
    // The owner's own form token does not make them a moderator.
    let response = hide(&app, "Mine to hide").await;
    assert_eq!(response.status(), 403);
    assert!(api_record(&app, 1).await["progress_reports"][0].is_object());
}

#[actix_web::test]
async fn a_hidden_report_leaves_the_page_the_api_the_feed_and_the_light() {
    let (app, moderator) = with_a_report().await;
    let visitor = app.browser();
    assert!(visitor.get("/feed.atom").await.1.contains("Spam spam spam"));
    assert_eq!(api_record(&app, 1).await["reporting"], "up-to-date");

    let response = hide(&moderator, "Advertising, not a report.").await;
    assert_redirects_to(&response, "/commitments/1#report-1");
    let (_, public) = visitor.get("/commitments/1").await;
    assert!(!public.contains("Spam spam spam") && !public.contains("report-1"));
    assert!(public.contains("reporting--inactive"));
    let record = api_record(&app, 1).await;
    assert_eq!(record["progress_reports"], json!([]));
    assert_eq!(record["reporting"], "inactive");
    assert!(!visitor.get("/feed.atom").await.1.contains("Spam spam spam"));
    assert_eq!(api_total(&app, "reporting=inactive").await, 1);

    for browser in [&*moderator, &*app] {
        let (_, page) = browser.get("/commitments/1").await;
        assert!(page.contains("Spam spam spam") && page.contains("Hidden from the public"));
        assert!(page.contains("Advertising, not a report."));
    }
    let moderator_id = app.user_id("mona@example.org");
    let hidden = (
        Some(moderator_id),
        "report-hidden".into(),
        "Advertising, not a report.".into(),
    );
    assert_eq!(events(&app, 1).last().unwrap(), &hidden);

    let response = hide(&moderator, "Again.").await;
    assert_eq!(response.status(), 409);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("href=\"#report-1\""));
    assert_eq!(events(&app, 1).len(), 2, "imported, then hidden once");
}
