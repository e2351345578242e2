//! Registering a commitment through the real form: broken data is refused with every value
//! kept, good data becomes a `submitted` commitment, and nothing typed is ever lost.

use crate::helpers::*;

async fn post(app: &TestApp, fields: &[(&str, &str)]) -> (u16, String) {
    let response = app.register(fields).await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn stored_count(app: &TestApp) -> i64 {
    commitment_count(app.data_dir.path())
}

#[actix_web::test]
async fn the_1969_completion_date_is_refused_with_every_value_kept() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let mut fields = form_with("completion_date", "1969-12-31");
    fields.retain(|(n, _)| *n != "ongoing");
    let (status, page) = post(&app, &fields).await;
    assert_eq!(status, 422);
    assert!(page.contains("<title>Error: "));
    assert!(page.contains("There is a problem"));
    assert!(page.contains("role=\"alert\""));
    assert!(page.contains("<a href=\"#completion_date\">Completion date cannot be 1969-12-31"));
    assert!(page.contains("id=\"completion_date-error\""));
    for kept in [
        "value=\"Safe water for 200 rural schools in Cambodia\"",
        "value=\"1980-01-01\"",
        "value=\"1969-12-31\"",
        "name=\"category\" value=\"partnership\" checked",
        "name=\"sdgs\" value=\"6\" checked",
        "name=\"sdgs\" value=\"4\" checked",
        "name=\"targets\" value=\"6.1\" checked",
        "name=\"targets\" value=\"4.a\" checked",
        "name=\"methods\" value=\"technology\" checked",
        "name=\"regions\" value=\"asia-pacific\" checked",
        "name=\"regions\" value=\"global\" checked",
        "name=\"countries\" value=\"KH\" checked><label for=\"countries-KH\">Cambodia</label>",
        "name=\"countries\" value=\"LA\" checked>",
        "<option value=\"government\" selected>",
        "value=\"UNICEF Cambodia\"",
        "value=\"WaterAid\"",
        "<option value=\"ngo\" selected>NGO</option>",
        "value=\"First 50 wells\"",
        "<option value=\"in-progress\" selected>",
        "value=\"Grant for drilling\"",
        "value=\"25000\"",
        "value=\"South-South cooperation, Radio\"",
        "value=\"+855 23 456 789\"",
        "id=\"contact_public\" name=\"contact_public\" value=\"on\" checked",
        "Bring safe drinking water to 200 rural schools by 2030.</textarea>",
    ] {
        assert!(page.contains(kept), "lost {kept:?}");
    }
    assert!(!page.contains("name=\"sdgs\" value=\"13\" checked"));
    assert_eq!(stored_count(&app), 0, "nothing is written");
}

#[actix_web::test]
async fn every_rule_reached_through_the_form_names_its_field() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (form_with("title", "Too short"), "title"),
        (form_with("title", ""), "title"),
        (form_with("category", "wish"), "category"),
        (form_with("objective", ""), "objective"),
        (form_with("implementation", "  "), "implementation"),
        (form_with("lead_entity", ""), "lead_entity"),
        (form_with("entity_type", ""), "entity_type"),
        (
            valid_form()
                .into_iter()
                .filter(|(n, _)| *n != "sdgs" && *n != "targets")
                .collect(),
            "sdgs",
        ),
        (
            valid_form()
                .into_iter()
                .filter(|(n, _)| *n != "regions")
                .collect(),
            "regions",
        ),
        (form_with("start_date", ""), "start_date"),
        (form_with("start_date", "1970-01-01"), "start_date"),
        (form_with("start_date", "2023-02-30"), "start_date"),
        (form_with("start_date", "1900-01-01"), "start_date"),
        (
            form_with("completion_date", "1979-12-31"),
            "completion_date",
        ),
        (form_with("completion_date", ""), "completion_date"),
        (form_with("ongoing", "on"), "ongoing"),
        (form_with("targets", "3.1"), "targets"),
        (form_with("countries", "XX"), "countries"),
        (form_with("methods", "magic"), "methods"),
        (form_with("contact_name", ""), "contact_name"),
        (form_with("contact_email", ""), "contact_email"),
        (form_with("contact_email", "sokha@"), "contact_email"),
        (form_with("contact_phone", "12345"), "contact_phone"),
        (
            form_with("partner_entity_type", ""),
            "partner_entity_type-1",
        ),
        (
            form_with("deliverable_due_date", "1969-12-31"),
            "deliverable_due_date-1",
        ),
        (form_with("deliverable_status", ""), "deliverable_status-1"),
        (form_with("resource_amount", "-5"), "resource_amount-1"),
        (
            form_with("resource_currency", "DOLLARS"),
            "resource_currency-1",
        ),
        (form_with("results", "\u{7}bell"), "results"),
    ];
    for (fields, field) in cases {
        let (status, page) = post(&app, &fields).await;
        assert_eq!(status, 422, "{field}");
        assert!(
            page.contains(&format!("<a href=\"#{field}\">")),
            "summary links to {field}"
        );
        assert!(
            page.contains(&format!("id=\"{field}\"")),
            "the page has the field {field}"
        );
    }
    assert_eq!(stored_count(&app), 0);
}

#[actix_web::test]
async fn a_correct_form_becomes_a_submitted_commitment_only_its_owner_sees() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let response = app.register(&valid_form()).await;
    assert_eq!(response.status(), 303);
    let page_path = location(&response);
    assert!(page_path.starts_with("/commitments/"), "{page_path}");
    let (status, page) = app.get(&page_path).await;
    assert_eq!(status, 200);
    assert!(page.contains("Safe water for 200 rural schools in Cambodia"));
    assert!(page.contains("A moderator will review it before it is published."));
    assert!(page.contains("Awaiting review"));
    assert!(page.contains(
        "<td><a href=\"/organisations/unicef-cambodia\"><bdi>UNICEF Cambodia</bdi></a></td><td>UN entity</td>"
    ));
    assert!(page.contains("Laos") || page.contains("Lao People"));
    assert!(
        page.contains("mailto:sokha@example.org"),
        "the owner sees the contact's email"
    );
    let (_, account) = app.get("/account").await;
    assert!(account.contains("Safe water for 200 rural schools in Cambodia"));
    assert!(account.contains("Awaiting review"));

    let visitor = app.browser();
    assert_eq!(
        visitor.get(&page_path).await.0,
        404,
        "anonymous visitors do not see it"
    );
    let (_, listing) = visitor.get("/commitments").await;
    assert!(!listing.contains("Safe water for 200 rural schools"));
    let exported = registry(app.data_dir.path(), &["export"]);
    let record: serde_json::Value =
        serde_json::from_slice(exported.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(record["workflow"], "submitted");
    assert_eq!(
        record["other_methods"],
        serde_json::json!(["South-South cooperation", "Radio"])
    );
}

#[actix_web::test]
async fn add_another_keeps_every_value_and_adds_an_empty_row() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let mut fields = valid_form();
    fields.push(("add_row", "partner"));
    let (status, page) = post(&app, &fields).await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("There is a problem"),
        "adding a row is not an error"
    );
    assert!(page.contains("value=\"WaterAid\""));
    assert!(
        page.contains("id=\"partner_name-3\""),
        "a third, empty partner row"
    );
    assert!(page.contains("name=\"sdgs\" value=\"6\" checked"));
    assert_eq!(stored_count(&app), 0);
}

#[actix_web::test]
async fn visitors_are_sent_to_sign_in_and_unconfirmed_accounts_told_to_confirm() {
    let app = spawn_app().await;
    let response = app.get_response("/commitments/new").await;
    assert_redirects_to(&response, "/account/login?next=%2Fcommitments%2Fnew");
    let (_, page) = app.get("/account/signup").await;
    let token = csrf_token(&page).unwrap();
    let signup = app
        .post_form(
            "/account/signup",
            &[
                ("csrf_token", &token),
                ("name", "New Person"),
                ("email", "new@example.org"),
                ("password", "correct horse battery"),
                ("password_confirm", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(signup.status(), 303);
    app.login("new@example.org", "correct horse battery").await;
    let (status, page) = app.get("/commitments/new").await;
    assert_eq!(status, 403);
    assert!(page.contains("onfirm your email"), "{page}");
}
