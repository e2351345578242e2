//! The interface in English, French, Spanish and Arabic: how a language is chosen and kept,
//! and what each page type says in it.

use crate::helpers::*;

fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("a page has an html element");
    let end = start + page[start..].find('>').expect("the html tag ends");
    &page[start..=end]
}

#[actix_web::test]
async fn lang_fr_in_the_address_gives_a_french_page_and_keeps_french_in_a_cookie() {
    let app = spawn_app().await;
    let response = app.get_response("/?lang=fr").await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("lang="))
        .expect("a lang cookie is set");
    assert!(cookie.starts_with("lang=fr;"), "{cookie}");
    let page = response.text().await.unwrap();
    assert_eq!(html_tag(&page), "<html lang=\"fr\">");
    assert!(page.contains("Aller au contenu principal"));
    assert!(!page.contains("Skip to main content"));
}

#[actix_web::test]
async fn the_chosen_language_is_kept_on_the_next_page() {
    let app = spawn_app().await;
    app.get("/?lang=es").await;
    let (status, page) = app.get("/organisations").await;
    assert_eq!(status, 200);
    assert_eq!(html_tag(&page), "<html lang=\"es\">");
    assert!(page.contains("Ir al contenido principal"));
}

#[actix_web::test]
async fn a_browser_that_prefers_french_gets_french_without_asking() {
    let app = spawn_app().await;
    let (_, page) = app.get_accepting("/", "fr-FR,fr;q=0.9,en;q=0.8").await;
    assert_eq!(html_tag(&page), "<html lang=\"fr\">");
    assert!(page.contains("Se connecter"));
}

#[actix_web::test]
async fn a_browser_that_prefers_arabic_gets_a_right_to_left_page() {
    let app = spawn_app().await;
    let (_, page) = app.get_accepting("/", "ar").await;
    assert_eq!(html_tag(&page), "<html lang=\"ar\" dir=\"rtl\">");
    assert!(page.contains("الانتقال إلى المحتوى الرئيسي"));
}

#[actix_web::test]
async fn the_address_wins_over_the_browser_and_an_unknown_language_falls_back_to_english() {
    let app = spawn_app().await;
    let (_, page) = app.get_accepting("/?lang=es", "fr").await;
    assert_eq!(html_tag(&page), "<html lang=\"es\">");
    let (_, page) = Browser::new(&app.address).get("/?lang=xx").await;
    assert_eq!(html_tag(&page), "<html lang=\"en\">");
    assert!(page.contains("Skip to main content"));
}

#[actix_web::test]
async fn a_missing_page_says_so_in_french() {
    let app = spawn_app().await;
    let (status, page) = app.get("/no-such-page?lang=fr").await;
    assert_eq!(status, 404);
    assert_eq!(html_tag(&page), "<html lang=\"fr\">");
    assert!(page.contains("Erreur 404."), "{page}");
    assert!(page.contains("parcourir tous les engagements"));
}
