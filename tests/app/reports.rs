//! Progress reports: filing one through the real form (owners and moderators, published
//! commitments only), what the form refuses, and moderators hiding one.

use chrono::{Days, Utc};
use diesel::prelude::*;
use serde_json::{json, Value};

use crate::helpers::api::{api_record, api_total};
use crate::helpers::reports::*;
use crate::helpers::*;

/// The id of the first deliverable of commitment `id`.
fn deliverable_id(app: &TestApp, id: i64) -> String {
    use sdg_registry::db::schema::deliverables as d;
    let mut conn = app.pool().get().unwrap();
    let found: i64 = d::table
        .filter(d::commitment_id.eq(id))
        .select(d::id)
        .first(&mut conn)
        .unwrap();
    found.to_string()
}

fn deliverable_status(app: &TestApp, id: i64) -> String {
    use sdg_registry::db::schema::deliverables as d;
    let mut conn = app.pool().get().unwrap();
    d::table
        .filter(d::commitment_id.eq(id))
        .select(d::status)
        .first(&mut conn)
        .unwrap()
}

fn report_count(app: &TestApp) -> i64 {
    use sdg_registry::db::schema::progress_reports as r;
    let mut conn = app.pool().get().unwrap();
    r::table.count().get_result(&mut conn).unwrap()
}

#[actix_web::test]
async fn a_valid_report_is_on_the_timeline_with_a_green_light_and_new_deliverable_statuses() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("reporting--inactive"));
    assert!(page.contains(&format!("href=\"{FORM}\"")), "the button");
    let (status, form) = app.get(FORM).await;
    assert_eq!(status, 200);
    assert!(
        form.contains(&format!("value=\"{}\"", today())),
        "dated today"
    );
    let deliverable = deliverable_id(&app, 1);
    assert!(form.contains(&format!("name=\"deliverable_id\" value=\"{deliverable}\"")));
    assert!(
        form.contains("value=\"in-progress\" selected"),
        "its current status"
    );

    let changes = [
        ("deliverable_id", deliverable.as_str()),
        ("deliverable_status", "completed"),
    ];
    let response = file(&app, &changes).await;
    assert_redirects_to(&response, "/commitments/1#report-1");
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("Your progress report is on the timeline"));
    assert!(page.contains("id=\"report-1\"") && page.contains(ACHIEVED));
    assert!(page.contains("reporting--up-to-date") && page.contains("Up to date"));
    assert_eq!(deliverable_status(&app, 1), "completed");

    let record = api_record(&app, 1).await;
    assert_eq!(record["reporting"], "up-to-date");
    assert_eq!(record["progress_reports"][0]["percent_complete"], 40);
    assert_eq!(record["deliverables"][0]["status"], "completed");
    assert_ne!(record["updated_at"], "2020-01-01T10:00:00Z");
    let owner = app.user_id(OWNER);
    assert_eq!(
        events(&app, 1).last().unwrap(),
        &(Some(owner), "reported".into(), String::new())
    );
}

#[actix_web::test]
async fn a_report_dated_after_tomorrow_is_refused_with_every_value_kept() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let later = Utc::now()
        .date_naive()
        .checked_add_days(Days::new(2))
        .unwrap()
        .to_string();
    let deliverable = deliverable_id(&app, 1);
    let changes = [
        ("reported_on", later.as_str()),
        ("deliverable_id", deliverable.as_str()),
        ("deliverable_status", "cancelled"),
    ];
    let page = refused(file(&app, &changes).await, "reported_on").await;
    assert!(page.contains("cannot be in the future"));
    assert!(page.contains("aria-describedby=\"reported_on-hint reported_on-error\""));
    for kept in [
        later.as_str(),
        ACHIEVED,
        "The rainy season delayed the drilling.",
        "value=\"40\"",
    ] {
        assert!(page.contains(kept), "{kept} is kept");
    }
    assert!(page.contains("value=\"on-track\" checked"));
    assert!(
        page.contains("value=\"cancelled\" selected"),
        "the deliverable's choice is kept"
    );
    assert_eq!(report_count(&app), 0);
    assert_eq!(deliverable_status(&app, 1), "in-progress");
}

#[actix_web::test]
async fn a_report_before_the_commitment_started_is_refused() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let page = refused(
        file(&app, &[("reported_on", "1979-12-31")]).await,
        "reported_on",
    )
    .await;
    assert!(page.contains("cannot be before the commitment started"));
    assert_eq!(report_count(&app), 0);
}

#[actix_web::test]
async fn short_achievements_and_a_percentage_over_100_are_both_refused() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let changes = [("achievements", "Dug wells."), ("percent_complete", "101")];
    let response = file(&app, &changes).await;
    let page = refused(response, "achievements").await;
    assert!(page.contains("href=\"#percent_complete\""));
    assert!(page.contains("20 characters or more"));
    assert!(page.contains("from 0 to 100"));
    assert!(page.contains("Dug wells.") && page.contains("value=\"101\""));
    assert_eq!(report_count(&app), 0);
}

#[actix_web::test]
async fn a_deliverable_of_another_commitment_is_refused() {
    let app = spawn_app().await;
    let owner = app.sign_in(OWNER, Role::Contributor).await;
    app.commitment().published().owned_by(&owner).create().await;
    let other = app
        .commitment()
        .titled("Clean cookstoves for 10,000 households in Ghana")
        .published()
        .owned_by(&owner)
        .create()
        .await;
    let foreign = deliverable_id(&app, other.id);
    let changes = [
        ("deliverable_id", foreign.as_str()),
        ("deliverable_status", "completed"),
    ];
    let page = refused(file(&app, &changes).await, "deliverables").await;
    assert!(page.contains("choose statuses only for the deliverables listed"));
    assert_eq!(deliverable_status(&app, other.id), "in-progress");
    assert_eq!(report_count(&app), 0);

    let own = deliverable_id(&app, 1);
    let changes = [
        ("deliverable_id", own.as_str()),
        ("deliverable_status", "finished"),
    ];
    refused(file(&app, &changes).await, "deliverable_status-1").await;
}

#[actix_web::test]
async fn other_contributors_get_403_and_visitors_are_sent_to_sign_in() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let other = app.signed_in_as("ana@example.org", Role::Contributor).await;
    assert_eq!(other.get(FORM).await.0, 403);
    let (_, page) = other.get("/commitments/1").await;
    assert!(!page.contains(FORM), "no button for them");
    let token = other.csrf_token_from("/account").await;
    let response = other
        .post_form(
            ACTION,
            &[("achievements", ACHIEVED), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status(), 403);

    let visitor = app.browser();
    let response = visitor.get_response(FORM).await;
    assert_eq!(response.status(), 303);
    assert!(location(&response).starts_with("/account/login?next="));
    assert_eq!(report_count(&app), 0);
}

#[actix_web::test]
async fn an_unpublished_commitment_explains_why_to_its_owner_and_is_404_to_others() {
    let app = app_with_unreported_commitment("submitted", json!({})).await;
    let (status, page) = app.get(FORM).await;
    assert_eq!(status, 409);
    assert!(page.contains("can be filed once the commitment is published"));
    assert!(page.contains("awaiting review"));
    let (_, show) = app.get("/commitments/1").await;
    assert!(!show.contains(FORM), "no button before publication");
    let before = events(&app, 1);
    let token = app.csrf_token_from("/commitments/1").await;
    let response = app
        .post_form(
            ACTION,
            &[
                ("reported_on", &today()),
                ("status", "on-track"),
                ("achievements", ACHIEVED),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(response.status(), 409);
    assert_eq!(report_count(&app), 0);
    assert_eq!(events(&app, 1), before);

    let moderator = app.signed_in_as("mona@example.org", Role::Moderator).await;
    assert_eq!(moderator.get(FORM).await.0, 409);
    let other = app.signed_in_as("ana@example.org", Role::Contributor).await;
    assert_eq!(other.get(FORM).await.0, 404);
}

#[actix_web::test]
async fn filing_a_report_moves_a_commitment_to_up_to_date_in_search() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    assert_eq!(api_total(&app, "reporting=inactive").await, 1);
    assert_eq!(api_total(&app, "reporting=up-to-date").await, 0);
    assert_redirects_to(&file(&app, &[]).await, "/commitments/1#report-1");
    assert_eq!(api_total(&app, "reporting=up-to-date").await, 1);
    assert_eq!(api_total(&app, "reporting=inactive").await, 0);
    let (_, body) = app.get("/api/v1/commitments").await;
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["facets"]["reporting"]["up-to-date"], 1);
}

#[actix_web::test]
async fn the_account_page_lists_the_reports_due() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let (_, page) = app.get("/account").await;
    assert!(page.contains("Reports due"));
    assert!(page.contains(&format!("href=\"{FORM}\"")));
    assert!(page.contains("reporting--inactive"));
    file(&app, &[]).await;
    let (_, page) = app.get("/account").await;
    assert!(!page.contains(&format!("href=\"{FORM}\"")));
    assert!(page.contains("None of your published commitments needs a progress report now"));
}
