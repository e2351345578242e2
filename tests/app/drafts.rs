//! "Save as draft" keeps a registration or an edit as typed, unchecked, for its person only:
//! listed on the account page, opened as the form, sent or deleted.

use crate::helpers::*;

/// Saves `fields` as a draft through the form at `form_page`; returns the draft's page.
async fn save_draft(
    person: &User,
    form_page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> String {
    let mut with_button = fields.to_vec();
    with_button.push(("action", "save_draft"));
    let response = person.submit(form_page, action, &with_button).await;
    assert_eq!(response.status(), 303);
    let draft = location(&response);
    assert!(draft.starts_with("/account/drafts/"), "{draft}");
    draft
}

fn today_long() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%-d %B %Y")
        .to_string()
}

#[actix_web::test]
async fn save_as_draft_keeps_a_half_finished_registration_unchecked_for_its_person_only() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let half = [
        ("title", "Half-finished water project"),
        ("contact_email", "not-an-email"),
        ("countries", "KH"),
    ];
    let draft = save_draft(&person, "/commitments/new", "/commitments", &half).await;
    assert_eq!(
        commitment_count(app.data_dir.path()),
        0,
        "nothing is registered"
    );

    let (status, form) = person.get(&draft).await;
    assert_eq!(status, 200);
    assert!(form.contains("Your draft is saved"));
    assert!(
        !form.contains("There is a problem"),
        "a draft is not checked"
    );
    assert_form_holds(&form, &half);
    assert!(form.contains("action=\"/commitments\""));

    let (_, account) = person.get("/account").await;
    assert!(account.contains(&format!(
        "<a href=\"{draft}\" class=\"draft-list__title\">Half-finished water project</a>"
    )));
    assert!(account.contains(&today_long()));
    assert!(account.contains("A new commitment"));

    let other = app.signed_in(Role::Contributor).await;
    assert_eq!(
        other.get(&draft).await.0,
        404,
        "another account cannot open it"
    );
    assert!(!other.get("/account").await.1.contains("Half-finished"));
    let moderator = app.signed_in(Role::Moderator).await;
    assert_eq!(moderator.get(&draft).await.0, 404, "nor can a moderator");
}

#[actix_web::test]
async fn a_draft_without_a_title_is_listed_as_untitled_draft() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let draft = save_draft(
        &person,
        "/commitments/new",
        "/commitments",
        &[("objective", "Wells.")],
    )
    .await;
    let (_, account) = person.get("/account").await;
    assert!(account.contains(&format!(
        "<a href=\"{draft}\" class=\"draft-list__title\">Untitled draft</a>"
    )));
    // When it was saved reads as every other moment does: "7 December 2026 at 14:05 UTC".
    let day = |at: chrono::DateTime<chrono::Utc>| format!("{} at ", at.format("%-d %B %Y"));
    let now = chrono::Utc::now();
    // Saved a moment ago: today, or yesterday just after midnight.
    let days = [day(now), day(now - chrono::Duration::minutes(1))];
    assert!(days.iter().any(|d| account.contains(d)), "{account}");
}

#[actix_web::test]
async fn a_draft_saved_again_is_replaced_and_sending_it_registers_the_commitment_and_removes_it() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let draft = save_draft(
        &person,
        "/commitments/new",
        "/commitments",
        &[("title", "First try")],
    )
    .await;
    let id = draft.rsplit('/').next().unwrap().to_string();
    let (_, form) = person.get(&draft).await;
    assert!(form.contains(&format!("name=\"draft_id\" value=\"{id}\"")));

    let again = save_draft(
        &person,
        &draft,
        "/commitments",
        &[("title", "Second try"), ("draft_id", &id)],
    )
    .await;
    assert_eq!(again, draft, "the same draft");
    assert_eq!(app.saved_draft_count(), 1);
    assert!(person.get("/account").await.1.contains(">Second try</a>"));

    let mut fields = valid_form();
    fields.push(("draft_id", &id));
    let sent = person.submit(&draft, "/commitments", &fields).await;
    assert_eq!(sent.status(), 303);
    assert!(location(&sent).starts_with("/commitments/"));
    assert_eq!(commitment_count(app.data_dir.path()), 1);
    assert_eq!(app.saved_draft_count(), 0, "a sent draft leaves the list");
}

#[actix_web::test]
async fn a_draft_of_changes_opens_the_edit_form_and_changes_nothing_until_sent() {
    let app = spawn_app().await;
    let owner = app.signed_in(Role::Contributor).await;
    let c = app.commitment().published().owned_by(&owner).create().await;
    let edit = format!("/commitments/{}/edit", c.id);
    let (_, form) = owner.get(&edit).await;
    let version = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let changes = [
        ("title", "Safe water for 900 schools"),
        ("version", version.as_str()),
    ];
    let draft = save_draft(&owner, &edit, &edit, &changes).await;
    let (_, public) = app.get(&format!("/commitments/{}", c.id)).await;
    assert!(
        !public.contains("900 schools"),
        "the commitment is unchanged"
    );

    let (status, form) = owner.get(&draft).await;
    assert_eq!(status, 200);
    assert!(form.contains(&format!("action=\"{edit}\"")));
    assert!(form.contains("value=\"Safe water for 900 schools\""));
    assert!(form.contains(&format!("name=\"version\" value=\"{version}\"")));
    let (_, account) = owner.get("/account").await;
    assert!(account.contains(&format!(
        "Changes to <a href=\"/commitments/{0}\">#{0}</a>",
        c.id
    )));
}

#[actix_web::test]
async fn a_person_deletes_their_draft_and_nobody_else_can() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let draft = save_draft(
        &person,
        "/commitments/new",
        "/commitments",
        &[("title", "To delete")],
    )
    .await;
    let delete = format!("{draft}/delete");
    let other = app.signed_in(Role::Contributor).await;
    assert_eq!(other.submit("/account", &delete, &[]).await.status(), 404);
    assert_eq!(app.saved_draft_count(), 1);

    let deleted = person.submit("/account", &delete, &[]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(app.saved_draft_count(), 0);
    let (_, account) = person.get("/account").await;
    assert!(account.contains("The draft has been deleted."));
    assert!(!account.contains("To delete"));
    assert_eq!(person.get(&draft).await.0, 404);
}

#[actix_web::test]
async fn the_account_page_shows_each_registered_commitment_with_its_number_state_and_last_change() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let sent = person.register(&valid_form()).await;
    assert_eq!(sent.status(), 303);
    let id = app.newest_commitment_id();
    let (_, account) = person.get("/account").await;
    assert!(account.contains(&format!("<span class=\"muted\">#{id}</span>")));
    assert!(account.contains("Safe water for 200 rural schools in Cambodia"));
    assert!(account.contains("Awaiting review"));
    assert!(account.contains(&today_long()));
}
