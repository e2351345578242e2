//! Forms need the session's CSRF token; every POST route of the route table is checked.

use crate::helpers::internals::{Access, Route, ROUTES};
use crate::helpers::*;

/// A concrete path for a route pattern (`{id}` → an existing account, `{report_id}` and
/// `{user_id}` and `{photo_id}` → 1, `{token}` → junk).
fn concrete(pattern: &str, id: i64) -> String {
    pattern
        .replace("{id}", &id.to_string())
        .replace("{report_id}", "1")
        .replace("{user_id}", "1")
        .replace("{photo_id}", "1")
        .replace("{token}", "0123456789abcdef")
}

fn post_routes() -> impl Iterator<Item = &'static Route> {
    ROUTES.iter().filter(|r| r.method == "post")
}

#[actix_web::test]
async fn a_form_without_its_token_is_refused_and_nothing_is_written() {
    let app = spawn_app().await;
    let fields = [
        ("name", "Sokha Chan"),
        ("email", "sokha@example.org"),
        ("password", "correct kettle 42 north"),
        ("password_confirm", "correct kettle 42 north"),
    ];
    app.get("/account/signup").await;
    let response = app.post_form("/account/signup", &fields).await;
    assert_eq!(response.status(), 403);
    let page = response.text().await.unwrap();
    assert!(page.contains("This form has expired"));
    assert!(page.contains("Go back, reload the page and try again"));

    let mut wrong = fields.to_vec();
    wrong.push(("csrf_token", "not-the-token"));
    assert_eq!(app.post_form("/account/signup", &wrong).await.status(), 403);

    // A token from another browser's session does not work either.
    let other = app.browser().csrf_token_from("/account/signup").await;
    let mut foreign = fields.to_vec();
    foreign.push(("csrf_token", &other));
    assert_eq!(
        app.post_form("/account/signup", &foreign).await.status(),
        403
    );

    assert_eq!(app.user_count(), 0);
    assert!(app.outbox().is_empty());
}

#[actix_web::test]
async fn the_token_is_checked_before_sign_in_and_before_anything_else() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let response = app
        .post_form("/admin/notice", &[("message", "Hacked"), ("level", "info")])
        .await;
    assert_eq!(response.status(), 403);
    let (_, page) = app.get("/").await;
    assert!(!page.contains("Hacked"));
}

#[actix_web::test]
async fn a_multipart_form_carries_its_token_too() {
    let app = spawn_app().await;
    let token = app.csrf_token_from("/account/login").await;
    let send = |token: &str| {
        let body = format!(
            "--B0undary\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nana@example.org\r\n\
             --B0undary\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n\
             --B0undary--\r\n"
        );
        app.client
            .post(format!("{}/account/login", app.address))
            .header("Content-Type", "multipart/form-data; boundary=B0undary")
            .body(body)
            .send()
    };
    // The token is found in the multipart body, so the handler answers (a failed sign-in).
    assert_ne!(send(&token).await.unwrap().status(), 403);
    assert_eq!(send("wrong").await.unwrap().status(), 403);
}

#[actix_web::test]
async fn every_post_route_refuses_a_request_without_a_valid_token() {
    let app = spawn_app().await;
    let (email, _) = app.login_as(Role::Admin).await;
    let id = app.user_id(&email);
    assert!(
        post_routes().count() >= 8,
        "the table lists the POST routes"
    );
    for route in post_routes() {
        let path = concrete(route.path, id);
        let without = app.post_form(&path, &[("role", "contributor")]).await;
        assert_eq!(without.status(), 403, "POST {path} without a token");
        let wrong = app
            .post_form(&path, &[("role", "contributor"), ("csrf_token", "wrong")])
            .await;
        assert_eq!(wrong.status(), 403, "POST {path} with a wrong token");
        // And with no session at all.
        let stranger = app.browser().post_form(&path, &[("csrf_token", "x")]).await;
        assert_eq!(stranger.status(), 403, "POST {path} without a session");
    }
    assert!(
        app.is_signed_in().await,
        "nothing was changed: still an admin"
    );
}

#[actix_web::test]
async fn every_protected_post_route_refuses_visitors_and_the_wrong_role() {
    let app = spawn_app().await;
    let admin_id = app.new_account("admin@example.org", Role::Admin).id;
    let visitor = app.browser();
    let contributor = app.signed_in(Role::Contributor).await;
    for route in post_routes().filter(|r| r.access != Access::Anyone) {
        let path = concrete(route.path, admin_id);
        let response = visitor.submit("/account/login", &path, &[]).await;
        // Sent to sign in; a form worth keeping (POST /commitments) comes back after it.
        assert_eq!(response.status(), 303, "POST {path} as a visitor");
        assert!(
            location(&response).starts_with("/account/login"),
            "POST {path} as a visitor"
        );
        if matches!(route.access, Access::Moderator | Access::Admin) {
            let response = contributor
                .submit("/account", &path, &[("role", "contributor")])
                .await;
            assert_eq!(response.status(), 403, "POST {path} as a contributor");
        }
    }
    let (_, page) = app.browser().get("/").await;
    assert!(!page.contains("site-notice"), "nothing was written");
}

#[actix_web::test]
async fn the_session_cookie_is_http_only_and_same_site_lax() {
    let app = spawn_app().await;
    let response = app.get_response("/account/login").await;
    let cookie = session_cookie(&response);
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
}

#[actix_web::test]
async fn the_session_cookie_is_secure_when_the_public_url_is_https() {
    let app = spawn_app_with_public_url("https://registry.example.org").await;
    let response = app.get_response("/account/login").await;
    let cookie = session_cookie(&response);
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
}

#[actix_web::test]
async fn pages_without_forms_set_no_cookie() {
    let app = spawn_app().await;
    let response = app.get_response("/commitments").await;
    assert!(response.headers().get("set-cookie").is_none());
}

fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("registry_session="))
        .expect("a session cookie")
}

#[actix_web::test]
async fn pages_for_a_signed_in_person_are_never_cached() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    for path in ["/account", "/", "/commitments"] {
        let response = app.get_response(path).await;
        let cache = response.headers().get("cache-control").unwrap();
        assert_eq!(cache, "private, no-store", "{path}");
    }
    let response = app.browser().get_response("/account/login").await;
    assert_eq!(
        response.headers().get("cache-control").unwrap(),
        "private, no-store"
    );
}

#[actix_web::test]
async fn an_unreadable_query_is_a_400_page_that_repeats_nothing() {
    let app = spawn_app().await;
    let (status, page) = app.get("/account/login?next=a&next=secret-value").await;
    assert_eq!(status, 400);
    assert!(page.contains("could not be read"));
    assert!(!page.contains("secret-value"));
}
