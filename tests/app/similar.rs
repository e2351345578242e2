//! Before a registration is saved, commitments with the same lead entity or a very similar
//! title are shown ("Is this already registered?"); the person can still register theirs.

use serde_json::json;

use crate::helpers::*;

fn asks(page: &str) -> bool {
    page.contains("Is this already registered?")
}

#[actix_web::test]
async fn the_same_lead_entity_asks_whether_it_is_already_registered_and_the_person_can_still_submit(
) {
    let app = spawn_app().await;
    let existing = app
        .commitment()
        .published()
        .titled("Solar lamps for village clinics in Takeo")
        .with("lead_entity", json!("Ministry of Rural Development"))
        .create()
        .await;
    let person = app.signed_in(Role::Contributor).await;
    let fields = form_with("lead_entity", "MINISTRY of rural  development");
    let first = person.register(&fields).await;
    assert_eq!(first.status(), 200);
    let page = first.text().await.unwrap();
    assert!(asks(&page), "{page}");
    assert!(page.contains(&format!("href=\"/commitments/{}\"", existing.id)));
    assert!(page.contains("Solar lamps for village clinics in Takeo"));
    assert!(page.contains("(same lead entity)"));
    assert_form_holds(&page, &fields);
    assert_eq!(
        commitment_count(app.data_dir.path()),
        1,
        "nothing saved yet"
    );

    let mut anyway = fields.clone();
    anyway.push(("action", "register_anyway"));
    assert!(page.contains("name=\"action\" value=\"register_anyway\""));
    let second = person.register(&anyway).await;
    assert_eq!(second.status(), 303);
    assert_eq!(commitment_count(app.data_dir.path()), 2);
}

#[actix_web::test]
async fn a_very_similar_title_is_shown_whoever_leads_it() {
    let app = spawn_app().await;
    let existing = app
        .commitment()
        .published()
        .titled("Safe water for 200 rural schools in Laos")
        .with("lead_entity", json!("WaterAid Laos"))
        .create()
        .await;
    let person = app.signed_in(Role::Contributor).await;
    let response = person.register(&valid_form()).await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(asks(&page));
    assert!(page.contains(&format!("href=\"/commitments/{}\"", existing.id)));
}

#[actix_web::test]
async fn someone_elses_unpublished_commitment_is_never_shown() {
    let app = spawn_app().await;
    let someone = app.new_account("someone@example.org", Role::Contributor);
    app.commitment()
        .submitted()
        .owned_by(&someone)
        .create()
        .await;
    let person = app.signed_in(Role::Contributor).await;
    let response = person.register(&valid_form()).await;
    assert_eq!(response.status(), 303, "registered at once");
}

#[actix_web::test]
async fn a_person_is_reminded_of_their_own_submitted_commitment() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Contributor).await;
    let first = person.register(&valid_form()).await;
    assert_eq!(first.status(), 303);
    let again = person.register(&valid_form()).await;
    assert_eq!(again.status(), 200);
    let page = again.text().await.unwrap();
    assert!(asks(&page));
    assert!(page.contains("Awaiting review"), "its state is shown");
    assert_eq!(commitment_count(app.data_dir.path()), 1);
}

#[actix_web::test]
async fn a_different_commitment_goes_straight_through() {
    let app = spawn_app().await;
    app.commitment()
        .published()
        .titled("Solar pumps for irrigation in the Sahel")
        .with("lead_entity", json!("Sahel Solar Cooperative"))
        .create()
        .await;
    let person = app.signed_in(Role::Contributor).await;
    let response = person.register(&valid_form()).await;
    assert_eq!(response.status(), 303);
}
