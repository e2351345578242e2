//! What a hostile client can make the registry do is bounded: mail, and answers that leak.

use diesel::prelude::*;

use crate::helpers::*;

#[actix_web::test]
async fn thirty_sign_ups_for_one_address_send_at_most_two_mails() {
    let app = spawn_app().await;
    for attempt in 0..30 {
        let browser = app.browser();
        let password = format!("long-Secret-walrus-{attempt}");
        let fields = [
            ("name", "Ana Flood"),
            ("email", "target@example.org"),
            ("password", password.as_str()),
            ("password_confirm", password.as_str()),
        ];
        let response = browser
            .submit("/account/signup", "/account/signup", &fields)
            .await;
        assert_eq!(response.status(), 303, "sign-up {attempt} looks the same");
    }
    let mails = app
        .outbox()
        .into_iter()
        .filter(|m| m.to.contains("target@example.org"))
        .count();
    assert!((1..=2).contains(&mails), "{mails} mails to one address");
}

#[actix_web::test]
async fn a_suspended_account_answers_the_right_and_the_wrong_password_alike() {
    let app = spawn_app().await;
    let account = app.new_account("ana@example.org", Role::Contributor);
    let mut conn = app.pool().get().unwrap();
    diesel::sql_query("UPDATE users SET suspended_at = '2026-01-01 00:00:00' WHERE id = ?")
        .bind::<diesel::sql_types::BigInt, _>(account.id)
        .execute(&mut conn)
        .unwrap();
    let right = app.browser().login(&account.email, &account.password).await;
    let wrong = app
        .browser()
        .login(&account.email, "not-the-Password-1")
        .await;
    assert_eq!(right.status(), wrong.status());
    let (right, wrong) = (right.text().await.unwrap(), wrong.text().await.unwrap());
    let without_token = |page: &str| page.replace(&csrf_token(page).unwrap_or_default(), "");
    assert_eq!(without_token(&right), without_token(&wrong));
    assert!(right.contains("suspended"));
}
