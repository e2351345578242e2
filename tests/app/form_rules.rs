//! The validation rules as a person meets them (issue #12): every error in one answer, dates
//! typed as the hint shows, resources without an amount, ISO currencies, `null` in imports,
//! no input silently shortened, and a refused photo that asks to be chosen again.

use serde_json::{json, Value};

use crate::helpers::reports;
use crate::helpers::upload::*;
use crate::helpers::*;

/// Asserts that `field`'s message is in the summary and beside the field, and contains `text`.
fn assert_error(page: &str, field: &str, text: &str) {
    let link = format!("<a href=\"#{field}\">");
    let at = page
        .find(&link)
        .unwrap_or_else(|| panic!("{field} is not in the summary"));
    let message = &page[at + link.len()..];
    let message = &message[..message.find("</a>").unwrap()];
    assert!(message.contains(text), "{field}: {message}");
    assert!(
        page.contains(&format!("id=\"{field}-error\"")),
        "{field}'s message"
    );
}

/// The record of the tests, with its one resource replaced by `resource`.
fn record_with_resource(resource: Value) -> Value {
    let mut record = water_record();
    record["resources"] = json!([resource]);
    record
}

#[actix_web::test]
async fn ongoing_ticked_with_a_completion_date_before_the_start_shows_every_error_at_once() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let fields = valid_form_with(&[
        ("title", "Too short"),
        ("start_date", "2020-01-01"),
        ("completion_date", "2019-06-30"),
        ("ongoing", "on"),
        ("resource_currency", "naira"),
    ]);
    let page = refused(app.register(&fields).await, "ongoing").await;
    assert_error(&page, "title", "10 characters");
    assert_error(
        &page,
        "completion_date",
        "after the start date (2020-01-01)",
    );
    assert_error(&page, "ongoing", "not both");
    assert_error(&page, "resource_currency-1", "use NGN");
    assert!(page.contains("value=\"2019-06-30\""), "the dates are kept");
    assert_eq!(commitment_count(app.data_dir.path()), 0);
}

#[actix_web::test]
async fn the_edit_form_shows_every_date_error_at_once() {
    let app = app_with_owned_commitment("published").await;
    let fields = valid_form_with(&[
        ("completion_date", "2019-06-30"),
        ("start_date", "2020-01-01"),
        ("ongoing", "on"),
        ("version", "1"),
    ]);
    let response = app
        .submit("/commitments/1/edit", "/commitments/1/edit", &fields)
        .await;
    let page = refused(response, "completion_date").await;
    assert_error(&page, "ongoing", "not both");
    assert_error(&page, "completion_date", "after the start date");
}

#[actix_web::test]
async fn the_report_form_shows_every_error_at_once() {
    let app = reports::app_with_unreported_commitment("published", json!({})).await;
    let changes = [
        ("reported_on", "2100-01-01"),
        ("percent_complete", "150"),
        ("achievements", "Too short"),
    ];
    let page = refused(reports::file(&app, &changes).await, "reported_on").await;
    assert_error(&page, "reported_on", "cannot be in the future");
    assert_error(&page, "percent_complete", "0 to 100");
    assert_error(&page, "achievements", "20 characters");
}

#[test]
fn an_import_reports_every_problem_of_a_line_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut record = water_record();
    record["start_date"] = json!("2020-01-01");
    record["completion_date"] = json!("2019-06-30");
    record["ongoing"] = json!(true);
    record["resources"][0]["currency"] = json!("NAI");
    write_jsonl(&file, &[record]);
    let output = registry(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.contains("line 1: ongoing: "), "{errors}");
    assert!(errors.contains("line 1: completion_date: "), "{errors}");
    assert!(
        errors.contains("line 1: resources[0].currency: ") && errors.contains("NGN"),
        "{errors}"
    );
    assert_eq!(commitment_count(dir.path()), 0);
}

#[actix_web::test]
async fn date_inputs_are_plain_text_with_a_hint_in_the_form_the_server_reads() {
    let app = reports::app_with_unreported_commitment("published", json!({})).await;
    let (_, register) = app.get("/commitments/new").await;
    let (_, report) = app.get(reports::FORM).await;
    for (page, id) in [
        (&register, "start_date"),
        (&register, "completion_date"),
        (&register, "deliverable_due_date-1"),
        (&report, "reported_on"),
    ] {
        let input = format!("id=\"{id}\" name=\"");
        let at = page.find(&input).unwrap_or_else(|| panic!("no {id}"));
        let tag = &page[at..at + page[at..].find('>').unwrap()];
        assert!(tag.contains("type=\"text\""), "{tag}");
        assert!(
            tag.contains(&format!("aria-describedby=\"{id}-hint")),
            "{tag}"
        );
    }
    assert!(!register.contains("type=\"date\"") && !report.contains("type=\"date\""));
    assert!(register.contains(
        "<span class=\"nowrap\">Year-month-day</span>, for example <span class=\"nowrap\">2024-03-31</span>"
    ));
}

#[actix_web::test]
async fn a_script_posting_iso_dates_under_the_spec_names_is_understood() {
    let app = reports::app_with_unreported_commitment("published", json!({})).await;
    let fields = valid_form_with(&[
        ("start_date", "2024-03-31"),
        ("completion_date", "2030-12-31"),
        ("deliverable_due_date", "2025-06-30"),
        // The app's commitment has the same lead entity: register past "Is this already registered?".
        ("action", "register_anyway"),
    ]);
    let response = app.register(&fields).await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.get(&location(&response)).await;
    assert!(page.contains("31 March 2024") && page.contains("31 December 2030"));
    assert!(page.contains("30 June 2025"), "the deliverable's due date");
    let response = reports::file(&app, &[("reported_on", "2024-04-30")]).await;
    assert_eq!(response.status(), 303);
}

#[actix_web::test]
async fn a_resource_without_an_amount_or_a_currency_is_registered() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let fields = valid_form_with(&[
        ("resource_kind", "staff"),
        ("resource_description", "Two engineers for three years"),
        ("resource_amount", ""),
        ("resource_currency", ""),
    ]);
    let response = app.register(&fields).await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.get(&location(&response)).await;
    assert!(page.contains("Two engineers for three years"));
    assert!(page.contains("Not given"));
}

#[actix_web::test]
async fn a_currency_name_or_a_made_up_code_is_refused_as_typed_with_a_real_code_named() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    for (typed, says) in [("naira", "use NGN"), ("NAI", "like USD, EUR or NGN")] {
        let fields =
            valid_form_with(&[("resource_amount", "1000000"), ("resource_currency", typed)]);
        let page = refused(app.register(&fields).await, "resource_currency-1").await;
        assert_error(&page, "resource_currency-1", "currency of resource 1");
        assert_error(&page, "resource_currency-1", says);
        assert!(
            page.contains(&format!("value=\"{typed}\"")),
            "kept as typed"
        );
    }
    assert_eq!(commitment_count(app.data_dir.path()), 0);
}

#[actix_web::test]
async fn an_amount_needs_a_currency_and_a_currency_needs_an_amount() {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let fields = valid_form_with(&[("resource_amount", "5000"), ("resource_currency", "")]);
    let page = refused(app.register(&fields).await, "resource_currency-1").await;
    assert_error(&page, "resource_currency-1", "an amount needs its currency");
    let fields = valid_form_with(&[("resource_amount", ""), ("resource_currency", "EUR")]);
    let page = refused(app.register(&fields).await, "resource_amount-1").await;
    assert_error(&page, "resource_amount-1", "a currency needs an amount");
}

#[actix_web::test]
async fn no_form_has_a_maxlength_that_would_shorten_what_is_typed() {
    let app = reports::app_with_unreported_commitment("published", json!({})).await;
    let long_currency = "Nigerian naira, paid in four instalments";
    let fields = valid_form_with(&[("resource_currency", long_currency)]);
    let page = refused(app.register(&fields).await, "resource_currency-1").await;
    assert!(
        page.contains(&format!("value=\"{long_currency}\"")),
        "nothing cut"
    );
    let pages = [
        "/commitments/new",
        "/commitments/1/edit",
        reports::FORM,
        "/commitments/1",
        "/commitments",
    ];
    assert!(
        !page.contains("maxlength"),
        "a maxlength on the refused form"
    );
    for path in pages {
        let (status, html) = app.get(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!html.contains("maxlength"), "a maxlength on {path}");
    }
    let (_, signup) = app.browser().get("/account/signup").await;
    assert!(
        !signup.contains("maxlength"),
        "a maxlength on the sign-up form"
    );
}

#[test]
fn registry_import_of_records_with_null_phone_amount_and_currency_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let mut record = record_with_resource(json!({"kind": "in-kind", "description": "Office space",
        "amount": null, "currency": null}));
    record["contact"]["phone"] = Value::Null;
    for key in [
        "stakeholders",
        "countries",
        "partners",
        "other_methods",
        "completion_date",
    ] {
        record[key] = Value::Null;
    }
    write_jsonl(&file, &[record]);
    let output = registry(dir.path(), &["import", file.to_str().unwrap(), "--publish"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(commitment_count(dir.path()), 1);

    let out = path_in(&dir, "out.jsonl");
    let output = registry(dir.path(), &["export", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let exported: Value =
        serde_json::from_str(std::fs::read_to_string(&out).unwrap().trim()).unwrap();
    let resource = &exported["resources"][0];
    assert_eq!(resource["amount"], Value::Null, "{resource}");
    assert_eq!(resource["currency"], Value::Null, "{resource}");
    assert_eq!(exported["contact"]["phone"], json!(""));
}

#[test]
fn an_imported_amount_without_a_currency_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = path_in(&dir, "in.jsonl");
    let record = record_with_resource(json!({"kind": "financing", "description": "Grant",
        "amount": 500, "currency": null}));
    write_jsonl(&file, &[record]);
    let output = registry(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.contains("line 1: resources[0].currency: "),
        "{errors}"
    );
}

#[actix_web::test]
async fn a_refused_photo_says_to_choose_it_again_and_keeps_the_alt_text_and_caption() {
    let app = app_with_owned_commitment("published").await;
    let mut big = png(8, 8);
    big.resize(5 * 1024 * 1024 + 1, 0);
    let not_a_photo = b"Only text, whatever its name says.".to_vec();
    for bytes in [big, not_a_photo] {
        let response = upload(&app, "Pupils at a well", "Opening day", png_part(&bytes)).await;
        let page = refused(response, "photo").await;
        assert_error(&page, "photo", "choose it again");
        assert!(
            page.contains("value=\"Pupils at a well\""),
            "the alt text is kept"
        );
        assert!(
            page.contains(">Opening day</textarea>"),
            "the caption is kept"
        );
        assert!(
            page.contains("<details class=\"photo-form\" open"),
            "the form is open"
        );
    }
    assert!(uploads(&app).is_empty());
}

#[actix_web::test]
async fn a_good_photo_sent_without_alt_text_asks_to_be_chosen_again() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(10, 10);
    let response = upload(&app, " ", "Opening day", png_part(&bytes)).await;
    let page = refused(response, "photo").await;
    assert_error(&page, "photo", "Choose the photo again");
    assert_error(&page, "alt_text", "Enter alt text");
    assert!(page.contains(">Opening day</textarea>"));
    assert!(
        page.find("href=\"#photo\"") < page.find("href=\"#alt_text\""),
        "form order"
    );
    assert!(uploads(&app).is_empty());
}
