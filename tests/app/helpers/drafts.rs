//! Lost sign-ins and drafts: ending a sign-in from elsewhere, signing in on the way to a form,
//! and checking that a form holds every value that was typed.

use super::{location, Account, Browser, TestApp};

/// Fields whose value is chosen (a checkbox, radio button or option) rather than typed.
const CHOSEN: &[&str] = &[
    "category",
    "partner_entity_type",
    "sdgs",
    "targets",
    "methods",
    "regions",
    "countries",
    "entity_type",
    "deliverable_status",
    "resource_kind",
    "contact_public",
    "ongoing",
];

impl TestApp {
    /// `account` signs in on another device and signs out there "on every device": every other
    /// browser's sign-in to it ends.
    pub async fn sign_out_everywhere(&self, account: &Account) {
        let elsewhere = self.browser();
        let signed_in = elsewhere.login(&account.email, &account.password).await;
        assert_eq!(signed_in.status(), 303);
        let out = elsewhere
            .submit("/account", "/account/logout", &[("everywhere", "on")])
            .await;
        assert_eq!(out.status(), 303);
    }

    /// How many forms are kept for people who must sign in again.
    pub fn kept_form_count(&self) -> i64 {
        self.count("SELECT COUNT(*) AS n FROM form_drafts")
    }

    /// How many drafts people saved on purpose.
    pub fn saved_draft_count(&self) -> i64 {
        self.count("SELECT COUNT(*) AS n FROM saved_drafts")
    }

    fn count(&self, sql: &str) -> i64 {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = self.pool().get().unwrap();
        diesel::sql_query(sql)
            .get_result::<Count>(&mut conn)
            .unwrap()
            .n
    }
}

impl Browser {
    /// Signs in as `account` from the sign-in page that leads to `next`; returns where the
    /// browser is sent.
    pub async fn sign_in_going_to(&self, account: &Account, next: &str) -> String {
        let page: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let fields = [
            ("email", account.email.as_str()),
            ("password", account.password.as_str()),
            ("next", next),
        ];
        let response = self
            .submit(
                &format!("/account/login?next={page}"),
                "/account/login",
                &fields,
            )
            .await;
        assert_eq!(response.status(), 303, "signing in as {}", account.email);
        location(&response)
    }
}

/// Asserts that the form `page` holds every value of `fields`: typed ones as values, chosen
/// ones checked or selected.
pub fn assert_form_holds(page: &str, fields: &[(&str, &str)]) {
    for (name, value) in fields {
        let shown = if CHOSEN.contains(name) {
            page.contains(&format!("value=\"{value}\" checked"))
                || page.contains(&format!("value=\"{value}\" selected"))
        } else {
            page.contains(&format!("value=\"{value}\""))
                || page.contains(&format!(">{value}</textarea>"))
        };
        assert!(shown, "the form lost {name} = {value:?}");
    }
}

/// True when the form page says it was filled from a kept form.
pub fn is_restored(page: &str) -> bool {
    page.contains("We kept what you typed")
}

/// The valid registration, sent with the button that registers it even when similar
/// commitments exist (as a person does after reading "Is this already registered?").
pub fn registering_anyway() -> Vec<(&'static str, &'static str)> {
    let mut fields = super::valid_form();
    fields.push(("action", "register_anyway"));
    fields
}
