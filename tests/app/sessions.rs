//! Sign-out ends the sign-in on the server: a cookie copied before it no longer works.

use crate::helpers::*;

/// A browser without a cookie jar: the test carries the session cookie by hand, as an
/// attacker who copied it would.
struct Copied {
    client: reqwest::Client,
    address: String,
}

impl Copied {
    fn new(address: &str) -> Self {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Copied {
            client,
            address: address.to_string(),
        }
    }

    async fn get(&self, path: &str, cookie: &str) -> reqwest::Response {
        let url = format!("{}{path}", self.address);
        let request = self.client.get(url).header("Cookie", cookie);
        request.send().await.unwrap()
    }

    async fn post(&self, path: &str, cookie: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let url = format!("{}{path}", self.address);
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = self
            .client
            .post(url)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body);
        request.send().await.unwrap()
    }
}

/// The `name=value` of the session cookie a response sets.
fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("registry_session="))
        .and_then(|v| v.split(';').next())
        .expect("a session cookie is set")
        .to_string()
}

/// Signs in by hand; returns the signed-in session cookie.
async fn sign_in(browser: &Copied, email: &str, password: &str) -> String {
    let form = browser.get("/account/login", "").await;
    let cookie = session_cookie(&form);
    let token = csrf_token(&form.text().await.unwrap()).unwrap();
    let fields = [
        ("csrf_token", token.as_str()),
        ("email", email),
        ("password", password),
    ];
    let response = browser.post("/account/login", &cookie, &fields).await;
    assert_eq!(response.status(), 303, "signed in");
    session_cookie(&response)
}

#[actix_web::test]
async fn a_cookie_copied_before_sign_out_no_longer_opens_the_account() {
    let app = spawn_app().await;
    let account = app.new_account("ana@example.org", Role::Contributor);
    let browser = Copied::new(&app.address);
    let cookie = sign_in(&browser, &account.email, &account.password).await;
    let copied = cookie.clone();
    assert_eq!(browser.get("/account", &copied).await.status(), 200);

    let page = browser.get("/account", &cookie).await.text().await.unwrap();
    let token = csrf_token(&page).unwrap();
    let fields = [("csrf_token", token.as_str())];
    let out = browser.post("/account/logout", &cookie, &fields).await;
    assert_eq!(out.status(), 303);

    let after = browser.get("/account", &copied).await;
    assert_eq!(after.status(), 303, "the copied cookie is signed out");
    assert!(location(&after).starts_with("/account/login"));
    let form = browser.get("/commitments/new", &copied).await;
    assert_eq!(
        form.status(),
        303,
        "and it cannot open a form that needs sign-in"
    );
}

#[actix_web::test]
async fn signing_out_in_one_browser_leaves_the_other_signed_in() {
    let app = spawn_app().await;
    let account = app.new_account("ana@example.org", Role::Contributor);
    let laptop = Copied::new(&app.address);
    let phone = Copied::new(&app.address);
    let on_laptop = sign_in(&laptop, &account.email, &account.password).await;
    let on_phone = sign_in(&phone, &account.email, &account.password).await;

    let page = laptop
        .get("/account", &on_laptop)
        .await
        .text()
        .await
        .unwrap();
    let token = csrf_token(&page).unwrap();
    let out = laptop
        .post(
            "/account/logout",
            &on_laptop,
            &[("csrf_token", token.as_str())],
        )
        .await;
    assert_eq!(out.status(), 303);

    assert_eq!(laptop.get("/account", &on_laptop).await.status(), 303);
    assert_eq!(phone.get("/account", &on_phone).await.status(), 200);
}
