//! Signing up, confirming the address, signing in and out, as a person does it.

use serde_json::json;

use crate::helpers::*;

const PASSWORD: &str = "correct kettle 42 north";

async fn sign_up(app: &TestApp, email: &str) -> reqwest::Response {
    let fields = [
        ("name", "Sokha Chan"),
        ("email", email),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    app.submit("/account/signup", "/account/signup", &fields)
        .await
}

#[actix_web::test]
async fn sign_up_mail_verify_sign_in_and_sign_out() {
    let app = spawn_app().await;
    let response = sign_up(&app, "sokha@example.org").await;
    assert_redirects_to(&response, "/account/check-email");
    let (_, page) = app.get("/account/check-email").await;
    assert!(page.contains("We have sent an email to sokha@example.org."));

    let mail = app.newest_mail_to("sokha@example.org");
    assert!(mail.subject.contains("Confirm your email address"));
    assert!(mail.link_path().starts_with("/account/verify?token="));
    let (status, page) = app.get(&mail.link_path()).await;
    assert_eq!(status, 200);
    assert!(page.contains("Email address confirmed"));
    assert!(app.is_signed_in().await, "confirming signs the person in");

    let (status, page) = app.get("/account").await;
    assert_eq!(status, 200);
    assert!(page.contains("Sokha Chan"));
    assert!(page.contains("Confirmed"));

    let response = app.logout().await;
    assert_redirects_to(&response, "/");
    let (_, home) = app.get("/").await;
    assert!(home.contains("You have signed out."));
    assert!(!app.is_signed_in().await);
    assert_redirects_to(
        &app.get_response("/account").await,
        "/account/login?next=%2Faccount",
    );
}

#[actix_web::test]
async fn a_confirmation_link_works_once() {
    let app = spawn_app().await;
    sign_up(&app, "sokha@example.org").await;
    let link = app.newest_mail_to("sokha@example.org").link_path();
    assert_eq!(app.get(&link).await.0, 200);
    let (status, page) = app.get(&link).await;
    assert_eq!(status, 410);
    assert!(page.contains("This link has already been used"));
    assert_eq!(app.get("/account/verify?token=nonsense").await.0, 404);
}

#[actix_web::test]
async fn an_unverified_account_can_sign_in_and_ask_for_the_link_again() {
    let app = spawn_app().await;
    sign_up(&app, "sokha@example.org").await;
    assert_eq!(app.outbox().len(), 1);
    assert_redirects_to(&app.login("sokha@example.org", PASSWORD).await, "/account");
    let (_, page) = app.get("/account").await;
    assert!(page.contains("Confirm your email address"));
    assert!(page.contains("Send the link again"));
    let response = app.submit("/account", "/account/verify/send", &[]).await;
    assert_redirects_to(&response, "/account");
    // Less than a minute after the first link: no second mail, and a message that says why.
    let (_, page) = app.get("/account").await;
    assert!(page.contains("less than a minute ago"), "{page}");
    assert_eq!(app.outbox().len(), 1);
}

#[actix_web::test]
async fn signing_up_with_a_registered_address_reveals_nothing_and_tells_its_owner() {
    let app = spawn_app().await;
    app.create_user("ana@example.org", Role::Contributor);
    let response = sign_up(&app, "ANA@example.org").await;
    assert_redirects_to(&response, "/account/check-email");
    assert_eq!(app.user_count(), 1);
    let mail = app.newest_mail_to("ana@example.org");
    assert!(mail.subject.contains("already have an account"));
}

#[actix_web::test]
async fn sign_up_errors_follow_the_form_pattern_and_keep_input_except_passwords() {
    let app = spawn_app().await;
    let fields = [
        ("name", "Sokha Chan"),
        ("email", "not-an-email"),
        ("password", "password123"),
        ("password_confirm", "password123"),
    ];
    let response = app
        .submit("/account/signup", "/account/signup", &fields)
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: Create an account"));
    assert!(page.contains("role=\"alert\""));
    assert!(page.contains("There is a problem"));
    assert!(page.contains("href=\"#email\""));
    assert!(page.contains("href=\"#password\""));
    assert!(page.contains("too common"));
    assert!(page.contains("aria-describedby=\"email-hint email-error\""));
    assert!(page.contains("id=\"email-error\""));
    assert!(page.contains("value=\"Sokha Chan\""));
    assert!(page.contains("value=\"not-an-email\""));
    assert!(!page.contains("password123"));
    assert_eq!(app.user_count(), 0);
}

#[actix_web::test]
async fn short_passwords_and_the_email_as_password_are_refused() {
    let app = spawn_app().await;
    for (password, message) in [
        ("short1", "10 characters or more"),
        ("sokha@example.org", "must not be your email address"),
    ] {
        let fields = [
            ("name", "Sokha"),
            ("email", "sokha@example.org"),
            ("password", password),
            ("password_confirm", password),
        ];
        let response = app
            .submit("/account/signup", "/account/signup", &fields)
            .await;
        assert_eq!(response.status(), 422);
        assert!(
            response.text().await.unwrap().contains(message),
            "{password}"
        );
    }
}

#[actix_web::test]
async fn verifying_claims_the_ownerless_commitments_with_that_contact_email() {
    let mut record = water_record();
    record["contact"]["email"] = json!("Sokha.Chan@example.org");
    record["workflow"] = json!("submitted");
    let mut someone_else = water_record();
    someone_else["contact"]["email"] = json!("someone.else@example.org");
    let app = spawn_app_in(data_dir_with(&[record, someone_else])).await;
    sign_up(&app, "sokha.chan@example.org").await;
    let link = app.newest_mail_to("sokha.chan@example.org").link_path();
    let (_, page) = app.get(&link).await;
    assert!(
        page.contains("1 commitment already listed your address"),
        "{page}"
    );
    let (_, page) = app.get("/account").await;
    assert!(page.contains("Safe water for 200 rural schools in Cambodia"));
    assert!(page.contains("Awaiting review"));
    // The owner may open it while it awaits review; others may not.
    assert_eq!(app.get("/commitments/1").await.0, 200);
    assert_eq!(app.browser().get("/commitments/1").await.0, 404);
}

#[actix_web::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.create_user("ana@example.org", Role::Contributor);
    let wrong_password = app.login("ana@example.org", "not her password 1").await;
    let unknown_email = app.login("nobody@example.org", "not her password 1").await;
    assert_eq!(wrong_password.status(), 422);
    assert_eq!(unknown_email.status(), 422);
    let wrong_password = wrong_password.text().await.unwrap();
    let unknown_email = unknown_email.text().await.unwrap();
    assert!(wrong_password.contains("The email address or password is not correct"));
    assert_eq!(
        wrong_password.replace("ana@example.org", "EMAIL"),
        unknown_email.replace("nobody@example.org", "EMAIL")
    );
}

#[actix_web::test]
async fn next_goes_back_to_a_local_page_only() {
    let app = spawn_app().await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    for (next, landing) in [
        ("//evil.example", "/account"),
        ("/\\evil.example", "/account"),
        ("https://evil.example/", "/account"),
        ("/commitments?page=2", "/commitments?page=2"),
    ] {
        let browser = app.browser();
        let form_page = format!(
            "/account/login?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        );
        let fields = [
            ("email", "ana@example.org"),
            ("password", &password),
            ("next", next),
        ];
        let response = browser.submit(&form_page, "/account/login", &fields).await;
        assert_redirects_to(&response, landing);
    }
}

#[actix_web::test]
async fn the_login_page_keeps_only_a_local_next() {
    let app = spawn_app().await;
    let (_, page) = app.get("/account/login?next=%2F%2Fevil.example").await;
    assert!(!page.contains("evil.example"));
    let (_, page) = app.get("/account/login?next=%2Fmoderation").await;
    assert!(page.contains("name=\"next\" value=\"/moderation\""));
}

#[actix_web::test]
async fn an_account_made_with_registry_user_add_can_sign_in() {
    let app = spawn_app().await;
    let output = registry_with_stdin(
        app.data_dir.path(),
        &[
            "user",
            "add",
            "--email",
            "mod@example.org",
            "--name",
            "Mo Derator",
            "--role",
            "moderator",
        ],
        "a long enough moderator password\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let response = app
        .login("mod@example.org", "a long enough moderator password")
        .await;
    assert_redirects_to(&response, "/account");
    let (status, _) = app.get("/moderation").await;
    assert_eq!(status, 200);
}

#[test]
fn registry_user_add_refuses_a_weak_password_and_a_taken_email() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["user", "add", "--email", "a@example.org", "--name", "A"];
    let output = registry_with_stdin(dir.path(), &args, "short\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("password: Password must be 10 characters or more"));
    assert!(
        registry_with_stdin(dir.path(), &args, "long enough password 1\n")
            .status
            .success()
    );
    let output = registry_with_stdin(dir.path(), &args, "long enough password 1\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("already exists"));
}
