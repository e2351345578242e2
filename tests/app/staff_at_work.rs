//! Staff at work: a moderator goes from one decision to the next commitment of the queue;
//! a suspension needs a reason the person sees; the read-only page quotes the admins' notice;
//! a history says how each version came in, and the page's "Last updated" agrees with it.

use chrono::Utc;
use serde_json::json;

use crate::helpers::*;

async fn review(browser: &Browser, id: i64, decision: &str, comment: &str) -> reqwest::Response {
    let fields = [("decision", decision), ("comment", comment)];
    browser
        .submit(
            &format!("/commitments/{id}"),
            &format!("/commitments/{id}/review"),
            &fields,
        )
        .await
}

#[actix_web::test]
async fn after_each_decision_the_moderator_lands_on_the_commitment_that_has_waited_longest() {
    let app = spawn_app().await;
    for (title, waiting_since) in [
        ("Wells for schools in Kampong Cham", "2025-03-01T10:00:00Z"),
        ("Solar pumps for Mekong villages", "2025-01-01T10:00:00Z"),
        ("Rainwater tanks for island clinics", "2025-02-01T10:00:00Z"),
    ] {
        app.commitment()
            .submitted()
            .titled(title)
            .with("updated_at", json!(waiting_since))
            .create()
            .await;
    }
    let moderator = app.signed_in(Role::Moderator).await;

    assert_redirects_to(
        &review(&moderator, 1, "publish", "").await,
        "/commitments/2",
    );
    let (_, page) = moderator.get("/commitments/2").await;
    assert!(page.contains("“Wells for schools in Kampong Cham” is published"));
    assert!(page.contains("This is the next commitment waiting for review."));

    let response = review(&moderator, 2, "return", "Name the villages.").await;
    assert_redirects_to(&response, "/commitments/3");
    assert_redirects_to(
        &review(&moderator, 3, "archive", "A duplicate.").await,
        "/moderation",
    );
    let (_, queue) = moderator.get("/moderation").await;
    assert!(queue.contains("No other commitment is waiting for review."));
}

#[actix_web::test]
async fn a_suspension_needs_a_reason_which_the_person_sees_when_they_try_to_sign_in() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let ana = app.new_account("ana@example.org", Role::Contributor);
    let action = format!("/admin/users/{}/suspend", ana.id);

    let response = app
        .submit("/admin/users", &action, &[("reason", "  ")])
        .await;
    let page = refused(response, &format!("reason-{}", ana.id)).await;
    assert!(page.contains("Enter the reason for suspending this account"));
    assert_redirects_to(
        &app.browser().login(&ana.email, &ana.password).await,
        "/account",
    );

    let reason = "Posted the same advertisement on 40 commitments.";
    let response = app
        .submit("/admin/users", &action, &[("reason", reason)])
        .await;
    assert_redirects_to(&response, "/admin/users");

    let refused_sign_in = app.browser().login(&ana.email, &ana.password).await;
    assert_eq!(refused_sign_in.status(), 403);
    let page = refused_sign_in.text().await.unwrap();
    assert!(page.contains("This account is suspended."));
    assert!(page.contains(reason), "the person is told why");

    let (_, users) = app.get("/admin/users").await;
    let today = sdg_registry::format::long_date(Utc::now().date_naive());
    assert!(users.contains(&format!("Suspended on {today} by Admin admin: {reason}")));
    let log = &users[users.find("id=\"account-log\"").unwrap()..];
    assert!(log.contains("Contributor ana suspended by Admin admin. Reason: Posted"));

    let lift = format!("/admin/users/{}/unsuspend", ana.id);
    assert_redirects_to(
        &app.submit("/admin/users", &lift, &[]).await,
        "/admin/users",
    );
    let (_, users) = app.get("/admin/users").await;
    assert!(
        users[users.find("id=\"account-log\"").unwrap()..].contains("unsuspended by Admin admin")
    );
}

#[actix_web::test]
async fn the_read_only_page_quotes_the_admins_notice_rather_than_a_fixed_wait() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    app.login_as(Role::Admin).await;
    let notice = "Moving to a new server; back by 14:00 UTC on Tuesday.";
    let fields = [
        ("message", notice),
        ("level", "warning"),
        ("read_only", "on"),
    ];
    let response = app.submit("/admin/notice", "/admin/notice", &fields).await;
    assert_redirects_to(&response, "/admin/notice");

    let person = app.signed_in(Role::Contributor).await;
    let response = person.register(&valid_form()).await;
    assert_eq!(response.status(), 503);
    let page = response.text().await.unwrap();
    let body = &page[page.find("<h1>Changes are paused for now</h1>").unwrap()..];
    assert!(body.contains(notice), "the notice is quoted in the page");
    assert!(!page.contains("about 15 minutes"));
}

#[actix_web::test]
async fn a_history_says_a_version_was_imported_not_made_by_the_registry() {
    let app = spawn_app().await;
    let owner = app.signed_in(Role::Contributor).await;
    app.commitment().published().owned_by(&owner).create().await;
    let (_, history) = app.browser().get("/commitments/1/history").await;
    assert!(history.contains("Imported (published)"));
    assert!(history.contains("Imported on <time"));
    assert!(!history.contains("The registry"));

    let mut fields: Vec<_> = valid_form()
        .into_iter()
        .filter(|(n, _)| *n != "title")
        .collect();
    fields.push(("title", "Safe water for 200 rural schools, updated"));
    fields.push(("version", "1"));
    let response = owner
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    assert_eq!(response.status(), 303);
    let (_, history) = app.browser().get("/commitments/1/history").await;
    assert!(history.contains("Version 1: as it was before the first edit"));
    assert!(history.contains("as it stood on <time"));
    assert!(history.contains("by Contributor contributor.1, <time"));
    assert!(!history.contains("The registry"));
}

#[actix_web::test]
async fn the_pages_last_updated_date_is_the_newest_date_of_its_history() {
    let app = spawn_app().await;
    let owner = app.signed_in(Role::Contributor).await;
    app.commitment().published().owned_by(&owner).create().await;
    // Imported on 5 March 2024; a change the public history does not show came later.
    app.execute("UPDATE workflow_events SET created_at = '2024-03-05 09:30:00'");
    app.execute("UPDATE commitments SET updated_at = '2025-06-01 12:00:00'");

    let visitor = app.browser();
    let (_, page) = visitor.get("/commitments/1").await;
    assert!(
        page.contains("<dt>Last updated</dt><dd>5 March 2024</dd>"),
        "{page}"
    );
    let (_, history) = visitor.get("/commitments/1/history").await;
    assert!(history.contains("5 March 2024 at 09:30 UTC"));
    assert!(!history.contains("1 June 2025"));

    let mut fields: Vec<_> = valid_form().into_iter().collect();
    fields.push(("version", "1"));
    owner
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    let today = sdg_registry::format::long_date(Utc::now().date_naive());
    let (_, page) = visitor.get("/commitments/1").await;
    assert!(page.contains(&format!("<dt>Last updated</dt><dd>{today}</dd>")));
    let (_, history) = visitor.get("/commitments/1/history").await;
    let newest = &history[history.find("class=\"history__item\"").unwrap()..];
    assert!(newest[..600.min(newest.len())].contains(&today));
}
