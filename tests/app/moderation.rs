//! Moderation: publishing, returning with a comment and archiving with a reason, through the
//! review form on the commitment page; what the owner and the public see afterwards.

use diesel::prelude::*;
use serde_json::{json, Value};

use crate::helpers::*;

const TITLE: &str = "Safe water for 200 rural schools in Cambodia";
const OWNER: &str = "sokha.chan@example.org";

/// An app holding the water record (id 1) in `workflow` (with `extra` keys), owned by its
/// contact's account; a moderator is signed in to the app's browser. Returns the owner too.
async fn registry_with(workflow: &str, extra: Value) -> (TestApp, User) {
    let app = spawn_app().await;
    let owner = app.signed_in_as(OWNER, Role::Contributor).await;
    app.commitment()
        .in_workflow(workflow)
        .with("updated_at", json!("2025-01-01T10:00:00Z"))
        .with_keys(extra)
        .owned_by(&owner)
        .create()
        .await;
    app.login_as(Role::Moderator).await;
    (app, owner)
}

/// Sends the review form of commitment `id` as it is on its page, with the page's token.
async fn review(browser: &Browser, id: &str, decision: &str, comment: &str) -> reqwest::Response {
    let fields = [("decision", decision), ("comment", comment)];
    browser
        .submit(
            &format!("/commitments/{id}"),
            &format!("/commitments/{id}/review"),
            &fields,
        )
        .await
}

/// The workflow and publication date of commitment 1, as stored.
fn stored_state(app: &TestApp) -> (String, Option<chrono::NaiveDateTime>) {
    use sdg_registry::db::schema::commitments as c;
    let mut conn = app.pool().get().unwrap();
    c::table
        .find(1)
        .select((c::workflow, c::published_at))
        .first(&mut conn)
        .unwrap()
}

async fn api_titles(app: &TestApp, query: &str) -> Vec<String> {
    let (status, body) = app.get(&format!("/api/v1/commitments{query}")).await;
    assert_eq!(status, 200);
    let body: Value = serde_json::from_str(&body).unwrap();
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn publishing_makes_a_submitted_commitment_public_and_searchable() {
    let (app, _owner) = registry_with("submitted", json!({})).await;
    let visitor = app.browser();
    assert_eq!(visitor.get("/commitments/1").await.0, 404);
    assert!(api_titles(&app, "").await.is_empty());

    let response = review(&app, "1", "publish", "").await;
    // No other commitment waits: the moderator goes back to the (empty) queue.
    assert_redirects_to(&response, "/moderation");
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains(&format!("“{TITLE}” is published")));

    let (status, public) = visitor.get("/commitments/1").await;
    assert_eq!(status, 200);
    assert!(
        !public.contains("id=\"history\""),
        "the history is not public"
    );
    assert!(visitor.get("/commitments").await.1.contains(TITLE));
    assert_eq!(api_titles(&app, "").await, [TITLE]);
    assert_eq!(api_titles(&app, "?q=Cambodia").await, [TITLE]);
    let (_, record) = app.get("/api/v1/commitments/1").await;
    let record: Value = serde_json::from_str(&record).unwrap();
    assert_eq!(record["workflow"], "published");
    assert!(record["published_at"].is_string());
    assert_ne!(record["updated_at"], "2025-01-01T10:00:00Z");

    let moderator = app.user_id("moderator@example.org");
    assert_eq!(
        events(&app, 1).last().unwrap(),
        &(Some(moderator), "published".into(), String::new())
    );
    let (_, queue) = app.get("/moderation").await;
    assert!(queue.contains("No commitment is awaiting review"));
}

#[actix_web::test]
async fn returning_without_a_comment_is_refused_with_the_form_pattern_and_writes_nothing() {
    let (app, _owner) = registry_with("submitted", json!({})).await;
    let before = events(&app, 1);
    let response = review(&app, "1", "return", "   ").await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: "), "the title says it");
    assert!(page.contains("role=\"alert\""));
    assert!(page.contains("There is a problem"));
    assert!(page
        .contains("<a href=\"#comment\">Enter a comment that tells the owner what to change</a>"));
    assert!(
        page.contains("id=\"comment-error\""),
        "the message is beside the field"
    );
    assert!(page.contains("aria-describedby=\"comment-hint comment-error\""));
    assert!(
        page.contains("value=\"return\" checked"),
        "the choice is kept"
    );
    assert_eq!(stored_state(&app).0, "submitted");
    assert_eq!(events(&app, 1), before);
}

#[actix_web::test]
async fn an_unknown_decision_is_refused_and_the_typed_comment_kept() {
    let (app, _owner) = registry_with("submitted", json!({})).await;
    let response = review(&app, "1", "delete", "Looks <fine> to me").await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<a href=\"#decision\">Choose a decision"));
    assert!(page.contains("id=\"decision-error\""));
    assert!(
        page.contains(">Looks &#60;fine&#62; to me</textarea>"),
        "kept, escaped"
    );
    assert_eq!(stored_state(&app).0, "submitted");
}

#[actix_web::test]
async fn a_returned_commitment_shows_the_comment_to_its_owner_and_is_recorded() {
    let (app, owner) = registry_with("submitted", json!({})).await;
    let comment = "Please add the targets of Goal 4.\nThe start date looks wrong too.";
    let response = review(&app, "1", "return", comment).await;
    assert_redirects_to(&response, "/moderation");
    assert!(app
        .get("/commitments/1")
        .await
        .1
        .contains("was returned to its owner"));

    let (_, account) = owner.get("/account").await;
    assert!(account.contains("Returned for changes"));
    assert!(account.contains("Returned by Moderator moderator on "));
    assert!(account.contains("Please add the targets of Goal 4."));

    let (status, page) = owner.get("/commitments/1").await;
    assert_eq!(status, 200);
    assert!(page.contains("Comment from the moderator"));
    assert!(page.contains("<p>The start date looks wrong too.</p>"));
    assert!(page.contains("id=\"history\""));
    assert!(page.contains("<strong>Returned to its owner for changes</strong> <span class=\"muted\">by Moderator moderator, <time datetime=\""));
    assert!(
        !page.contains("action=\"/commitments/1/review\""),
        "owners do not review"
    );

    assert_eq!(
        app.browser().get("/commitments/1").await.0,
        404,
        "still private"
    );
    let moderator = app.user_id("moderator@example.org");
    assert_eq!(
        events(&app, 1).last().unwrap(),
        &(Some(moderator), "returned".into(), comment.to_string())
    );
    assert_eq!(stored_state(&app), ("returned".into(), None));
}

#[actix_web::test]
async fn archiving_needs_a_reason_then_takes_the_commitment_out_of_listing_and_api() {
    let (app, owner) = registry_with("published", json!({})).await;
    assert_eq!(api_titles(&app, "?q=Cambodia").await, [TITLE]);
    let published_at = stored_state(&app).1;
    assert!(published_at.is_some());

    let refused = review(&app, "1", "archive", "").await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("<a href=\"#comment\">Enter the reason for archiving"));
    assert_eq!(stored_state(&app).0, "published");

    let reason = "The programme ended in 2024; a new commitment replaces it.";
    assert_redirects_to(&review(&app, "1", "archive", reason).await, "/moderation");
    let visitor = app.browser();
    let (status, public) = visitor.get("/commitments/1").await;
    assert_eq!(status, 200, "the page stays");
    assert!(public.contains("<strong>Archived.</strong>"));
    assert!(
        !public.contains(reason),
        "the reason is for the owner and moderators"
    );
    assert!(!visitor.get("/commitments").await.1.contains(TITLE));
    assert!(!visitor
        .get("/commitments?q=Cambodia")
        .await
        .1
        .contains(TITLE));
    assert!(api_titles(&app, "").await.is_empty());
    assert!(api_titles(&app, "?q=Cambodia").await.is_empty());

    let (_, mine) = owner.get("/commitments/1").await;
    assert!(mine.contains("<strong>Archived.</strong>"));
    assert!(mine.contains(reason));
    assert!(owner.get("/account").await.1.contains(reason));
    assert_eq!(events(&app, 1).last().unwrap().1, "archived");
    assert_eq!(stored_state(&app), ("archived".into(), published_at));
}

#[actix_web::test]
async fn contributors_even_the_owner_may_not_review() {
    let (app, owner) = registry_with("submitted", json!({})).await;
    let before = events(&app, 1);
    let response = review(&owner, "1", "publish", "").await;
    assert_eq!(response.status(), 403);
    assert_eq!(stored_state(&app).0, "submitted");
    assert_eq!(events(&app, 1), before);
}

#[actix_web::test]
async fn admins_have_the_moderators_right_to_review() {
    let app = spawn_app().await;
    app.commitment().submitted().create().await;
    app.login_as(Role::Admin).await;
    assert_redirects_to(&review(&app, "1", "publish", "").await, "/moderation");
    assert_eq!(stored_state(&app).0, "published");
}

#[actix_web::test]
async fn a_decision_that_does_not_fit_the_state_is_a_409_that_says_why() {
    let (app, _owner) = registry_with("published", json!({})).await;
    let before = events(&app, 1);
    let response = review(&app, "1", "return", "Add the targets.").await;
    assert_eq!(response.status(), 409);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: "));
    assert!(
        page.contains("<a href=\"#review\">This commitment is published, so it cannot be returned")
    );
    assert!(
        page.contains(">Add the targets.</textarea>"),
        "the comment is kept"
    );
    assert!(
        !page.contains("value=\"return\""),
        "only the decisions that fit are offered"
    );
    assert!(page.contains("value=\"archive\""));

    let again = review(&app, "1", "publish", "").await;
    assert_eq!(again.status(), 409);
    assert!(again
        .text()
        .await
        .unwrap()
        .contains("already published: nothing was changed"));
    assert_eq!(stored_state(&app).0, "published");
    assert_eq!(events(&app, 1), before);

    review(&app, "1", "archive", "Duplicate of another commitment.").await;
    let late = review(&app, "1", "publish", "").await;
    assert_eq!(late.status(), 409);
    let page = late.text().await.unwrap();
    assert!(page.contains("no decision applies to it any more"));
    assert!(!page.contains("action=\"/commitments/1/review\""));
}

#[actix_web::test]
async fn republishing_a_returned_commitment_keeps_its_first_publication_date() {
    let first = "2024-05-01T08:00:00Z";
    let (app, _owner) = registry_with("returned", json!({ "published_at": first })).await;
    assert_redirects_to(&review(&app, "1", "publish", "").await, "/moderation");
    let (_, record) = app.get("/api/v1/commitments/1").await;
    let record: Value = serde_json::from_str(&record).unwrap();
    assert_eq!(record["workflow"], "published");
    assert_eq!(record["published_at"], first);
}

#[actix_web::test]
async fn unknown_and_malformed_ids_are_404() {
    let (app, _owner) = registry_with("submitted", json!({})).await;
    let token = app.csrf_token_from("/moderation").await;
    for path in ["/commitments/999/review", "/commitments/abc/review"] {
        let fields = [
            ("decision", "publish"),
            ("comment", ""),
            ("csrf_token", &token),
        ];
        assert_eq!(app.post_form(path, &fields).await.status(), 404, "{path}");
    }
}

#[actix_web::test]
async fn the_review_form_offers_the_decisions_that_fit_and_the_queue_links_to_it() {
    let (app, owner) = registry_with("submitted", json!({})).await;
    let (_, queue) = app.get("/moderation").await;
    assert!(queue.contains("href=\"/commitments/1#review\">Review"));
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("id=\"review\""));
    for decision in ["publish", "return", "archive"] {
        assert!(page.contains(&format!("name=\"decision\" value=\"{decision}\"")));
    }
    assert!(page.contains("Required to return or archive"));
    assert!(
        page.contains("Imported (awaiting review)"),
        "the history shows the import"
    );

    let (_, mine) = owner.get("/commitments/1").await;
    assert!(
        mine.contains("id=\"history\""),
        "the owner sees the history"
    );
    assert!(!mine.contains("name=\"decision\""), "but no review form");
}

#[actix_web::test]
async fn a_commitment_registered_through_the_form_is_reviewed_and_published() {
    let app = spawn_app().await;
    let owner = app.signed_in_as(OWNER, Role::Contributor).await;
    let created = owner.register(&valid_form()).await;
    let path = location(&created);
    assert_eq!(app.browser().get(&path).await.0, 404, "not public yet");

    app.login_as(Role::Moderator).await;
    let (_, queue) = app.get("/moderation").await;
    assert!(queue.contains(&format!("href=\"{path}#review\">Review")));
    let (_, page) = app.get(&path).await;
    assert!(page.contains(
        "<strong>Submitted for review</strong> <span class=\"muted\">by Contributor sokha.chan"
    ));
    let id = path.trim_start_matches("/commitments/");
    assert_redirects_to(&review(&app, id, "publish", "").await, "/moderation");
    assert_eq!(app.browser().get(&path).await.0, 200);
    assert!(owner.get("/account").await.1.contains("Published"));
}
