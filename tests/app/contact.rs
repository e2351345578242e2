//! Writing to a commitment's contact person: signed-in, confirmed accounts only, a few
//! messages a day, the sender's address to reply to, and never the contact's address shown.

use serde_json::json;

use crate::helpers::*;

const CONTACT: &str = "sokha.chan@example.org";
const FORM: &str = "/commitments/1/contact";
const SUBJECT: &str = "Partnering on the school wells";
const MESSAGE: &str = "We drill wells in Kampong Cham and would like to compare notes.";

/// A registry with the water record published, its contact `public` or not.
async fn registry(public: bool) -> TestApp {
    let app = spawn_app().await;
    let mut contact = water_record()["contact"].clone();
    contact["public"] = json!(public);
    app.commitment()
        .published()
        .with("contact", contact)
        .create()
        .await;
    app
}

async fn write(person: &Browser, subject: &str, message: &str) -> reqwest::Response {
    person
        .submit(FORM, FORM, &[("subject", subject), ("message", message)])
        .await
}

#[actix_web::test]
async fn the_commitment_page_links_to_the_contact_form_whether_or_not_the_contact_is_public() {
    for public in [false, true] {
        let app = registry(public).await;
        let (_, page) = app.browser().get("/commitments/1").await;
        assert!(page.contains("<a href=\"/commitments/1/contact\">Contact the team</a>"));
    }
}

#[actix_web::test]
async fn a_visitor_is_sent_to_sign_in_first_and_comes_back_to_the_form() {
    let app = registry(false).await;
    let response = app.browser().get_response(FORM).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        "/account/login?next=%2Fcommitments%2F1%2Fcontact"
    );
}

#[actix_web::test]
async fn an_account_whose_address_is_not_confirmed_is_asked_to_confirm_it() {
    let app = registry(false).await;
    let person = app.signed_in(Role::Contributor).await;
    app.execute(&format!(
        "UPDATE users SET verified_at = NULL WHERE id = {}",
        person.account.id
    ));
    let (status, page) = person.get(FORM).await;
    assert_eq!(status, 403);
    assert!(page.contains("Confirm your email address first"));
    assert!(page.contains("write to their contact people"));
    assert!(app.outbox().is_empty());
}

#[actix_web::test]
async fn a_message_goes_to_a_private_contact_who_can_reply_to_the_sender() {
    let app = registry(false).await;
    let person = app
        .signed_in_as("lena@example.org", Role::Contributor)
        .await;
    let (status, form) = person.get(FORM).await;
    assert_eq!(status, 200);
    assert!(form.contains("Sokha Chan") && form.contains("lena@example.org"));
    assert!(
        !form.contains(CONTACT),
        "the contact's address is never shown"
    );

    let response = write(&person, SUBJECT, MESSAGE).await;
    assert_redirects_to(&response, "/commitments/1");
    let (_, page) = person.get("/commitments/1").await;
    assert!(page.contains("Your message has been sent to the contact person"));
    assert!(!page.contains(CONTACT));

    let mail = app.newest_mail_to(CONTACT);
    assert!(mail.subject.starts_with(SUBJECT));
    assert!(
        mail.reply_to.contains("lena@example.org"),
        "{}",
        mail.reply_to
    );
    assert!(mail.body.contains(&format!("> {MESSAGE}")));
    assert!(mail
        .body
        .contains("Safe water for 200 rural schools in Cambodia"));
    assert!(mail.html.unwrap().contains(MESSAGE));
}

#[actix_web::test]
async fn an_empty_message_is_refused_with_every_problem_and_the_subject_kept() {
    let app = registry(true).await;
    let person = app.signed_in(Role::Contributor).await;
    let response = write(&person, "Wells", "  ").await;
    let page = refused(response, "message").await;
    assert!(page.contains("value=\"Wells\""), "the subject is kept");
    let page = refused(write(&person, "", "").await, "subject").await;
    assert!(page.contains("href=\"#message\""), "both errors at once");
    assert!(app.outbox().is_empty());
}

#[actix_web::test]
async fn the_sixth_message_of_the_day_is_refused_and_keeps_what_was_typed() {
    let app = registry(true).await;
    let person = app.signed_in(Role::Contributor).await;
    for _ in 0..5 {
        assert_eq!(write(&person, SUBJECT, MESSAGE).await.status(), 303);
    }
    let sixth = "A sixth message that must not be lost when it is refused.";
    let response = write(&person, "One more", sixth).await;
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    let page = response.text().await.unwrap();
    assert!(page.contains("You have sent 5 messages"));
    assert!(page.contains(sixth) && page.contains("value=\"One more\""));
    assert_eq!(app.outbox().len(), 5);

    let other = app.signed_in(Role::Contributor).await;
    assert_eq!(
        write(&other, SUBJECT, MESSAGE).await.status(),
        303,
        "per account"
    );
}

#[actix_web::test]
async fn an_unpublished_commitment_has_no_contact_form_for_others() {
    let app = spawn_app().await;
    app.commitment().submitted().create().await;
    let person = app.signed_in(Role::Contributor).await;
    assert_eq!(person.get(FORM).await.0, 404);
    assert_eq!(write(&person, SUBJECT, MESSAGE).await.status(), 404);
}
