//! Workflow mail: moderators hear of commitments waiting for review (unless they turned it
//! off), owners and editors hear of decisions and hidden reports, with the moderator's words
//! and an absolute link; a mail that cannot go never undoes the change.

use serde_json::json;

use crate::helpers::*;

const PUBLIC: &str = "https://registry.example.org";
const OWNER: &str = "sokha.chan@example.org";
const EDITOR: &str = "ana.editor@example.org";
const MODERATOR: &str = "mona@example.org";
const TITLE: &str = "Safe water for 200 rural schools in Cambodia";

/// A registry at `PUBLIC` holding the water record (id 1) in `workflow`, owned by `OWNER`
/// with `EDITOR` as co-editor; the owner and a moderator signed in to their own browsers.
async fn registry(workflow: &str) -> (TestApp, User, User) {
    let app = spawn_app_with_public_url(PUBLIC).await;
    let owner = app.signed_in_as(OWNER, Role::Contributor).await;
    let editor = app.new_account(EDITOR, Role::Contributor);
    app.commitment()
        .in_workflow(workflow)
        .with("updated_at", json!("2025-01-01T10:00:00Z"))
        .owned_by(&owner)
        .create()
        .await;
    app.execute(&format!(
        "INSERT INTO commitment_editors (commitment_id, user_id, created_at) \
         VALUES (1, {}, '2025-01-01 10:00:00')",
        editor.id
    ));
    let moderator = app.signed_in_as(MODERATOR, Role::Moderator).await;
    (app, owner, moderator)
}

async fn review(moderator: &User, decision: &str, comment: &str) -> reqwest::Response {
    let fields = [("decision", decision), ("comment", comment)];
    moderator
        .submit("/commitments/1", "/commitments/1/review", &fields)
        .await
}

fn mails_to(app: &TestApp, email: &str) -> Vec<Mail> {
    app.outbox()
        .into_iter()
        .filter(|m| m.to.contains(email))
        .collect()
}

#[actix_web::test]
async fn a_new_commitment_is_mailed_to_every_moderator_who_wants_review_mail() {
    let app = spawn_app_with_public_url(PUBLIC).await;
    let _admin = app.new_account("ada@example.org", Role::Admin);
    let quiet = app.signed_in_as("quiet@example.org", Role::Moderator).await;
    let _mona = app.new_account(MODERATOR, Role::Moderator);
    let response = quiet
        .submit("/account", "/account/mail", &[("review_mail", "")])
        .await;
    assert_redirects_to(&response, "/account#mail");
    let contributor = app.signed_in_as(OWNER, Role::Contributor).await;

    let response = contributor.register(&valid_form()).await;
    assert_eq!(response.status(), 303);

    for staff in ["ada@example.org", MODERATOR] {
        let mail = app.newest_mail_to(staff);
        assert_eq!(
            mail.subject,
            format!("New commitment waiting for review: {TITLE}")
        );
        assert!(mail.body.contains("Contributor sokha.chan registered"));
        assert!(mail.body.contains(&format!("{PUBLIC}/commitments/1")));
        let html = mail.html.expect("an HTML part");
        assert!(html.contains(&format!("href=\"{PUBLIC}/commitments/1\"")));
    }
    assert!(mails_to(&app, "quiet@example.org").is_empty(), "turned off");
    assert!(
        mails_to(&app, OWNER).is_empty(),
        "contributors get no review mail"
    );
}

#[actix_web::test]
async fn a_commitment_changed_after_its_return_is_mailed_to_the_moderators_again() {
    let (app, owner, _moderator) = registry("returned").await;
    let mut fields: Vec<_> = valid_form()
        .into_iter()
        .filter(|(n, _)| *n != "title")
        .collect();
    fields.push(("title", "Safe water for 200 schools, as asked"));
    fields.push(("version", "1"));
    let response = owner
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    assert_eq!(response.status(), 303);

    let mail = app.newest_mail_to(MODERATOR);
    assert!(mail
        .subject
        .starts_with("Changed and waiting for review again"));
    assert!(mail.body.contains("after it was returned"));
    assert!(mail.body.contains(&format!("{PUBLIC}/commitments/1")));
}

#[actix_web::test]
async fn publishing_mails_the_owner_and_every_editor_a_link_to_the_page() {
    let (app, _owner, moderator) = registry("submitted").await;
    let response = review(&moderator, "publish", "").await;
    assert_eq!(response.status(), 303);

    for person in [OWNER, EDITOR] {
        let mail = app.newest_mail_to(person);
        assert_eq!(mail.subject, format!("Published: {TITLE}"));
        assert!(mail.body.contains("Everyone can now find it"));
        assert!(mail.body.contains(&format!("{PUBLIC}/commitments/1")));
        assert!(mail.html.is_some());
    }
    assert!(mails_to(&app, MODERATOR).is_empty());
}

#[actix_web::test]
async fn returning_mails_the_owner_the_moderators_comment_in_text_and_html() {
    let (app, _owner, moderator) = registry("submitted").await;
    let comment = "Add the completion date.\n\nAnd name the <partners>.";
    review(&moderator, "return", comment).await;

    let mail = app.newest_mail_to(OWNER);
    assert_eq!(mail.subject, format!("Changes needed: {TITLE}"));
    assert!(mail
        .body
        .contains("> Add the completion date.\n>\n> And name the <partners>."));
    assert!(mail.body.contains(&format!("{PUBLIC}/commitments/1")));
    let html = mail.html.unwrap();
    assert!(
        html.contains("And name the &#60;partners&#62;."),
        "escaped: {html}"
    );
    assert_eq!(app.newest_mail_to(EDITOR).subject, mail.subject);
}

#[actix_web::test]
async fn archiving_mails_the_owner_and_editors_the_reason() {
    let (app, _owner, moderator) = registry("published").await;
    review(&moderator, "archive", "A duplicate of commitment 12.").await;

    for person in [OWNER, EDITOR] {
        let mail = app.newest_mail_to(person);
        assert_eq!(mail.subject, format!("Archived: {TITLE}"));
        assert!(mail.body.contains("> A duplicate of commitment 12."));
    }
}

#[actix_web::test]
async fn hiding_a_progress_report_mails_the_owner_and_editors_the_reason() {
    let (app, owner, moderator) = registry("published").await;
    let response = crate::helpers::reports::file(&owner, &[]).await;
    assert_eq!(response.status(), 303);
    let before = app.outbox().len();

    let fields = [("reason", "It names a private person.")];
    let response = moderator
        .submit("/commitments/1", "/commitments/1/reports/1/hide", &fields)
        .await;
    assert_eq!(response.status(), 303);

    assert_eq!(app.outbox().len(), before + 2, "owner and editor");
    for person in [OWNER, EDITOR] {
        let mail = app.newest_mail_to(person);
        assert_eq!(mail.subject, format!("Progress report hidden: {TITLE}"));
        assert!(mail.body.contains("> It names a private person."));
        assert!(mail
            .body
            .contains(&format!("{PUBLIC}/commitments/1#report-1")));
    }
}

#[actix_web::test]
async fn a_decision_stands_when_its_mail_cannot_be_written() {
    let (app, _owner, moderator) = registry("submitted").await;
    // The outbox is a file now: every mail fails, as with a full disk.
    let outbox = app.data_dir.path().join("outbox");
    std::fs::remove_dir_all(&outbox).unwrap();
    std::fs::write(&outbox, "not a folder").unwrap();

    let response = review(&moderator, "publish", "").await;
    assert_eq!(response.status(), 303);
    let (status, page) = app.browser().get("/commitments/1").await;
    assert_eq!(status, 200, "published for everyone");
    assert!(page.contains(TITLE));
}

#[actix_web::test]
async fn a_moderator_turns_review_mail_off_and_on_again_on_the_account_page() {
    let app = spawn_app().await;
    let moderator = app.signed_in_as(MODERATOR, Role::Moderator).await;
    let (_, page) = moderator.get("/account").await;
    assert!(page.contains("Mail me when a commitment is waiting for review"));
    assert!(page.contains("name=\"review_mail\" value=\"on\" checked"));

    moderator
        .submit("/account", "/account/mail", &[("review_mail", "")])
        .await;
    let (_, page) = moderator.get("/account").await;
    assert!(page.contains("we will no longer mail you"));
    assert!(!page.contains("name=\"review_mail\" value=\"on\" checked"));

    moderator
        .submit("/account", "/account/mail", &[("review_mail", "on")])
        .await;
    let (_, page) = moderator.get("/account").await;
    assert!(page.contains("name=\"review_mail\" value=\"on\" checked"));

    let contributor = app.signed_in_as(OWNER, Role::Contributor).await;
    let (_, page) = contributor.get("/account").await;
    assert!(!page.contains("review_mail"), "only staff get review mail");
}

#[actix_web::test]
async fn a_moderator_who_registers_a_commitment_is_not_mailed_about_it() {
    let app = spawn_app_with_public_url(PUBLIC).await;
    let other = app.new_account(MODERATOR, Role::Moderator);
    let registering = app.signed_in(Role::Moderator).await;
    let response = registering.register(&valid_form()).await;
    assert_eq!(response.status(), 303);
    assert_eq!(mails_to(&app, &other.email).len(), 1);
    assert!(mails_to(&app, &registering.account.email).is_empty());
}
