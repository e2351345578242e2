//! Roles, the admin users page and the moderation queue.

use serde_json::json;

use crate::helpers::*;

#[actix_web::test]
async fn visitors_are_sent_to_sign_in_and_come_back() {
    let app = spawn_app().await;
    for path in ["/account", "/moderation", "/admin/users", "/admin/notice"] {
        let response = app.get_response(path).await;
        let next: String = form_urlencoded::byte_serialize(path.as_bytes()).collect();
        assert_redirects_to(&response, &format!("/account/login?next={next}"));
    }
    let password = app.create_user("mod@example.org", Role::Moderator);
    let fields = [
        ("email", "mod@example.org"),
        ("password", password.as_str()),
        ("next", "/moderation"),
    ];
    let response = app
        .submit(
            "/account/login?next=%2Fmoderation",
            "/account/login",
            &fields,
        )
        .await;
    assert_redirects_to(&response, "/moderation");
}

#[actix_web::test]
async fn a_contributor_is_refused_the_admin_and_moderation_pages() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    for path in ["/admin/users", "/moderation", "/admin/notice"] {
        let (status, page) = app.get(path).await;
        assert_eq!(status, 403, "{path}");
        assert!(page.contains("You do not have permission to see this page"));
    }
    let (_, home) = app.get("/").await;
    assert!(!home.contains("href=\"/moderation\""));
    assert!(!home.contains("href=\"/admin/users\""));
}

#[actix_web::test]
async fn a_moderator_sees_the_queue_but_not_the_admin_pages() {
    let app = spawn_app().await;
    app.commitment()
        .titled("Clean cooking stoves for 5,000 households")
        .submitted()
        .with("updated_at", json!("2025-01-01T10:00:00Z"))
        .create()
        .await;
    app.commitment().published().create().await;
    app.login_as(Role::Moderator).await;
    let (status, page) = app.get("/moderation").await;
    assert_eq!(status, 200);
    assert!(page.contains("1 commitment awaiting review"));
    assert!(
        page.contains("<a href=\"/commitments/1\">Clean cooking stoves for 5,000 households</a>")
    );
    assert!(page.contains(" days"), "the age is shown: {page}");
    assert!(!page.contains("Safe water for 200 rural schools"));
    // Moderators may open what they review.
    assert_eq!(app.get("/commitments/1").await.0, 200);
    assert_eq!(app.get("/admin/users").await.0, 403);
}

#[actix_web::test]
async fn admins_list_and_search_accounts() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    for i in 1..=30 {
        app.create_user(&format!("person{i:02}@example.org"), Role::Contributor);
    }
    let (status, page) = app.get("/admin/users").await;
    assert_eq!(status, 200);
    assert!(page.contains("31 accounts"));
    assert!(page.contains("Page 1 of 2"));
    let (_, page) = app.get("/admin/users?q=person07").await;
    assert!(page.contains("1 account matching"));
    assert!(page.contains("person07@example.org"));
    assert!(!page.contains("person08@example.org"));
    let (_, page) = app.get("/admin/users?q=&page=2").await;
    assert!(page.contains("person30@example.org"));
    assert_eq!(app.get("/admin/users?page=0").await.0, 400);
}

#[actix_web::test]
async fn a_role_change_takes_effect_on_the_next_request_of_that_person() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    let ana = app.browser();
    ana.login("ana@example.org", &password).await;
    assert_eq!(ana.get("/moderation").await.0, 403);

    let id = app.user_id("ana@example.org");
    let action = format!("/admin/users/{id}/role");
    let response = app
        .submit("/admin/users", &action, &[("role", "moderator")])
        .await;
    assert_redirects_to(&response, "/admin/users");
    let (_, page) = app.get("/admin/users").await;
    assert!(page.contains("is now moderator"));

    // The change ended Ana's sessions: she signs in again and has the new role.
    assert_redirects_to(
        &ana.get_response("/moderation").await,
        "/account/login?next=%2Fmoderation",
    );
    ana.login("ana@example.org", &password).await;
    assert_eq!(ana.get("/moderation").await.0, 200);
}

#[actix_web::test]
async fn an_unknown_role_is_refused_with_the_form_pattern() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    app.create_user("ana@example.org", Role::Contributor);
    let id = app.user_id("ana@example.org");
    let action = format!("/admin/users/{id}/role");
    let response = app
        .submit("/admin/users", &action, &[("role", "emperor")])
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: Users"));
    assert!(page.contains(&format!("href=\"#role-{id}\"")));
    assert!(page.contains(&format!("aria-describedby=\"role-{id}-error\"")));
}

#[actix_web::test]
async fn a_suspended_account_is_signed_out_and_cannot_sign_in() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    let ana = app.browser();
    ana.login("ana@example.org", &password).await;
    assert!(ana.is_signed_in().await);

    let id = app.user_id("ana@example.org");
    let response = app
        .submit(
            "/admin/users",
            &format!("/admin/users/{id}/suspend"),
            &[("reason", "Spam on many commitments")],
        )
        .await;
    assert_redirects_to(&response, "/admin/users");

    assert!(!ana.is_signed_in().await);
    let response = ana.login("ana@example.org", &password).await;
    assert_eq!(response.status(), 403);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("This account is suspended"));

    let response = app
        .submit("/admin/users", &format!("/admin/users/{id}/unsuspend"), &[])
        .await;
    assert_redirects_to(&response, "/admin/users");
    assert_redirects_to(&ana.login("ana@example.org", &password).await, "/account");
}

#[actix_web::test]
async fn the_last_admin_cannot_be_demoted_or_suspended() {
    let app = spawn_app().await;
    let (email, _) = app.login_as(Role::Admin).await;
    let id = app.user_id(&email);
    for (action, fields) in [
        (
            format!("/admin/users/{id}/role"),
            vec![("role", "contributor")],
        ),
        (format!("/admin/users/{id}/suspend"), vec![]),
    ] {
        let response = app.submit("/admin/users", &action, &fields).await;
        assert_eq!(response.status(), 422, "{action}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("This is the last admin"));
    }
    assert_eq!(
        app.get("/admin/users").await.0,
        200,
        "still an admin, still signed in"
    );
    // With a second admin, the first may step down.
    app.create_user("second.admin@example.org", Role::Admin);
    let action = format!("/admin/users/{id}/role");
    let response = app
        .submit("/admin/users", &action, &[("role", "moderator")])
        .await;
    assert_redirects_to(&response, "/admin/users");
}

#[actix_web::test]
async fn changing_an_unknown_account_is_a_404() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let response = app
        .submit("/admin/users", "/admin/users/999/suspend", &[])
        .await;
    assert_eq!(response.status(), 404);
    let response = app
        .submit("/admin/users", "/admin/users/abc/suspend", &[])
        .await;
    assert_eq!(response.status(), 404);
}

#[actix_web::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = spawn_app().await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    let laptop = app.browser();
    let phone = app.browser();
    laptop.login("ana@example.org", &password).await;
    phone.login("ana@example.org", &password).await;
    let response = phone
        .submit("/account", "/account/logout", &[("everywhere", "on")])
        .await;
    assert_redirects_to(&response, "/");
    assert!(!laptop.is_signed_in().await);
    assert!(!phone.is_signed_in().await);
}
