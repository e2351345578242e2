//! Resetting a forgotten password: single-use, expiring links that end every session.

use crate::helpers::*;

const NEW_PASSWORD: &str = "a brand new kettle 7";

/// Asks for a reset link for `email` in `browser`; returns the path of the link mailed.
async fn ask_for_link(app: &TestApp, browser: &Browser, email: &str) -> String {
    let response = browser.ask_for_password_reset(email).await;
    assert_redirects_to(&response, "/account/check-email");
    app.newest_mail_to(email).link_path()
}

async fn choose_password(browser: &Browser, link: &str, password: &str) -> reqwest::Response {
    let fields = [("password", password), ("password_confirm", password)];
    browser.submit(link, link, &fields).await
}

#[actix_web::test]
async fn a_reset_link_sets_a_new_password() {
    let app = spawn_app().await;
    let old = app.create_user("ana@example.org", Role::Contributor);
    let link = ask_for_link(&app, &app, "ana@example.org").await;
    assert!(link.starts_with("/account/reset/"));
    let response = choose_password(&app, &link, NEW_PASSWORD).await;
    assert_redirects_to(&response, "/account/login");
    let (_, page) = app.get("/account/login").await;
    assert!(page.contains("Your password has been changed"));
    assert_eq!(app.login("ana@example.org", &old).await.status(), 422);
    assert_redirects_to(
        &app.login("ana@example.org", NEW_PASSWORD).await,
        "/account",
    );
}

#[actix_web::test]
async fn asking_for_a_link_says_the_same_for_unknown_addresses() {
    let app = spawn_app().await;
    let response = app.ask_for_password_reset("nobody@example.org").await;
    assert_redirects_to(&response, "/account/check-email");
    let (_, page) = app.get("/account/check-email").await;
    assert!(page.contains("If nobody@example.org has an account, we have sent it a link"));
    assert!(app.outbox().is_empty());
}

#[actix_web::test]
async fn a_used_reset_link_does_not_work_again() {
    let app = spawn_app().await;
    app.create_user("ana@example.org", Role::Contributor);
    let link = ask_for_link(&app, &app, "ana@example.org").await;
    assert_eq!(
        choose_password(&app, &link, NEW_PASSWORD).await.status(),
        303
    );
    let (status, page) = app.get(&link).await;
    assert_eq!(status, 410);
    assert!(page.contains("This link has already been used"));
    // Posting to it again (with a fresh form token) changes nothing.
    let token = app.csrf_token_from("/account/reset").await;
    let fields = [
        ("password", "yet another kettle 8"),
        ("password_confirm", "yet another kettle 8"),
        ("csrf_token", token.as_str()),
    ];
    assert_eq!(app.post_form(&link, &fields).await.status(), 410);
    assert_eq!(
        app.login("ana@example.org", "yet another kettle 8")
            .await
            .status(),
        422
    );
}

#[actix_web::test]
async fn an_expired_reset_link_does_not_work() {
    let app = spawn_app().await;
    let old = app.create_user("ana@example.org", Role::Contributor);
    let link = ask_for_link(&app, &app, "ana@example.org").await;
    // The link was issued more than an hour ago.
    app.execute(
        "UPDATE account_tokens SET created_at = datetime('now', '-61 minutes'), \
         expires_at = datetime('now', '-1 minute')",
    );
    let (status, page) = app.get(&link).await;
    assert_eq!(status, 410);
    assert!(page.contains("This link has expired"));
    let token = app.csrf_token_from("/account/reset").await;
    let fields = [
        ("password", NEW_PASSWORD),
        ("password_confirm", NEW_PASSWORD),
        ("csrf_token", token.as_str()),
    ];
    assert_eq!(app.post_form(&link, &fields).await.status(), 410);
    assert_redirects_to(&app.login("ana@example.org", &old).await, "/account");
}

#[actix_web::test]
async fn a_reset_ends_the_other_sessions_of_the_account() {
    let app = spawn_app().await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    let laptop = app.browser();
    assert_eq!(
        laptop.login("ana@example.org", &password).await.status(),
        303
    );
    assert!(laptop.is_signed_in().await);

    let phone = app.browser();
    let link = ask_for_link(&app, &phone, "ana@example.org").await;
    assert_eq!(
        choose_password(&phone, &link, NEW_PASSWORD).await.status(),
        303
    );

    assert!(!laptop.is_signed_in().await);
    let response = laptop.get_response("/account").await;
    assert_redirects_to(&response, "/account/login?next=%2Faccount");
}

#[actix_web::test]
async fn a_new_password_must_follow_the_rules_and_the_link_keeps_working() {
    let app = spawn_app().await;
    app.create_user("ana@example.org", Role::Contributor);
    let link = ask_for_link(&app, &app, "ana@example.org").await;
    let response = choose_password(&app, &link, "qwertyuiop").await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: Choose a new password"));
    assert!(page.contains("href=\"#password\""));
    assert!(!page.contains("qwertyuiop"));
    assert_eq!(
        choose_password(&app, &link, NEW_PASSWORD).await.status(),
        303
    );
}
