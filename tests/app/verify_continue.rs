//! Confirming the email address signs the person in and continues where they started; the
//! sign-in page says why the person was sent there.

use crate::helpers::*;

const PASSWORD: &str = "correct kettle 42 north";

/// Signs up as `email` from the sign-up page at `signup_page`, keeping its `next`.
async fn sign_up_from(app: &TestApp, signup_page: &str, email: &str, next: &str) {
    let fields = [
        ("name", "Sokha Chan"),
        ("email", email),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
        ("next", next),
    ];
    let response = app.submit(signup_page, "/account/signup", &fields).await;
    assert_redirects_to(&response, "/account/check-email");
}

#[actix_web::test]
async fn confirming_the_address_signs_the_person_in_and_goes_on_to_register_a_commitment() {
    let app = spawn_app().await;
    let response = app.get_response("/commitments/new").await;
    assert_redirects_to(&response, "/account/login?next=%2Fcommitments%2Fnew");
    let (_, login) = app.get("/account/login?next=%2Fcommitments%2Fnew").await;
    assert!(login.contains("<h1>Sign in to register a commitment</h1>"));
    assert!(login.contains("href=\"/account/signup?next=%2Fcommitments%2Fnew\""));

    let (_, signup) = app.get("/account/signup?next=%2Fcommitments%2Fnew").await;
    assert!(signup.contains("name=\"next\" value=\"/commitments/new\""));
    sign_up_from(
        &app,
        "/account/signup?next=%2Fcommitments%2Fnew",
        "sokha@example.org",
        "/commitments/new",
    )
    .await;
    assert!(!app.is_signed_in().await);

    let link = app.newest_mail_to("sokha@example.org").link_path();
    let confirmed = app.get_response(&link).await;
    assert_redirects_to(&confirmed, "/commitments/new");
    let (status, form) = app.get("/commitments/new").await;
    assert_eq!(status, 200, "signed in and confirmed: the form is there");
    assert!(form.contains("Your email address is confirmed and you are signed in."));
    assert!(form.contains("Tell us about your commitment"));
}

#[actix_web::test]
async fn confirming_without_a_place_to_go_signs_in_and_shows_the_confirmation() {
    let app = spawn_app().await;
    sign_up_from(
        &app,
        "/account/signup?next=%2F%2Fevil.example",
        "ana@example.org",
        "//evil.example",
    )
    .await;
    let link = app.newest_mail_to("ana@example.org").link_path();
    let (status, page) = app.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("Email address confirmed"));
    assert!(app.is_signed_in().await);
}

#[actix_web::test]
async fn the_sign_in_page_says_why_the_person_was_sent_there() {
    let app = spawn_app().await;
    for (next, why) in [
        ("/commitments/3/edit", "Sign in to edit this commitment"),
        (
            "/commitments/3/reports/new",
            "Sign in to file a progress report",
        ),
        ("/moderation", "Sign in to review commitments"),
    ] {
        let encoded: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let (_, page) = app.get(&format!("/account/login?next={encoded}")).await;
        assert!(page.contains(&format!("<h1>{why}</h1>")), "{next}");
        assert!(page.contains(&format!("<title>{why}")), "{next}");
    }
    let (_, plain) = app.get("/account/login").await;
    assert!(plain.contains("<h1>Sign in</h1>"));
}
