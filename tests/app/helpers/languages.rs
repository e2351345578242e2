//! Pages in another language: fetching one, its title, and what it must and must not say.

use super::{spawn_app, Browser, Role};

/// The page at `path` in `lang` (through `?lang=`, which also keeps it for the next pages).
pub async fn page_in(browser: &Browser, lang: &str, path: &str) -> String {
    let joiner = if path.contains('?') { '&' } else { '?' };
    let (status, page) = browser.get(&format!("{path}{joiner}lang={lang}")).await;
    assert_eq!(status, 200, "{path} in {lang}");
    page
}

/// The text between `<title>` and `</title>`.
pub fn title_of(page: &str) -> &str {
    let start = page.find("<title>").expect("a title") + "<title>".len();
    let end = start + page[start..].find("</title>").expect("the title ends");
    page[start..end].trim()
}

/// Whether `page` shows `text`, as written or as the templates escape it (`'` as `&#39;`).
pub fn shows(page: &str, text: &str) -> bool {
    page.contains(text) || page.contains(&text.replace('\'', "&#39;"))
}

/// The strings of `english` that `page` still shows (as written or escaped).
pub fn english_left<'a>(page: &str, english: &[&'a str]) -> Vec<&'a str> {
    english
        .iter()
        .copied()
        .filter(|text| shows(page, text))
        .collect()
}

/// Asserts that `page` shows each of `said` and none of the English `english`.
pub fn assert_translated(page: &str, said: &[&str], english: &[&str]) {
    for text in said {
        assert!(shows(page, text), "the page shows {text:?}");
    }
    let left = english_left(page, english);
    assert!(left.is_empty(), "English is left: {left:?}");
}

/// Signs in a contributor who opens the registration form in `lang` and sends `fields`: the
/// page with errors (422).
pub async fn registration_refused_in(lang: &str, fields: &[(&str, &str)]) -> String {
    let app = spawn_app().await;
    app.login_as(Role::Contributor).await;
    let (status, _) = app.get(&format!("/commitments/new?lang={lang}")).await;
    assert_eq!(status, 200);
    let response = app.register(fields).await;
    assert_eq!(response.status(), 422);
    response.text().await.unwrap()
}
