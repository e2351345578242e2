//! A form the registry cannot handle now (busy, or storage trouble) comes back as the same form
//! with what was typed, when to try again and `Retry-After`; photo slots are reserved before
//! decoding; `/healthz/ready` says when the data cannot be written.

use crate::helpers::reports::{app_with_unreported_commitment, file, ACHIEVED};
use crate::helpers::upload::*;
use crate::helpers::*;

const BUSY: &str = "The registry is busy; your form is kept, try again in 5 seconds.";
const STORAGE: &str = "The registry cannot save right now";

fn retry_after(response: &reqwest::Response) -> u64 {
    let value = response.headers().get("retry-after").expect("Retry-After");
    value.to_str().unwrap().parse().unwrap()
}

/// Asserts a kept form: `status`, a `Retry-After`, and the page with `message` and `typed`.
async fn assert_kept(response: reqwest::Response, status: u16, message: &str, typed: &[&str]) {
    assert_eq!(response.status(), status);
    assert!(retry_after(&response) >= 1);
    let page = response.text().await.unwrap();
    assert!(page.contains("There is a problem"), "the error summary");
    assert!(page.contains(message), "{message}");
    for value in typed {
        assert!(page.contains(value), "kept: {value}");
    }
}

#[actix_web::test]
async fn a_sign_up_while_the_registry_is_busy_keeps_the_name_and_email_but_not_the_password() {
    let app = spawn_app().await;
    let _busy = app.saturate_expensive_work();
    let fields = [
        ("name", "Ana Patience"),
        ("email", "ana.patience@example.org"),
        ("password", "long-Secret-walrus-7"),
        ("password_confirm", "long-Secret-walrus-7"),
    ];
    let response = app
        .submit("/account/signup", "/account/signup", &fields)
        .await;
    assert_eq!(response.status(), 503);
    assert_eq!(retry_after(&response), 5);
    let page = response.text().await.unwrap();
    assert!(page.contains("value=\"Ana Patience\""));
    assert!(page.contains("value=\"ana.patience@example.org\""));
    assert!(page.contains(BUSY));
    assert!(
        !page.contains("long-Secret-walrus-7"),
        "no password is sent back"
    );
    assert_eq!(app.user_count(), 0);
}

#[actix_web::test]
async fn a_sign_in_while_the_registry_is_busy_keeps_the_email_and_where_to_go_next() {
    let app = spawn_app().await;
    let account = app.new_account("ana@example.org", Role::Contributor);
    let _busy = app.saturate_expensive_work();
    let fields = [
        ("email", account.email.as_str()),
        ("password", account.password.as_str()),
        ("next", "/commitments/new"),
    ];
    let response = app
        .submit("/account/login", "/account/login", &fields)
        .await;
    let typed = ["value=\"ana@example.org\"", "value=\"/commitments/new\""];
    assert_kept(response, 503, BUSY, &typed).await;
    assert!(!app.is_signed_in().await);
}

#[actix_web::test]
async fn a_photo_sent_while_the_registry_is_busy_keeps_its_alt_text_and_caption() {
    let app = app_with_owned_commitment("published").await;
    let busy = app.saturate_expensive_work();
    let response = upload(
        &app,
        "Pupils at a new well",
        "Opening day",
        png_part(&png(30, 20)),
    )
    .await;
    let typed = ["Pupils at a new well", "Opening day"];
    assert_kept(response, 503, BUSY, &typed).await;
    assert!(uploads(&app).is_empty(), "nothing stored");
    drop(busy);
    let again = upload(&app, "Pupils at a new well", "", png_part(&png(30, 20))).await;
    assert_eq!(
        again.status(),
        303,
        "once the registry is free, the same photo is added"
    );
}

#[actix_web::test]
async fn six_photos_sent_at_once_are_decoded_at_most_three_times_and_three_are_kept() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(30, 20);
    let before = app.expensive_jobs_started();
    let (app_ref, bytes_ref) = (&app, &bytes);
    let sent = (0..6).map(|n| async move {
        let alt = format!("Well number {n}");
        upload(app_ref, &alt, "", png_part(bytes_ref))
            .await
            .status()
    });
    let mut statuses: Vec<u16> = futures_util::future::join_all(sent)
        .await
        .iter()
        .map(|s| s.as_u16())
        .collect();
    statuses.sort();
    assert_eq!(statuses, [303, 303, 303, 422, 422, 422]);
    let decoded = app.expensive_jobs_started() - before;
    assert!(
        decoded <= 3,
        "{decoded} decodes: slots are reserved before decoding"
    );
    assert_eq!(uploads(&app).len(), 3);
}

#[actix_web::test]
async fn a_big_photo_sent_while_another_is_decoded_keeps_its_text_and_a_small_one_is_added_meanwhile(
) {
    let app = app_with_owned_commitment("published").await;
    let decoding = app.hold_decoding_memory(8);
    let big = png(2400, 2400);
    let response = upload(&app, "Pupils at a new well", "Opening day", png_part(&big)).await;
    assert_kept(
        response,
        503,
        BUSY,
        &["Pupils at a new well", "Opening day"],
    )
    .await;
    let small = upload(&app, "The well's pump", "", png_part(&png(30, 20))).await;
    assert_eq!(small.status(), 303, "a small photo is decoded alongside");
    assert_eq!(uploads(&app).len(), 1);
    drop(decoding);
    let again = upload(&app, "Pupils at a new well", "", png_part(&big)).await;
    assert_eq!(
        again.status(),
        303,
        "once the memory is free, the big photo is added"
    );
    assert_eq!(uploads(&app).len(), 2);
}

#[actix_web::test]
async fn a_photo_over_the_pixel_budget_is_refused_from_its_header_without_decoding() {
    let app = app_with_owned_commitment("published").await;
    let before = app.expensive_jobs_started();
    let bomb = jpeg_claiming(6400);
    let response = upload(&app, "A huge square", "", jpeg_part(&bomb)).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("megapixels"), "the pixel budget is named");
    assert_eq!(app.expensive_jobs_started(), before, "nothing was decoded");
    assert!(uploads(&app).is_empty());
}

#[actix_web::test]
async fn a_registration_that_cannot_be_stored_answers_503_with_the_form_kept() {
    let app = spawn_app().await;
    let user = app.signed_in(Role::Contributor).await;
    let locked = app.lock_database_for_writes();
    let response = user.register(&valid_form()).await;
    let typed = [
        "value=\"Safe water for 200 rural schools in Cambodia\"",
        "Drill wells and train staff.",
        "value=\"Grant for drilling\"",
    ];
    assert_kept(response, 503, STORAGE, &typed).await;
    drop(locked);
    assert_eq!(commitment_count(app.data_dir.path()), 0);
}

#[actix_web::test]
async fn an_edit_that_cannot_be_stored_answers_503_with_the_typed_title_kept() {
    let app = app_with_owned_commitment("published").await;
    let mut fields: Vec<_> = valid_form()
        .into_iter()
        .filter(|(n, _)| *n != "title")
        .collect();
    fields.push(("title", "Safe water for 250 rural schools"));
    fields.push(("version", "1"));
    let locked = app.lock_database_for_writes();
    let response = app
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    let typed = ["value=\"Safe water for 250 rural schools\""];
    assert_kept(response, 503, STORAGE, &typed).await;
    drop(locked);
    let (_, page) = app.browser().get("/commitments/1").await;
    assert!(!page.contains("250 rural schools"), "nothing was saved");
}

#[actix_web::test]
async fn a_report_that_cannot_be_stored_answers_503_with_what_was_typed() {
    let app = app_with_unreported_commitment("published", serde_json::json!({})).await;
    let locked = app.lock_database_for_writes();
    let response = file(&app, &[]).await;
    assert_kept(response, 503, STORAGE, &[ACHIEVED]).await;
    drop(locked);
}

#[actix_web::test]
async fn healthz_stays_ok_while_ready_says_the_database_cannot_be_written() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz/ready").await, (200, "ready".to_string()));
    let locked = app.lock_database_for_writes();
    assert_eq!(app.get("/healthz").await, (200, "ok".to_string()));
    let response = app.get_response("/healthz/ready").await;
    assert_eq!(response.status(), 503);
    assert!(retry_after(&response) >= 1);
    let text = response.text().await.unwrap();
    assert!(text.contains("locked"), "{text}");
    drop(locked);
    assert_eq!(app.get("/healthz/ready").await.0, 200);
}
