//! Two people editing one commitment at once: changes to different fields are merged and both
//! kept; a field both changed is a 409 where the person chooses, and saving that form again
//! never undoes a change this person did not make. Reports filed at once keep each other's
//! deliverable statuses.

use crate::helpers::editing::{clash, open_edit_form, save, type_in, EDIT};
use crate::helpers::reports::{file, ACHIEVED, ACTION, FORM};
use crate::helpers::*;

const ORIGINAL_TITLE: &str = "Safe water for 200 rural schools in Cambodia";
const ORIGINAL_COVERAGE: &str = "Rural provinces of Kampong Cham and Takeo.";

/// The owner (the app's browser) and a moderator, each with the edit form open at version 1.
async fn two_people_editing() -> (TestApp, User) {
    let app = app_with_owned_commitment("published").await;
    let colleague = app.signed_in(Role::Moderator).await;
    (app, colleague)
}

#[actix_web::test]
async fn two_people_editing_different_fields_both_keep_their_changes() {
    let (app, colleague) = two_people_editing().await;
    let theirs = open_edit_form(&colleague, &[("geographical_coverage", "All of Cambodia.")]).await;
    let mine = open_edit_form(&app, &[("title", "Safe water for 250 rural schools")]).await;
    assert_redirects_to(&save(&colleague, &theirs).await, "/commitments/1");
    let response = save(&app, &mine).await;
    assert_redirects_to(&response, "/commitments/1");
    let (_, page) = app.get("/commitments/1").await;
    assert!(
        page.contains("Your changes were merged with changes by Moderator")
            && page.contains(" saved at "),
        "the person is told whose changes were merged"
    );
    assert!(page.contains("<h1>Safe water for 250 rural schools</h1>"));
    assert!(
        page.contains("All of Cambodia."),
        "the colleague's change is kept"
    );
    assert!(!page.contains(ORIGINAL_COVERAGE));
    let (_, history) = app.get("/commitments/1/history").await;
    assert!(history.contains("Version 3: edited"));
}

#[actix_web::test]
async fn a_field_both_people_changed_is_a_409_showing_the_original_theirs_and_mine() {
    let (app, colleague) = two_people_editing().await;
    let theirs = [("title", "Title saved by a colleague")];
    let page = clash(
        &colleague,
        &theirs,
        &app,
        &[("title", "Title typed from the old page")],
    )
    .await;
    assert!(page.contains("Someone else saved this commitment while you were editing it"));
    assert!(page.contains("<dd>Safe water for 200 rural schools in Cambodia</dd>"));
    assert!(page.contains("<dd>Title saved by a colleague</dd>"));
    assert!(page.contains("<dd>Title typed from the old page</dd>"));
    assert!(
        page.contains("name=\"choose_title\" value=\"mine\" checked"),
        "keeping mine is the default"
    );
    assert!(
        page.contains("value=\"Title typed from the old page\""),
        "my input is kept"
    );
    assert!(page.contains("name=\"version\" value=\"2\""));
    let (_, stored) = app.browser().get("/commitments/1").await;
    assert!(
        stored.contains("<h1>Title saved by a colleague</h1>"),
        "nothing written"
    );
}

#[actix_web::test]
async fn saving_a_409_form_again_never_undoes_a_change_this_person_did_not_make() {
    let (app, colleague) = two_people_editing().await;
    // Three fields: the colleague changes the title and the coverage; I change the title and
    // the objective.
    let theirs = [
        ("title", "Title saved by a colleague"),
        ("geographical_coverage", "All of Cambodia."),
    ];
    let mine = [
        ("title", "Title typed from the old page"),
        ("objective", "Safe water in 250 schools by 2030."),
    ];
    let page = clash(&colleague, &theirs, &app, &mine).await;
    assert_eq!(
        page.matches("class=\"form-group merge-choice\"").count(),
        1,
        "only the title clashes"
    );
    // Saving the 409 form as it stands keeps my title and objective and their coverage.
    let again = form_fields(&page, EDIT);
    assert_redirects_to(&save(&app, &again).await, "/commitments/1");
    let (_, stored) = app.browser().get("/commitments/1").await;
    assert!(stored.contains("<h1>Title typed from the old page</h1>"));
    assert!(stored.contains("Safe water in 250 schools by 2030."));
    assert!(
        stored.contains("All of Cambodia."),
        "their coverage was not put back"
    );
    assert!(!stored.contains(ORIGINAL_COVERAGE));
}

#[actix_web::test]
async fn choosing_theirs_on_the_409_form_takes_their_value_and_keeps_my_other_changes() {
    let (app, colleague) = two_people_editing().await;
    let theirs = [("title", "Title saved by a colleague")];
    let mine = [
        ("title", "Title typed from the old page"),
        ("objective", "Safe water in 250 schools by 2030."),
    ];
    let page = clash(&colleague, &theirs, &app, &mine).await;
    let chosen = with_values(form_fields(&page, EDIT), "choose_title", &["theirs"]);
    assert_redirects_to(&save(&app, &chosen).await, "/commitments/1");
    let (_, stored) = app.browser().get("/commitments/1").await;
    assert!(stored.contains("<h1>Title saved by a colleague</h1>"));
    assert!(stored.contains("Safe water in 250 schools by 2030."));
    assert!(!stored.contains(ORIGINAL_TITLE));
}

#[actix_web::test]
async fn lists_are_merged_as_whole_values() {
    let (app, colleague) = two_people_editing().await;
    let theirs = open_edit_form(&colleague, &[]).await;
    let theirs = with_values(theirs, "regions", &["asia-pacific", "global"]);
    let mine = with_values(open_edit_form(&app, &[]).await, "sdgs", &["6", "4", "13"]);
    save(&colleague, &theirs).await;
    assert_redirects_to(&save(&app, &mine).await, "/commitments/1");
    let (_, record) = app.get("/api/v1/commitments/1").await;
    assert!(
        record.contains("\"regions\":[\"asia-pacific\",\"global\"]"),
        "{record}"
    );
    assert!(
        record.contains("\"sdgs\":[4,6,13]") || record.contains("13"),
        "{record}"
    );
}

/// Two owners' browsers with the report form of commitment 1 open (two deliverables, both
/// planned).
async fn two_reporters() -> (TestApp, User) {
    let deliverables = serde_json::json!({"deliverables": [
        {"title": "First 50 wells drilled", "due_date": "2027-06-30", "status": "planned"},
        {"title": "Teachers trained", "due_date": "2027-09-30", "status": "planned"}
    ]});
    let app = reports::app_with_unreported_commitment("published", deliverables).await;
    let colleague = app.signed_in(Role::Moderator).await;
    (app, colleague)
}

#[actix_web::test]
async fn two_reports_at_once_keep_each_deliverable_status_changed_by_only_one_of_them() {
    let (app, colleague) = two_reporters().await;
    let (_, their_form) = colleague.get(FORM).await;
    let (_, my_form) = app.get(FORM).await;
    let report = [
        ("status", "on-track"),
        ("percent_complete", "40"),
        ("achievements", ACHIEVED),
    ];
    let theirs = type_in(form_fields(&their_form, ACTION), &report);
    let mine = type_in(form_fields(&my_form, ACTION), &report);
    // The colleague marks the wells completed; I mark the training in progress, my form
    // still showing the wells as planned.
    let theirs = set_status(theirs, 0, "completed");
    let mine = set_status(mine, 1, "in-progress");
    assert_eq!(file_fields(&colleague, &theirs).await.status(), 303);
    assert_eq!(file_fields(&app, &mine).await.status(), 303);
    let (_, page) = app.browser().get("/commitments/1").await;
    let (_, record) = app.get("/api/v1/commitments/1").await;
    assert!(
        record.contains("\"title\":\"First 50 wells drilled\",\"due_date\":\"2027-06-30\",\"status\":\"completed\""),
        "the colleague's status is kept: {record}"
    );
    assert!(
        record.contains(
            "\"title\":\"Teachers trained\",\"due_date\":\"2027-09-30\",\"status\":\"in-progress\""
        ),
        "{record}"
    );
    assert!(page.contains("Teachers trained"));
}

#[actix_web::test]
async fn a_report_without_the_statuses_it_was_opened_with_still_sets_the_statuses_it_names() {
    let (app, _) = two_reporters().await;
    let response = file(&app, &[]).await;
    assert_eq!(
        response.status(),
        303,
        "a script posting only the spec's fields is served"
    );
}

/// `fields` with the status select of deliverable `row` (from 0) set to `status`.
fn set_status(fields: Vec<(String, String)>, row: usize, status: &str) -> Vec<(String, String)> {
    let mut seen = 0;
    fields
        .into_iter()
        .map(|(name, value)| {
            if name != "deliverable_status" {
                return (name, value);
            }
            seen += 1;
            let value = if seen - 1 == row {
                status.to_string()
            } else {
                value
            };
            (name, value)
        })
        .collect()
}

async fn file_fields(browser: &Browser, fields: &[(String, String)]) -> reqwest::Response {
    browser.submit(FORM, ACTION, &as_pairs(fields)).await
}

#[actix_web::test]
async fn an_edit_form_opened_before_a_report_keeps_the_statuses_the_report_set() {
    let (app, colleague) = two_reporters().await;
    let mine = open_edit_form(&app, &[("title", "Safe water for 250 rural schools")]).await;
    let (_, their_form) = colleague.get(FORM).await;
    let report = [
        ("status", "on-track"),
        ("percent_complete", "40"),
        ("achievements", ACHIEVED),
    ];
    let theirs = set_status(
        type_in(form_fields(&their_form, ACTION), &report),
        0,
        "completed",
    );
    assert_eq!(file_fields(&colleague, &theirs).await.status(), 303);
    let response = save(&app, &mine).await;
    assert_redirects_to(&response, "/commitments/1");
    let (_, record) = app.get("/api/v1/commitments/1").await;
    assert!(record.contains("\"title\":\"Safe water for 250 rural schools\""));
    assert!(
        record.contains("\"title\":\"First 50 wells drilled\",\"due_date\":\"2027-06-30\",\"status\":\"completed\""),
        "the report's status is not put back: {record}"
    );
    let (_, history) = app.get("/commitments/1/history").await;
    assert!(history.contains("statuses set by a progress report"));
}
