//! The site notice: a banner on every page, and the read-only switch.

use crate::helpers::internals::{ROUTES, WRITABLE_WHILE_READ_ONLY};
use crate::helpers::*;

async fn set_notice(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    app.submit("/admin/notice", "/admin/notice", fields).await
}

#[actix_web::test]
async fn the_notice_is_shown_on_every_page() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    app.login_as(Role::Admin).await;
    let message = "Maintenance on 3 March from 09:00 to 11:00 UTC";
    let response = set_notice(&app, &[("message", message), ("level", "warning")]).await;
    assert_redirects_to(&response, "/admin/notice");
    let visitor = app.browser();
    for path in [
        "/",
        "/commitments",
        "/commitments/1",
        "/account/login",
        "/no-such-page",
    ] {
        let (_, page) = visitor.get(path).await;
        assert!(page.contains(message), "{path}");
        assert!(page.contains("site-notice--warning"), "{path}");
    }
    let response = set_notice(&app, &[("message", ""), ("level", "info")]).await;
    assert_redirects_to(&response, "/admin/notice");
    assert!(!visitor.get("/").await.1.contains("site-notice"));
}

#[actix_web::test]
async fn notice_errors_follow_the_form_pattern() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let long = "x".repeat(1001);
    let response = set_notice(&app, &[("message", &long), ("level", "shouting")]).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: Site notice"));
    assert!(page.contains("href=\"#message\""));
    assert!(page.contains("href=\"#level\""));
    assert!(page.contains(&long), "the message typed is kept");
}

#[actix_web::test]
async fn read_only_mode_refuses_a_write_with_503_and_writes_nothing() {
    let app = spawn_app_in(data_dir_with(&[water_record()])).await;
    app.login_as(Role::Admin).await;
    let fields = [
        ("message", "Moving to a new server until 14:00 UTC"),
        ("level", "info"),
        ("read_only", "on"),
    ];
    assert_redirects_to(&set_notice(&app, &fields).await, "/admin/notice");

    let visitor = app.browser();
    let fields = [
        ("name", "Sokha Chan"),
        ("email", "sokha@example.org"),
        ("password", "correct kettle 42 north"),
        ("password_confirm", "correct kettle 42 north"),
    ];
    let response = visitor
        .submit("/account/signup", "/account/signup", &fields)
        .await;
    assert_eq!(response.status(), 503);
    let retry_after = response
        .headers()
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(retry_after.parse::<u32>().unwrap() > 0);
    let page = response.text().await.unwrap();
    assert!(page.contains("Changes are paused for now"));
    assert!(page.contains("has not been saved"));
    assert!(page.contains("Moving to a new server until 14:00 UTC"));
    assert!(
        !page.contains("problem with the service"),
        "not an error page"
    );
    assert_eq!(app.user_count(), 1);
    assert!(app.outbox().is_empty());

    // Reading keeps working, and so does signing in.
    assert_eq!(visitor.get("/commitments/1").await.0, 200);
    assert_eq!(visitor.get("/commitments").await.0, 200);
    let password = app.create_user("ana@example.org", Role::Contributor);
    assert_redirects_to(
        &visitor.login("ana@example.org", &password).await,
        "/account",
    );
    assert_redirects_to(&visitor.logout().await, "/");
}

#[actix_web::test]
async fn read_only_mode_refuses_every_post_route_except_sign_in_out_and_the_notice() {
    let app = spawn_app().await;
    let (email, _) = app.login_as(Role::Admin).await;
    let id = app.user_id(&email);
    let fields = [("message", ""), ("level", "info"), ("read_only", "on")];
    assert_redirects_to(&set_notice(&app, &fields).await, "/admin/notice");
    for route in ROUTES.iter().filter(|r| r.method == "post") {
        if WRITABLE_WHILE_READ_ONLY.contains(&route.path) {
            continue;
        }
        let path = route
            .path
            .replace("{id}", &id.to_string())
            .replace("{token}", "abc");
        let response = app
            .submit("/admin/notice", &path, &[("role", "moderator")])
            .await;
        assert_eq!(response.status(), 503, "POST {path}");
        assert!(response.headers().contains_key("retry-after"));
    }
    // Confirmation links write too.
    assert_eq!(app.get("/account/verify?token=abc").await.0, 503);
    // The admin can still switch it off.
    let off = [("message", ""), ("level", "info")];
    assert_redirects_to(&set_notice(&app, &off).await, "/admin/notice");
    let response = app
        .submit(
            "/admin/users",
            &format!("/admin/users/{id}/role"),
            &[("role", "admin")],
        )
        .await;
    assert_redirects_to(&response, "/admin/users");
}

#[actix_web::test]
async fn import_refuses_while_the_site_is_read_only() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let fields = [("message", ""), ("level", "info"), ("read_only", "on")];
    assert_redirects_to(&set_notice(&app, &fields).await, "/admin/notice");
    let file = app.data_dir.path().join("in.jsonl");
    write_jsonl(&file, &[water_record()]);
    let output = registry(app.data_dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("read-only"), "{}", stderr(&output));
    assert_eq!(commitment_count(app.data_dir.path()), 0);
}
