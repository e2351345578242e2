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
async fn caches_keep_pages_apart_by_language_but_share_stylesheets_and_json() {
    let app = spawn_app().await;
    let vary = |response: &reqwest::Response| {
        let values = response.headers().get_all("vary").iter();
        values
            .map(|v| v.to_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for page in ["/", "/commitments", "/feed.atom"] {
        let response = app.get_response(page).await;
        assert!(vary(&response).contains("Accept-Language"), "{page}");
    }
    for shared in ["/static/style.css", "/api/v1/commitments"] {
        let response = app.get_response(shared).await;
        assert_eq!(response.status(), 200, "{shared}");
        assert!(!vary(&response).contains("Accept-Language"), "{shared}");
    }
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

#[actix_web::test]
async fn every_page_has_a_language_switch_naming_each_language_in_itself() {
    let app = spawn_app().await;
    for path in [
        "/?lang=fr",
        "/organisations?lang=fr",
        "/no-such-page?lang=fr",
    ] {
        let (_, page) = app.get(path).await;
        assert!(
            page.contains("<nav class=\"language-switch\" aria-label=\"Langue\">"),
            "{path}"
        );
        for name in ["English", "Français", "Español", "العربية"] {
            assert!(
                page.contains(&format!(">{name}</a>")),
                "{path} lacks {name}"
            );
        }
        assert!(
            page.contains("lang=\"fr\" aria-current=\"true\">Français</a>"),
            "{path}"
        );
        assert!(
            page.contains("lang=\"ar\" dir=\"rtl\">العربية</a>"),
            "{path}"
        );
    }
}

#[actix_web::test]
async fn the_switch_keeps_the_address_and_other_languages_are_announced_as_alternates() {
    let app = spawn_app().await;
    let (_, page) = app.get("/organisations?q=water&lang=es").await;
    assert!(page.contains("<a href=\"/organisations?q=water&#38;lang=ar\" hreflang=\"ar\""));
    for code in ["en", "fr", "ar"] {
        let alternate = format!(
            "<link rel=\"alternate\" hreflang=\"{code}\" href=\"/organisations?q=water&#38;lang={code}\">"
        );
        assert!(page.contains(&alternate), "missing {alternate}");
    }
    assert!(!page.contains("<link rel=\"alternate\" hreflang=\"es\""));
}

#[actix_web::test]
async fn the_home_page_speaks_french_spanish_and_arabic() {
    let app = spawn_app().await;
    for (lang, heading, search) in [
        (
            "fr",
            "Qui fait quoi pour les objectifs de développement durable",
            "Rechercher",
        ),
        (
            "es",
            "Quién hace qué por los Objetivos de Desarrollo Sostenible",
            "Buscar",
        ),
        ("ar", "من يفعل ماذا من أجل أهداف التنمية المستدامة", "بحث"),
    ] {
        let (status, page) = app.get(&format!("/?lang={lang}")).await;
        assert_eq!(status, 200);
        assert!(page.contains(&format!("<h1>{heading}</h1>")), "{lang}");
        assert!(
            page.contains(&format!("class=\"button\">{search}</button>")),
            "{lang}"
        );
        assert!(!page.contains("Who is doing what"), "{lang}");
        assert!(!page.contains("The registry in figures"), "{lang}");
    }
}

#[actix_web::test]
async fn a_missing_page_has_its_heading_and_advice_in_each_language() {
    let app = spawn_app().await;
    for (lang, heading) in [
        ("fr", "Page introuvable"),
        ("es", "No se encuentra la página"),
        ("ar", "الصفحة غير موجودة"),
    ] {
        let (status, page) = app.get(&format!("/commitments/999999?lang={lang}")).await;
        assert_eq!(status, 404);
        assert!(
            page.contains(&format!("<h1>{heading}</h1>")),
            "{lang}: {page}"
        );
        assert!(!page.contains("Page not found"), "{lang}");
        assert!(!page.contains("If you typed the web address"), "{lang}");
    }
}
