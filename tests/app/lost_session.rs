//! A long form sent after the sign-in ended, or with a stale form token, is refused (403,
//! nothing written) but kept: after signing in again it comes back filled, to that account
//! only, and only to someone who may use the form.

use crate::helpers::reports::{app_with_unreported_commitment, today, ACHIEVED, OWNER};
use crate::helpers::*;

/// The valid registration form with the token of `token`.
fn registration_with(token: &str) -> Vec<(&str, &str)> {
    let mut fields = valid_form();
    fields.push(("csrf_token", token));
    fields
}

#[actix_web::test]
async fn a_post_after_signing_out_elsewhere_then_signing_in_brings_the_form_back_with_every_value_and_writes_nothing(
) {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let token = person.csrf_token_from("/commitments/new").await;
    app.sign_out_everywhere(&person.account).await;

    let refused = person
        .post_form("/commitments", &registration_with(&token))
        .await;
    assert_eq!(refused.status(), 403);
    let page = refused.text().await.unwrap();
    assert!(page.contains("what you typed is kept"), "{page}");
    assert!(page.contains("href=\"/account/login?next=%2Fcommitments%2Fnew\""));
    assert!(page.contains(">Sign in to continue</a>"));
    assert_eq!(
        commitment_count(app.data_dir.path()),
        0,
        "no commitment was written"
    );
    assert_eq!(app.kept_form_count(), 1);

    let (_, login) = person.get("/account/login?next=%2Fcommitments%2Fnew").await;
    assert!(login.contains("<h1>Sign in to register a commitment</h1>"));
    let back = person
        .sign_in_going_to(&person.account, "/commitments/new")
        .await;
    assert_eq!(back, "/commitments/new");
    let (status, form) = person.get(&back).await;
    assert_eq!(status, 200);
    assert!(is_restored(&form));
    assert_form_holds(&form, &valid_form());
    assert!(!form.contains(&token), "the old form token is not kept");
    assert_eq!(commitment_count(app.data_dir.path()), 0);

    let (_, again) = person.get("/commitments/new").await;
    assert!(!is_restored(&again), "a kept form comes back once");
}

#[actix_web::test]
async fn another_account_signing_in_in_the_same_browser_never_sees_the_kept_form() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let other = app.new_account("other@example.org", Role::Contributor);
    let token = person.csrf_token_from("/commitments/new").await;
    app.sign_out_everywhere(&person.account).await;
    let refused = person
        .post_form("/commitments", &registration_with(&token))
        .await;
    assert_eq!(refused.status(), 403);

    person.sign_in_going_to(&other, "/commitments/new").await;
    let (_, form) = person.get("/commitments/new").await;
    assert!(!is_restored(&form));
    assert!(!form.contains("value=\"Safe water for 200 rural schools in Cambodia\""));
    let (_, draft_page) = person.get("/account").await;
    assert!(!draft_page.contains("Safe water for 200"));
    assert_eq!(app.kept_form_count(), 1, "it stays for its own account");

    person.logout().await;
    person
        .sign_in_going_to(&person.account, "/commitments/new")
        .await;
    let (_, form) = person.get("/commitments/new").await;
    assert!(is_restored(&form));
}

#[actix_web::test]
async fn a_form_with_a_stale_token_after_signing_out_in_another_tab_is_kept_for_that_account() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let token = person.csrf_token_from("/commitments/new").await;
    person.logout().await;
    let refused = person
        .post_form("/commitments", &registration_with(&token))
        .await;
    assert_eq!(refused.status(), 403);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("Sign in to continue"));
    assert_eq!(commitment_count(app.data_dir.path()), 0);

    let other = app.new_account("other@example.org", Role::Contributor);
    person.sign_in_going_to(&other, "/commitments/new").await;
    assert!(!is_restored(&person.get("/commitments/new").await.1));
    person.logout().await;
    person
        .sign_in_going_to(&person.account, "/commitments/new")
        .await;
    let (_, form) = person.get("/commitments/new").await;
    assert!(is_restored(&form));
    assert_form_holds(&form, &valid_form());
}

#[actix_web::test]
async fn an_edit_sent_after_the_sign_in_ended_comes_back_only_to_someone_who_may_edit() {
    let app = spawn_app().await;
    let owner = app.signed_in(Role::Contributor).await;
    let c = app.commitment().published().owned_by(&owner).create().await;
    let edit = format!("/commitments/{}/edit", c.id);
    let (_, form) = owner.get(&edit).await;
    let token = csrf_token(&form).unwrap();
    let version = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    app.sign_out_everywhere(&owner.account).await;
    let mut fields = valid_form();
    fields.retain(|(name, _)| *name != "title");
    fields.extend([
        ("title", "Safe water for 300 rural schools in Cambodia"),
        ("version", version.as_str()),
        ("csrf_token", token.as_str()),
    ]);
    let refused = owner.post_form(&edit, &fields).await;
    assert_eq!(refused.status(), 403);
    let (_, public) = app.get(&format!("/commitments/{}", c.id)).await;
    assert!(!public.contains("300 rural schools"), "nothing was saved");

    let stranger = app.new_account("stranger@example.org", Role::Contributor);
    owner.sign_in_going_to(&stranger, &edit).await;
    assert_eq!(owner.get(&edit).await.0, 403, "a stranger may not edit");
    owner.logout().await;
    owner.sign_in_going_to(&owner.account, &edit).await;
    let (status, form) = owner.get(&edit).await;
    assert_eq!(status, 200);
    assert!(is_restored(&form));
    assert!(form.contains("value=\"Safe water for 300 rural schools in Cambodia\""));
    assert!(form.contains(&format!("name=\"version\" value=\"{version}\"")));
}

#[actix_web::test]
async fn a_progress_report_sent_after_the_sign_in_ended_comes_back_after_signing_in() {
    let app = app_with_unreported_commitment("published", serde_json::json!({})).await;
    let token = app.csrf_token_from("/commitments/1/reports/new").await;
    app.execute(&format!(
        "UPDATE users SET session_generation = session_generation + 1 WHERE email = '{OWNER}'"
    ));
    let day = today();
    let fields = [
        ("csrf_token", token.as_str()),
        ("reported_on", day.as_str()),
        ("status", "on-track"),
        ("percent_complete", "40"),
        ("achievements", ACHIEVED),
        ("challenges", "The rainy season delayed the drilling."),
        ("next_steps", "Train the school committees."),
    ];
    let refused = app.post_form("/commitments/1/reports", &fields).await;
    assert_eq!(refused.status(), 403);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("/account/login?next=%2Fcommitments%2F1%2Freports%2Fnew"));
    let (_, page) = app.get("/commitments/1").await;
    assert!(!page.contains("Forty-two wells"), "no report was written");

    let owner = app.account(OWNER);
    let back = app
        .sign_in_going_to(&owner, "/commitments/1/reports/new")
        .await;
    let (_, form) = app.get(&back).await;
    assert!(is_restored(&form));
    assert!(form.contains(ACHIEVED));
    assert!(form.contains("The rainy season delayed the drilling."));
    assert!(form.contains("value=\"40\""));
}

#[actix_web::test]
async fn a_visitor_whose_sign_in_never_existed_gets_no_form_kept() {
    let app = spawn_app().await;
    let visitor = app.browser();
    let token = visitor.csrf_token_from("/account/login").await;
    let response = visitor
        .post_form("/commitments", &registration_with(&token))
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/account/login");
    assert_eq!(app.kept_form_count(), 0);
}

#[actix_web::test]
async fn one_address_gets_only_a_few_forms_kept_a_day() {
    let app = spawn_app().await;
    let mut kept = 0;
    for _ in 0..12 {
        // A new browser each time, without any cookie: the token is refused.
        let response = app
            .browser()
            .post_form("/commitments", &registration_with("stale"))
            .await;
        assert_eq!(response.status(), 403);
        if response
            .text()
            .await
            .unwrap()
            .contains("what you typed is kept")
        {
            kept += 1;
        }
    }
    assert_eq!(kept, 10);
    assert_eq!(app.kept_form_count(), 10);
}

#[actix_web::test]
async fn a_form_too_large_to_keep_is_refused_as_before() {
    let app = spawn_app().await;
    let long = "x".repeat(300 * 1024);
    let mut fields = registration_with("stale");
    fields.push(("objective", &long));
    let response = app.browser().post_form("/commitments", &fields).await;
    assert_eq!(response.status(), 403);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("This form has expired"));
    assert_eq!(app.kept_form_count(), 0);
}
