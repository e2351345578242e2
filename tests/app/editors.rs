//! Co-editors: the owner adds them by email; they edit, report and see unpublished
//! commitments like the owner, but may not change who edits; moderators move ownership.

use serde_json::json;

use crate::helpers::reports::{app_with_unreported_commitment, file, OWNER};
use crate::helpers::*;

const PAGE: &str = "/commitments/1";
const ADD: &str = "/commitments/1/editors";
const EDITOR: &str = "ana.editor@example.org";

/// Adds `email` as an editor of commitment 1 through the form on its page, as `browser`.
async fn add_editor(browser: &Browser, email: &str) -> reqwest::Response {
    browser.submit(PAGE, ADD, &[("email", email)]).await
}

/// A registry with commitment 1 in `workflow`, its owner signed in to the app's browser and
/// `EDITOR` added by them and signed in to the returned browser.
async fn with_editor(workflow: &str) -> (TestApp, User) {
    let app = app_with_unreported_commitment(workflow, json!({})).await;
    let editor = app.signed_in_as(EDITOR, Role::Contributor).await;
    assert_redirects_to(&add_editor(&app, EDITOR).await, PAGE);
    (app, editor)
}

fn edit_fields() -> Vec<(&'static str, &'static str)> {
    let mut fields: Vec<_> = valid_form()
        .into_iter()
        .filter(|(n, _)| *n != "title")
        .collect();
    fields.push(("title", "Safe water, kept up to date by an editor"));
    fields.push(("version", "1"));
    fields
}

#[actix_web::test]
async fn an_editor_sees_and_edits_an_unpublished_commitment_and_finds_it_on_their_account() {
    let (app, editor) = with_editor("submitted").await;
    let (_, owner_page) = app.get(PAGE).await;
    assert!(
        owner_page.contains("can now edit this commitment"),
        "a flash"
    );
    assert!(owner_page.contains("id=\"editors-heading\""));
    assert!(owner_page.contains(EDITOR));
    let (status, page) = editor.get(PAGE).await;
    assert_eq!(status, 200, "the editor sees the unpublished commitment");
    assert!(page.contains("Edit this commitment"));
    assert!(
        !page.contains("action=\"/commitments/1/editors\""),
        "no add form for editors"
    );
    assert_eq!(editor.get("/commitments/1/edit").await.0, 200);
    let saved = editor
        .submit("/commitments/1/edit", "/commitments/1/edit", &edit_fields())
        .await;
    assert_redirects_to(&saved, PAGE);
    let (_, account) = editor.get("/account").await;
    assert!(account.contains("Commitments you edit"));
    assert!(account.contains("Safe water, kept up to date by an editor"));
    assert_eq!(editor.get("/commitments/1/history").await.0, 200);
    let owner = app.user_id(OWNER);
    let (status, _) = app.get("/account").await;
    assert_eq!(status, 200);
    assert_eq!(owner_of(&app), Some(owner), "edits never move ownership");
}

#[actix_web::test]
async fn an_editor_files_a_report_on_a_published_commitment() {
    let (_app, editor) = with_editor("published").await;
    assert_eq!(editor.get("/commitments/1/reports/new").await.0, 200);
    let response = file(&editor, &[]).await;
    assert_eq!(response.status(), 303);
    assert!(location(&response).starts_with("/commitments/1#report-"));
}

#[actix_web::test]
async fn editors_may_not_add_or_remove_editors() {
    let (app, editor) = with_editor("published").await;
    app.signed_in_as("third@example.org", Role::Contributor)
        .await;
    let token = editor.csrf_token_from(PAGE).await;
    let add = editor
        .post_form(
            ADD,
            &[("email", "third@example.org"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(add.status(), 403);
    let me = app.user_id(EDITOR);
    let path = format!("/commitments/1/editors/{me}/delete");
    let remove = editor.post_form(&path, &[("csrf_token", &token)]).await;
    assert_eq!(remove.status(), 403);
    assert_eq!(
        editor.get("/commitments/1/edit").await.0,
        200,
        "still an editor"
    );
}

#[actix_web::test]
async fn an_unknown_address_is_a_422_that_keeps_it_and_reveals_nothing_more() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let response = add_editor(&app, "nobody@example.org").await;
    let page = refused(response, "email").await;
    assert!(page.contains("There is no registered account with this email address"));
    assert!(
        page.contains("value=\"nobody@example.org\""),
        "the address is kept"
    );
}

#[actix_web::test]
async fn unconfirmed_and_suspended_accounts_cannot_become_editors() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    app.create_user("pending@example.org", Role::Contributor);
    app.execute("UPDATE users SET verified_at = NULL WHERE email = 'pending@example.org'");
    let page = refused(add_editor(&app, "pending@example.org").await, "email").await;
    assert!(page.contains("confirmed and active"));
    app.create_user("gone@example.org", Role::Contributor);
    app.execute(
        "UPDATE users SET suspended_at = '2026-01-01 00:00:00' WHERE email = 'gone@example.org'",
    );
    refused(add_editor(&app, "gone@example.org").await, "email").await;
}

#[actix_web::test]
async fn the_owner_or_an_existing_editor_is_a_422() {
    let (app, _) = with_editor("published").await;
    let again = refused(add_editor(&app, EDITOR).await, "email").await;
    assert!(again.contains("already an editor"));
    let owner = refused(add_editor(&app, OWNER).await, "email").await;
    assert!(owner.contains("owns the commitment"));
    let blank = refused(add_editor(&app, "  ").await, "email").await;
    assert!(blank.contains("Enter the email address"));
}

#[actix_web::test]
async fn strangers_get_403_on_a_published_commitment_and_404_on_an_unpublished_one() {
    for (workflow, status) in [("published", 403), ("submitted", 404)] {
        let app = app_with_unreported_commitment(workflow, json!({})).await;
        let stranger = app
            .signed_in_as("stranger@example.org", Role::Contributor)
            .await;
        let token = stranger.csrf_token_from("/account").await;
        let response = stranger
            .post_form(
                ADD,
                &[("email", "stranger@example.org"), ("csrf_token", &token)],
            )
            .await;
        assert_eq!(response.status(), status, "{workflow}");
    }
}

#[actix_web::test]
async fn removing_an_editor_ends_their_access() {
    let (app, editor) = with_editor("submitted").await;
    let id = app.user_id(EDITOR);
    let removed = app
        .submit(PAGE, &format!("/commitments/1/editors/{id}/delete"), &[])
        .await;
    assert_redirects_to(&removed, PAGE);
    assert_eq!(editor.get(PAGE).await.0, 404);
    assert_eq!(editor.get("/commitments/1/edit").await.0, 404);
    let (_, account) = editor.get("/account").await;
    assert!(!account.contains("Commitments you edit"));
}

#[actix_web::test]
async fn a_moderator_adds_an_editor_and_makes_them_the_owner() {
    let app = app_with_unreported_commitment("published", json!({})).await;
    let moderator = app.signed_in_as("mod@example.org", Role::Moderator).await;
    app.signed_in_as(EDITOR, Role::Contributor).await;
    assert_redirects_to(&add_editor(&moderator, EDITOR).await, PAGE);
    let (_, page) = moderator.get(PAGE).await;
    assert!(page.contains("Make owner"));
    let (_, owner_page) = app.get(PAGE).await;
    assert!(
        !owner_page.contains("Make owner"),
        "only moderators move ownership"
    );
    let editor = app.user_id(EDITOR);
    let previous = app.user_id(OWNER);
    let path = format!("/commitments/1/editors/{editor}/owner");
    let owner_try = app.submit(PAGE, &path, &[]).await;
    assert_eq!(owner_try.status(), 403, "owners may not");
    assert_redirects_to(&moderator.submit(PAGE, &path, &[]).await, PAGE);
    assert_eq!(owner_of(&app), Some(editor));
    let (_, page) = moderator.get(PAGE).await;
    assert!(
        page.contains("sokha.chan@example.org"),
        "the previous owner edits it now"
    );
    assert_eq!(
        app.get("/commitments/1/edit").await.0,
        200,
        "{previous} still edits"
    );
    let again = moderator.submit(PAGE, &path, &[]).await;
    assert_eq!(again.status(), 404, "the owner is no longer an editor");
}

fn owner_of(app: &TestApp) -> Option<i64> {
    use diesel::prelude::*;
    use sdg_registry::db::schema::commitments;
    let mut conn = app.pool().get().unwrap();
    commitments::table
        .find(1_i64)
        .select(commitments::owner_id)
        .first(&mut conn)
        .unwrap()
}
