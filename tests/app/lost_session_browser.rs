//! In Chromium, without JavaScript help: a person fills the registration form, their sign-in
//! ends elsewhere, they send it, sign in from the page that says the form is kept, and find
//! the form filled in; sending it then registers the commitment.

use fantoccini::Locator;

use crate::helpers::chromium::{
    click, fill_commitment, screenshot, set_date, signed_in_at, type_into, value_of,
};
use crate::helpers::*;

#[actix_web::test]
async fn a_form_sent_after_signing_out_elsewhere_comes_back_filled_after_signing_in_in_chromium() {
    let app = spawn_app().await;
    let person = app.new_account("awa@example.org", Role::Contributor);
    let login = (person.email.as_str(), person.password.as_str());
    let (_driver, browser) = signed_in_at(&app, login, "/commitments/new").await;
    fill_commitment(&browser).await;
    set_date(&browser, "completion_date", "2030-12-31").await;
    type_into(&browser, "contact_phone", "+221 33 123 45 67").await;
    app.sign_out_everywhere(&person).await;

    click(&browser, ".form-actions button[type=submit]").await;
    let kept = browser
        .wait()
        .for_element(Locator::Css(".form-kept"))
        .await
        .unwrap();
    assert!(kept
        .text()
        .await
        .unwrap()
        .contains("what you typed is kept"));
    assert_eq!(commitment_count(app.data_dir.path()), 0);
    screenshot(&browser, "lost-session-1-kept").await;

    click(&browser, ".form-kept a.button").await;
    browser
        .wait()
        .for_element(Locator::Id("email"))
        .await
        .unwrap();
    let heading = browser.find(Locator::Css("h1")).await.unwrap();
    assert_eq!(
        heading.text().await.unwrap(),
        "Sign in to register a commitment"
    );
    type_into(&browser, "email", &person.email).await;
    type_into(&browser, "password", &person.password).await;
    click(
        &browser,
        "form[action='/account/login'] button[type=submit]",
    )
    .await;
    browser
        .wait()
        .for_element(Locator::Css("form.commitment-form"))
        .await
        .unwrap();
    let page = browser.source().await.unwrap();
    assert!(page.contains("We kept what you typed"));
    assert_eq!(
        value_of(&browser, "title").await,
        "Solar pumps for irrigation in the Sahel"
    );
    assert_eq!(
        value_of(&browser, "lead_entity").await,
        "Sahel Solar Cooperative"
    );
    assert_eq!(
        value_of(&browser, "contact_phone").await,
        "+221 33 123 45 67"
    );
    assert_eq!(value_of(&browser, "completion_date").await, "2030-12-31");
    let sdg7 = browser.find(Locator::Id("sdgs-7")).await.unwrap();
    assert!(sdg7.prop("checked").await.unwrap().as_deref() == Some("true"));
    screenshot(&browser, "lost-session-2-restored").await;

    click(&browser, ".form-actions button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css(".detail__aside"))
        .await
        .unwrap();
    assert_eq!(commitment_count(app.data_dir.path()), 1);
    browser.close().await.unwrap();
}
