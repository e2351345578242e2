//! Following a search: its Atom feed, "Save this search" on the search page, the saved
//! searches on /account, and `registry alerts` mailing their new matches.

use serde_json::{json, Value};

use crate::helpers::search::record;
use crate::helpers::*;

const PUBLIC_URL: &str = "https://registry.example.org";

/// A published record of `title` with a progress report.
fn reported(title: &str, sdgs: &[u8], regions: &[&str], achievements: &str) -> Value {
    let mut r = record(title, sdgs, regions, "ngo");
    r["progress_reports"] = json!([{
        "reported_on": "2026-03-01",
        "status": "on-track",
        "percent_complete": 30,
        "achievements": achievements,
        "challenges": "",
        "next_steps": ""
    }]);
    r
}

/// A record published now (at import), not at the shared fixed date.
fn published_now(title: &str, sdgs: &[u8]) -> Value {
    let mut r = record(title, sdgs, &["africa"], "ngo");
    r["published_at"] = Value::Null;
    r
}

async fn feed(app: &TestApp, query: &str) -> (u16, String, String) {
    let response = app.get_response(&format!("/feed.atom?{query}")).await;
    let status = response.status().as_u16();
    let kind = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    (status, kind, response.text().await.unwrap())
}

fn alerts(app: &TestApp) -> String {
    let output = registry_mailing(app.data_dir.path(), &["alerts"], PUBLIC_URL);
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Posts the "Save this search" form of the search page `from`: `name` for the `query` string.
async fn save_search(user: &Browser, from: &str, name: &str, query: &str) -> reqwest::Response {
    user.submit(
        from,
        "/account/searches",
        &[("name", name), ("query", query)],
    )
    .await
}

fn outbox_of(app: &TestApp) -> Vec<Mail> {
    read_outbox(&app.data_dir.path().join("outbox"))
}

#[actix_web::test]
async fn a_feed_with_search_parameters_lists_only_the_matching_commitments_and_their_reports() {
    let app = spawn_app_in(data_dir_with(&[
        reported(
            "Wells in Malawi",
            &[6],
            &["africa"],
            "Forty wells dug in the southern districts.",
        ),
        reported(
            "Wells in Laos",
            &[6],
            &["asia-pacific"],
            "Ten wells dug in the northern provinces.",
        ),
        record("Solar farms in Chad", &[7], &["africa"], "ngo"),
    ]))
    .await;

    let (status, kind, body) = feed(&app, "sdg=6&region=africa").await;

    assert_eq!(status, 200, "{body}");
    assert!(kind.starts_with("application/atom+xml"), "{kind}");
    assert!(body.contains("Wells in Malawi"));
    assert!(
        body.contains("Forty wells dug in the southern districts."),
        "the matching report: {body}"
    );
    assert!(
        !body.contains("Wells in Laos")
            && !body.contains("Ten wells dug in the northern provinces.")
    );
    assert!(!body.contains("Solar farms in Chad"));
    assert!(
        body.contains("/feed.atom?sdg=6&amp;region=africa")
            || body.contains("region=africa&amp;sdg=6")
    );
    let (_, _, everything) = feed(&app, "").await;
    assert!(everything.contains("Wells in Laos") && everything.contains("Solar farms in Chad"));
}

#[actix_web::test]
async fn a_feed_with_a_bad_value_answers_400_with_a_plain_message_naming_it() {
    let app = spawn_app().await;
    for (query, named) in [
        ("region=atlantis", "region"),
        ("sdg=18", "sdg"),
        ("start_from=abc", "start_from"),
    ] {
        let (status, kind, body) = feed(&app, query).await;
        assert_eq!(status, 400, "{query}");
        assert!(kind.starts_with("text/plain"), "{query}: {kind}");
        assert!(body.contains(named), "{query}: {body}");
        assert!(
            !body.contains('{') && !body.contains('<'),
            "plain words: {body}"
        );
    }
}

#[actix_web::test]
async fn a_search_feed_shows_a_commitment_published_after_it_was_first_read() {
    let app = spawn_app_in(data_dir_with(&[record(
        "Wells in Malawi",
        &[6],
        &["africa"],
        "ngo",
    )]))
    .await;
    let (_, _, before) = feed(&app, "sdg=6").await;
    assert!(!before.contains("Rain tanks in Ghana"));

    app.commitment()
        .with_keys(published_now("Rain tanks in Ghana", &[6]))
        .create()
        .await;

    let (_, _, after) = feed(&app, "sdg=6").await;
    assert!(after.contains("Rain tanks in Ghana"), "{after}");
}

#[actix_web::test]
async fn the_search_page_links_the_feed_of_its_own_query_in_the_page_and_in_the_head() {
    let app = spawn_app_in(data_dir_with(&[record(
        "Wells in Malawi",
        &[6],
        &["africa"],
        "ngo",
    )]))
    .await;
    let (status, page) = app.get("/commitments?sdg=6&region=africa").await;
    assert_eq!(status, 200);
    let head = &page[..page.find("</head>").unwrap()];
    assert!(head.contains(r#"type="application/atom+xml""#));
    let feed_link = regex_free_href(head, "/feed.atom?");
    assert!(
        feed_link.contains("sdg=6") && feed_link.contains("region=africa"),
        "{feed_link}"
    );
    assert!(page.contains("Follow this search"));
    assert!(
        page.contains(&format!(r#"href="{feed_link}""#)),
        "the same link in the page"
    );
    assert!(
        page.contains("Sign in</a> to save this search"),
        "visitors are asked to sign in"
    );
    assert!(!page.contains(r#"action="/account/searches""#));
}

/// The first `href` value in `html` that starts with `prefix`.
fn regex_free_href(html: &str, prefix: &str) -> String {
    let start = html.find(&format!(r#"href="{prefix}"#)).expect("the link") + 6;
    html[start..].chars().take_while(|c| *c != '"').collect()
}

#[actix_web::test]
async fn a_signed_in_person_saves_a_search_finds_it_on_the_account_page_and_deletes_it() {
    let app = spawn_app_in(data_dir_with(&[record(
        "Wells in Malawi",
        &[6],
        &["africa"],
        "ngo",
    )]))
    .await;
    let user = app.signed_in(Role::Contributor).await;
    let (_, page) = user.get("/commitments?sdg=6&page=1").await;
    assert!(page.contains(r#"action="/account/searches""#));
    assert!(
        page.contains(r#"name="query" value="sdg=6""#),
        "the search's query string"
    );

    let saved = save_search(&user, "/commitments?sdg=6", "Water", "sdg=6").await;
    assert_eq!(saved.status(), 303);
    assert_eq!(location(&saved), "/account#saved-searches");
    let (_, account) = user.get("/account").await;
    assert!(account.contains("Search saved."), "a flash says so");
    assert!(
        account.contains(r#"<a href="/commitments?sdg=6" class="saved-searches__name">Water</a>"#),
        "{account}"
    );
    assert!(account.contains(r#"href="/feed.atom?sdg=6""#));

    let id = app.number("SELECT id FROM saved_searches");
    let action = format!("/account/searches/{id}/delete");
    let stranger = app.signed_in(Role::Contributor).await;
    assert_eq!(
        stranger.submit("/account", &action, &[]).await.status(),
        404,
        "not theirs"
    );
    let deleted = user.submit("/account", &action, &[]).await;
    assert_eq!(deleted.status(), 303);
    let (_, account) = user.get("/account").await;
    assert!(!account.contains("saved-searches__name"));
    assert!(account.contains("You have no saved search yet."));
}

#[actix_web::test]
async fn a_saved_search_is_refused_when_its_query_is_bad_or_the_account_has_20() {
    let app = spawn_app().await;
    let user = app.signed_in(Role::Contributor).await;
    let bad = save_search(&user, "/commitments", "Nowhere", "region=atlantis").await;
    assert_eq!(bad.status(), 400);

    for n in 1..=20 {
        let query = format!("q=well{n}");
        let response = save_search(&user, "/commitments", "", &query).await;
        assert_eq!(response.status(), 303);
    }
    let (_, account) = user.get("/account").await;
    assert!(
        account.contains("Search: “well20”"),
        "an empty name becomes the search in words"
    );
    let over = save_search(&user, "/commitments", "One more", "sdg=6").await;
    assert_eq!(over.status(), 303);
    let (_, account) = user.get("/account").await;
    assert!(account.contains("an account keeps at most 20 searches"));
    assert!(!account.contains("One more"));
    assert_eq!(app.number("SELECT count(*) FROM saved_searches"), 20);
}

#[actix_web::test]
async fn alerts_mail_each_new_published_match_once_and_each_saved_search_at_most_once_a_day() {
    let app = spawn_app_in(data_dir_with(&[record(
        "Old wells in Malawi",
        &[6],
        &["africa"],
        "ngo",
    )]))
    .await;
    let user = app.signed_in(Role::Contributor).await;
    save_search(&user, "/commitments", "Water", "sdg=6").await;
    assert!(alerts(&app).contains("Sent 0 alerts; 1 saved searches with nothing new"));

    app.commitment()
        .with_keys(published_now("Rain tanks in Ghana", &[6]))
        .create()
        .await;
    app.commitment()
        .with_keys(published_now("Solar farms in Chad", &[7]))
        .create()
        .await;
    let mut waiting = published_now("Unreviewed wells", &[6]);
    waiting["workflow"] = json!("submitted");
    app.commitment().with_keys(waiting).create().await;

    assert!(alerts(&app).contains("Sent 1 alerts"));
    let mails = outbox_of(&app);
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.to.contains(&user.account.email));
    assert!(
        mail.subject
            .contains("1 new commitment matches your search \"Water\""),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Rain tanks in Ghana"));
    assert!(mail.body.contains(&format!("{PUBLIC_URL}/commitments/")));
    for absent in [
        "Old wells in Malawi",
        "Solar farms in Chad",
        "Unreviewed wells",
    ] {
        assert!(!mail.body.contains(absent), "{absent}: {}", mail.body);
    }

    assert!(alerts(&app)
        .contains("Sent 0 alerts; 0 saved searches with nothing new, 1 already mailed today"));
    app.commitment()
        .with_keys(published_now("Water kiosks in Mali", &[6]))
        .create()
        .await;
    assert!(alerts(&app).contains("Sent 0 alerts"), "once a day at most");
    assert_eq!(outbox_of(&app).len(), 1);

    app.execute("UPDATE saved_searches SET last_mailed_on = date(last_mailed_on, '-1 day')");
    assert!(alerts(&app).contains("Sent 1 alerts"));
    let mails = outbox_of(&app);
    assert_eq!(mails.len(), 2);
    assert!(mails[1].body.contains("Water kiosks in Mali"));
    assert!(
        !mails[1].body.contains("Rain tanks in Ghana"),
        "mailed once only"
    );
    app.execute("UPDATE saved_searches SET last_mailed_on = date(last_mailed_on, '-1 day')");
    assert!(alerts(&app).contains("Sent 0 alerts; 1 saved searches with nothing new"));
}

#[actix_web::test]
async fn a_saved_search_name_over_100_characters_is_refused_with_a_message_not_shortened() {
    let app = spawn_app().await;
    let user = app.signed_in(Role::Contributor).await;
    let long = "W".repeat(101);
    let refused = save_search(&user, "/commitments?sdg=6", &long, "sdg=6").await;
    assert_eq!(refused.status(), 303);
    assert_eq!(location(&refused), "/commitments?sdg=6#follow");
    let (_, page) = user.get("/commitments?sdg=6").await;
    assert!(
        page.contains("at most 100 characters, and this one has 101"),
        "{page}"
    );
    assert_eq!(app.number("SELECT count(*) FROM saved_searches"), 0);
}
