//! Commitment 1's edit form as a browser opens it, types into it and saves it (edit conflicts
//! between two people, in any language).

use super::{as_pairs, form_fields, with_values, Browser};

/// The edit form of commitment 1.
pub const EDIT: &str = "/commitments/1/edit";

/// The edit form of commitment 1 as `browser` opens it now, with `changes` typed in.
pub async fn open_edit_form(browser: &Browser, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let (status, page) = browser.get(EDIT).await;
    assert_eq!(status, 200);
    type_in(form_fields(&page, EDIT), changes)
}

/// `fields` of a form with each `(name, value)` of `changes` typed in place of that field's
/// values.
pub fn type_in(
    mut fields: Vec<(String, String)>,
    changes: &[(&str, &str)],
) -> Vec<(String, String)> {
    for (name, value) in changes {
        fields = with_values(fields, name, &[value]);
    }
    fields
}

/// Saves the edit form `fields` of commitment 1 as `browser`.
pub async fn save(browser: &Browser, fields: &[(String, String)]) -> reqwest::Response {
    browser.submit(EDIT, EDIT, &as_pairs(fields)).await
}

/// Two people edit commitment 1 from forms both opened before either saved: `colleague` types
/// `theirs` and saves first, then `browser` saves what it typed, `mine`. The second answer's
/// page, which a field both changed makes a 409 (asserted).
pub async fn clash(
    colleague: &Browser,
    theirs: &[(&str, &str)],
    browser: &Browser,
    mine: &[(&str, &str)],
) -> String {
    let theirs = open_edit_form(colleague, theirs).await;
    let mine = open_edit_form(browser, mine).await;
    save(colleague, &theirs).await;
    let response = save(browser, &mine).await;
    assert_eq!(response.status(), 409);
    response.text().await.unwrap()
}
