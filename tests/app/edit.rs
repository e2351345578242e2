//! Keeping a commitment up to date: edits go live with their history, a stale form is a 409
//! that keeps the person's input, and moderators can restore an earlier version.

use crate::helpers::*;

/// The valid registration fields with a new title, as an edit from `version`.
fn edit_fields(title: &'static str, version: &'static str) -> Vec<(&'static str, &'static str)> {
    // The contact stays private (the record's contact is), so the history must mask it.
    let mut fields: Vec<_> = valid_form()
        .into_iter()
        .filter(|(n, _)| *n != "title" && *n != "contact_public")
        .collect();
    fields.push(("title", title));
    fields.push(("version", version));
    fields
}

#[actix_web::test]
async fn an_owner_edits_a_published_commitment_and_the_change_is_live_and_recorded() {
    let app = app_with_owned_commitment("published").await;
    let (status, form) = app.get("/commitments/1/edit").await;
    assert_eq!(status, 200);
    assert!(
        form.contains("value=\"Safe water for 200 rural schools in Cambodia\""),
        "the form holds the stored values"
    );
    assert!(form.contains("name=\"version\" value=\"1\""));
    let response = app
        .submit(
            "/commitments/1/edit",
            "/commitments/1/edit",
            &edit_fields("Safe water for 250 rural schools", "1"),
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/commitments/1");
    let visitor = app.browser();
    let (_, page) = visitor.get("/commitments/1").await;
    assert!(page.contains("<h1>Safe water for 250 rural schools</h1>"));
    let (_, history) = visitor.get("/commitments/1/history").await;
    assert!(history.contains("Version 2: edited"));
    assert!(history.contains("<del>Safe water for 200 rural schools in Cambodia</del>"));
    assert!(history.contains("<ins>Safe water for 250 rural schools</ins>"));
    assert!(history.contains("Version 1: as it was before the first edit"));
    assert!(
        history.contains("<del>(not public)</del>"),
        "the private contact stays private in the history"
    );
    let (_, found) = visitor.get("/api/v1/commitments?q=250").await;
    assert!(
        found.contains("\"total\":1"),
        "search sees the new text at once"
    );
}

#[actix_web::test]
async fn a_save_over_someone_elses_is_a_409_that_keeps_the_input_and_shows_what_changed() {
    let app = app_with_owned_commitment("published").await;
    let first = app
        .submit(
            "/commitments/1/edit",
            "/commitments/1/edit",
            &edit_fields("Title saved by a colleague", "1"),
        )
        .await;
    assert_eq!(first.status(), 303);
    let response = app
        .submit(
            "/commitments/1/edit",
            "/commitments/1/edit",
            &edit_fields("Title typed from the old page", "1"),
        )
        .await;
    assert_eq!(response.status(), 409);
    let page = response.text().await.unwrap();
    assert!(page.contains("Someone else saved this commitment while you were editing it"));
    assert!(
        page.contains("value=\"Title typed from the old page\""),
        "the person's input is kept"
    );
    assert!(page.contains("<dd>Safe water for 200 rural schools in Cambodia</dd>"));
    assert!(page.contains("<dd>Title saved by a colleague</dd>"));
    assert!(
        page.contains("name=\"version\" value=\"2\""),
        "saving again is now possible"
    );
    let (_, stored) = app.browser().get("/commitments/1").await;
    assert!(
        stored.contains("<h1>Title saved by a colleague</h1>"),
        "nothing was overwritten"
    );
}

#[actix_web::test]
async fn a_broken_edit_is_refused_with_values_kept_and_nothing_written() {
    let app = app_with_owned_commitment("published").await;
    let mut fields = edit_fields("A title that would be fine", "1");
    fields.retain(|(n, _)| *n != "completion_date");
    fields.push(("completion_date", "1969-12-31"));
    let response = app
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<a href=\"#completion_date\">"));
    assert!(page.contains("value=\"A title that would be fine\""));
    let (_, stored) = app.browser().get("/commitments/1").await;
    assert!(stored.contains("<h1>Safe water for 200 rural schools in Cambodia</h1>"));
}

#[actix_web::test]
async fn others_may_not_edit() {
    let app = app_with_owned_commitment("published").await;
    let other = app.signed_in(Role::Contributor).await;
    assert_eq!(
        other.get("/commitments/1/edit").await.0,
        403,
        "a published one: 403"
    );
    let response = other
        .submit(
            "/account",
            "/commitments/1/edit",
            &edit_fields("Hijacked title here", "1"),
        )
        .await;
    assert_eq!(response.status(), 403);
    app.execute("UPDATE commitments SET workflow = 'submitted'");
    assert_eq!(
        other.get("/commitments/1/edit").await.0,
        404,
        "an unpublished one: 404"
    );
    let visitor = app.browser();
    assert_eq!(
        visitor.get("/commitments/1/edit").await.0,
        303,
        "visitors sign in first"
    );
}

#[actix_web::test]
async fn saving_a_returned_commitment_sends_it_back_to_review() {
    let app = app_with_owned_commitment("returned").await;
    let response = app
        .submit(
            "/commitments/1/edit",
            "/commitments/1/edit",
            &edit_fields("Fixed as the moderator asked", "1"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("awaiting review again"));
    assert!(page.contains("Awaiting review"));
    let (_, queue_owner) = app.get("/account").await;
    assert!(queue_owner.contains("Awaiting review"));
}

#[actix_web::test]
async fn a_moderator_restores_an_earlier_version() {
    let app = app_with_owned_commitment("published").await;
    app.submit(
        "/commitments/1/edit",
        "/commitments/1/edit",
        &edit_fields("A vandalised title here", "1"),
    )
    .await;
    let moderator = app.signed_in(Role::Moderator).await;
    let (_, history) = moderator.get("/commitments/1/history").await;
    let action = history
        .split("action=\"")
        .find(|s| s.contains("/restore"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let refused = app.submit("/commitments/1/history", &action, &[]).await;
    assert_eq!(refused.status(), 403, "the owner is not a moderator");
    let response = moderator
        .submit("/commitments/1/history", &action, &[])
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.browser().get("/commitments/1").await;
    assert!(page.contains("<h1>Safe water for 200 rural schools in Cambodia</h1>"));
    let (_, history) = moderator.get("/commitments/1/history").await;
    assert!(history.contains("Version 3: version 1 restored"));
}

#[actix_web::test]
async fn the_edit_form_says_what_saving_does_where_the_commitment_stands() {
    let cases = [
        (
            "published",
            "Changes to a published commitment go live when you save",
        ),
        (
            "submitted",
            "It is awaiting review: your changes are saved at once",
        ),
        ("returned", "saving your changes sends it back for review"),
    ];
    for (workflow, said) in cases {
        let app = app_with_owned_commitment(workflow).await;
        let (status, form) = app.get("/commitments/1/edit").await;
        assert_eq!(status, 200, "{workflow}");
        assert!(form.contains(said), "{workflow}: {form}");
        if workflow != "published" {
            assert!(!form.contains("go live when you save"), "{workflow}");
        }
    }
}
