//! Rate limits hold under floods without losing what people typed, slow only whoever
//! floods, believe `X-Forwarded-For` only from trusted proxies, and cap daily registrations.

use std::time::Duration;

use crate::helpers::internals::{Rate, RateSettings, Settings};
use crate::helpers::*;

const HOUR: Duration = Duration::from_secs(3600);

/// The test app's lenient settings with `limits` applied on top of the site's defaults.
fn limited(change: impl FnOnce(RateSettings) -> RateSettings) -> impl FnOnce(Settings) -> Settings {
    move |settings| {
        let limits = change(RateSettings::default());
        settings.with_rate_limits(limits)
    }
}

fn sign_up_fields<'a>(name: &'a str, email: &'a str) -> [(&'a str, &'a str); 4] {
    let password = "correct-Horse-battery-9";
    [
        ("name", name),
        ("email", email),
        ("password", password),
        ("password_confirm", password),
    ]
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get("retry-after")
        .expect("a Retry-After header")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// Moves every recorded sign-in failure `seconds` into the past (instead of waiting).
fn age_sign_in_failures(app: &TestApp, seconds: u32) {
    app.execute(&format!(
        "UPDATE login_failures SET last_failure_at = datetime(last_failure_at, '-{seconds} seconds')"
    ));
}

#[actix_web::test]
async fn a_flood_of_sign_ups_from_one_address_is_limited_and_keeps_what_was_typed() {
    let app = spawn_app_with(limited(|l| RateSettings {
        sign_up_per_address: Rate::new(3, HOUR),
        ..l
    }))
    .await;
    for n in 1..=3 {
        let email = format!("flood{n}@example.org");
        let response = app
            .browser()
            .submit(
                "/account/signup",
                "/account/signup",
                &sign_up_fields("Ana Flood", &email),
            )
            .await;
        assert_eq!(response.status(), 303, "sign-up {n}");
    }
    let response = app
        .browser()
        .submit(
            "/account/signup",
            "/account/signup",
            &sign_up_fields("Zoë Late-Comer", "zoe@example.org"),
        )
        .await;
    assert_eq!(response.status(), 429);
    let wait = retry_after(&response);
    assert!((1..=3600).contains(&wait), "Retry-After: {wait}");
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: ") && page.contains("There is a problem"));
    assert!(
        page.contains("wait 20 minutes, then send it again"),
        "{page}"
    );
    assert!(
        page.contains("value=\"Zoë Late-Comer\""),
        "the name is kept"
    );
    assert!(
        page.contains("value=\"zoe@example.org\""),
        "the email is kept"
    );
    assert!(
        !page.contains("correct-Horse-battery-9"),
        "no password sent back"
    );
    assert_eq!(
        app.user_count(),
        3,
        "nothing stored for the refused sign-up"
    );
    assert!(app
        .outbox()
        .iter()
        .all(|m| !m.to.contains("zoe@example.org")));
}

#[actix_web::test]
async fn sign_ups_for_one_email_address_are_limited_whatever_the_client() {
    let app = spawn_app_with(|s| {
        limited(|l| RateSettings {
            sign_up_per_email: Rate::new(2, HOUR),
            ..l
        })(s)
        .with_trusted_proxies("127.0.0.1")
    })
    .await;
    let fields = sign_up_fields("Ana", "target@example.org");
    for (n, client) in ["203.0.113.1", "203.0.113.2", "203.0.113.3"]
        .iter()
        .enumerate()
    {
        let response = app
            .browser()
            .submit_forwarded_for(client, "/account/signup", "/account/signup", &fields)
            .await;
        let expected = if n < 2 { 303 } else { 429 };
        assert_eq!(response.status(), expected, "sign-up {n} from {client}");
    }
}

#[actix_web::test]
async fn failures_on_one_account_do_not_lock_another_account_from_the_same_address() {
    let app = spawn_app_with(limited(|l| RateSettings {
        free_sign_in_failures: 3,
        ..l
    }))
    .await;
    app.create_user("ana@example.org", Role::Contributor);
    let bob = app.new_account("bob@example.org", Role::Contributor);
    let mut told_to_wait = 0;
    for attempt in 1..=12 {
        let status = app
            .login("ana@example.org", "guess guess guess")
            .await
            .status();
        match attempt {
            1..=3 => assert_eq!(status, 422, "free failure {attempt}"),
            _ => assert!(
                status == 422 || status == 429,
                "attempt {attempt}: {status}"
            ),
        }
        told_to_wait += usize::from(status == 429);
    }
    assert!(told_to_wait > 0, "guessing one account is slowed down");
    let response = app.login(&bob.email, &bob.password).await;
    assert_eq!(
        response.status(),
        303,
        "another account signs in from the same address"
    );
}

#[actix_web::test]
async fn the_right_password_waits_for_the_delay_and_no_longer() {
    let app = spawn_app_with(limited(|l| RateSettings {
        free_sign_in_failures: 3,
        max_sign_in_delay: Duration::from_secs(120),
        ..l
    }))
    .await;
    let password = app.create_user("ana@example.org", Role::Contributor);
    for attempt in 1..=3 {
        let response = app.login("ana@example.org", "guess guess guess").await;
        assert_eq!(response.status(), 422, "free failure {attempt}");
    }
    // As if a guesser had kept going: ten failures, the last one just now (2^7 s, capped).
    app.execute("UPDATE login_failures SET failures = 10, last_failure_at = datetime('now')");
    let response = app.login("ana@example.org", &password).await;
    assert_eq!(response.status(), 429, "the right password waits too");
    let wait = retry_after(&response);
    assert!((60..=120).contains(&wait), "Retry-After: {wait}");
    let page = response.text().await.unwrap();
    assert!(page.contains("several failed attempts to sign in to this account"));
    assert!(
        page.contains("value=\"ana@example.org\""),
        "the email is kept"
    );
    assert!(!app.is_signed_in().await);
    age_sign_in_failures(&app, 121);
    let response = app.login("ana@example.org", &password).await;
    assert_redirects_to(&response, "/account");
    assert!(app.is_signed_in().await);
}

#[actix_web::test]
async fn guesses_sent_in_parallel_wait_their_turn_too() {
    let app = spawn_app_with(limited(|l| RateSettings {
        free_sign_in_failures: 3,
        ..l
    }))
    .await;
    app.create_user("ana@example.org", Role::Contributor);
    let guessers: Vec<Browser> = (0..12).map(|_| app.browser()).collect();
    let guesses = guessers
        .iter()
        .map(|browser| browser.login("ana@example.org", "guess guess guess"));
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .iter()
        .map(|response| response.status().as_u16())
        .collect();
    let checked = statuses.iter().filter(|s| **s == 422).count();
    assert!(
        (3..=4).contains(&checked),
        "only the free failures (and at most one after the first delay) are checked: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 422 || *s == 429),
        "{statuses:?}"
    );
}

#[actix_web::test]
async fn a_flood_of_sign_ins_slows_only_the_address_it_comes_from() {
    let app = spawn_app_with(|s| {
        limited(|l| RateSettings {
            sign_in_per_address: Rate::new(3, HOUR),
            ..l
        })(s)
        .with_trusted_proxies("127.0.0.1")
    })
    .await;
    let ana = app.new_account("ana@example.org", Role::Contributor);
    let flooder = app.browser();
    for n in 1..=4 {
        let email = format!("guess{n}@example.org");
        let fields = [("email", email.as_str()), ("password", "guess guess guess")];
        let response = flooder
            .submit_forwarded_for("203.0.113.66", "/account/login", "/account/login", &fields)
            .await;
        let expected = if n <= 3 { 422 } else { 429 };
        assert_eq!(response.status(), expected, "attempt {n}");
    }
    let fields = [
        ("email", ana.email.as_str()),
        ("password", ana.password.as_str()),
    ];
    let response = app
        .browser()
        .submit_forwarded_for("198.51.100.7", "/account/login", "/account/login", &fields)
        .await;
    assert_eq!(response.status(), 303, "another client signs in");
}

#[actix_web::test]
async fn x_forwarded_for_is_ignored_without_trusted_proxies() {
    let app = spawn_app_with(limited(|l| RateSettings {
        sign_up_per_address: Rate::new(2, HOUR),
        ..l
    }))
    .await;
    let mut statuses = Vec::new();
    for n in 1..=3 {
        let email = format!("forged{n}@example.org");
        let forged = format!("203.0.113.{n}");
        let response = app
            .browser()
            .submit_forwarded_for(
                &forged,
                "/account/signup",
                "/account/signup",
                &sign_up_fields("Ana", &email),
            )
            .await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(
        statuses,
        [303, 303, 429],
        "one address, whatever the header says"
    );
}

#[actix_web::test]
async fn x_forwarded_for_is_honoured_from_a_trusted_proxy() {
    let app = spawn_app_with(|s| {
        limited(|l| RateSettings {
            sign_up_per_address: Rate::new(2, HOUR),
            ..l
        })(s)
        .with_trusted_proxies("10.0.0.0/8, 127.0.0.1")
    })
    .await;
    let mut statuses = Vec::new();
    // Each client is forwarded by two trusted proxies; what the client itself put in front
    // of the header (the forged left-most entry) is not believed.
    for (n, client) in [
        "203.0.113.1",
        "203.0.113.2",
        "203.0.113.3",
        "203.0.113.3",
        "203.0.113.3",
    ]
    .iter()
    .enumerate()
    {
        let email = format!("client{n}@example.org");
        let header = format!("198.51.100.{n}, {client}, 10.0.0.7");
        let response = app
            .browser()
            .submit_forwarded_for(
                &header,
                "/account/signup",
                "/account/signup",
                &sign_up_fields("Ana", &email),
            )
            .await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [303, 303, 303, 303, 429]);
}

#[actix_web::test]
async fn reset_requests_are_limited_and_keep_the_email_address() {
    let app = spawn_app_with(limited(|l| RateSettings {
        mail_per_address: Rate::new(2, HOUR),
        ..l
    }))
    .await;
    for email in ["one@example.org", "two@example.org"] {
        let response = app.ask_for_password_reset(email).await;
        assert_eq!(response.status(), 303);
    }
    let response = app.ask_for_password_reset("three@example.org").await;
    assert_eq!(response.status(), 429);
    assert!(retry_after(&response) > 0);
    let page = response.text().await.unwrap();
    assert!(page.contains("value=\"three@example.org\""));
}

/// Posts the valid registration form as `user`; returns status and page.
async fn register(user: &User) -> (u16, String) {
    let response = user.register(&registering_anyway()).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

fn one_registration_a_day(settings: Settings) -> Settings {
    limited(|l| RateSettings {
        registrations_per_day: 2,
        ..l
    })(settings)
}

#[actix_web::test]
async fn registrations_beyond_the_daily_quota_get_a_clear_page_and_nothing_is_written() {
    let app = spawn_app_with(one_registration_a_day).await;
    let contributor = app.signed_in(Role::Contributor).await;
    for n in 1..=2 {
        assert_eq!(register(&contributor).await.0, 303, "registration {n}");
    }
    let response = contributor.register(&registering_anyway()).await;
    assert_eq!(response.status(), 429);
    let wait = retry_after(&response);
    assert!(wait > 23 * 3600 && wait <= 24 * 3600, "Retry-After: {wait}");
    let page = response.text().await.unwrap();
    assert!(page.contains("You have registered 2 commitments in the last 24 hours"));
    assert!(page.contains("You can register another from "));
    assert!(page.contains("Nothing has been saved"));
    assert!(page.contains("value=\"Safe water for 200 rural schools in Cambodia\""));
    assert!(page.contains("Bring safe drinking water to 200 rural schools by 2030."));
    assert_eq!(commitment_count(app.data_dir.path()), 2, "nothing written");
    // The blank form says so too, before anything is typed.
    let (status, page) = contributor.get("/commitments/new").await;
    assert_eq!(status, 200);
    assert!(page.contains("You have registered 2 commitments in the last 24 hours"));
}

#[actix_web::test]
async fn the_daily_quota_is_read_from_the_database_so_it_holds_across_restarts() {
    let app = spawn_app_with(one_registration_a_day).await;
    let contributor = app.signed_in(Role::Contributor).await;
    for _ in 1..=2 {
        assert_eq!(register(&contributor).await.0, 303);
    }
    let account = contributor.account.clone();
    let restarted = spawn_app_in_with(app.data_dir, one_registration_a_day).await;
    let browser = restarted.browser();
    assert_eq!(
        browser
            .login(&account.email, &account.password)
            .await
            .status(),
        303
    );
    let response = browser.register(&registering_anyway()).await;
    assert_eq!(response.status(), 429);
}

#[actix_web::test]
async fn moderators_and_admins_are_not_limited_by_the_daily_quota() {
    let app = spawn_app_with(one_registration_a_day).await;
    for role in [Role::Moderator, Role::Admin] {
        let staff = app.signed_in(role).await;
        for n in 1..=4 {
            assert_eq!(register(&staff).await.0, 303, "{role:?} registration {n}");
        }
    }
    assert_eq!(commitment_count(app.data_dir.path()), 8);
}
