//! Validation messages in the reader's language: the registration and sign-up forms posted
//! with errors under `?lang=` or `Accept-Language`; the JSON API keeps speaking English.

use crate::helpers::languages::registration_refused_in;
use crate::helpers::*;

/// Registers with a title too short and no objective, in `lang` (chosen by `?lang=`).
async fn register_badly_in(lang: &str) -> String {
    let mut fields = form_with("title", "Too short");
    fields.retain(|(n, _)| *n != "objective");
    registration_refused_in(lang, &fields).await
}

#[actix_web::test]
async fn the_registration_form_says_what_to_fix_in_french_in_the_summary_and_by_the_fields() {
    let page = register_badly_in("fr").await;
    assert!(page.contains("Il y a un problème"), "summary heading");
    let title = "Le titre doit compter au moins 10 caractères";
    assert!(
        page.contains(&format!("<a href=\"#title\">{title}</a>")),
        "summary"
    );
    assert!(
        page.contains(&format!("Erreur\u{a0}:</span> {title}")),
        "by the field"
    );
    let objective = "Saisissez l&#39;objectif";
    assert!(page.contains(&format!("<a href=\"#objective\">{objective}</a>")));
    assert!(page.contains(&format!("Erreur\u{a0}:</span> {objective}")));
    assert!(!page.contains("Title must be"), "no English message left");
}

#[actix_web::test]
async fn the_registration_form_says_what_to_fix_in_arabic_with_the_right_plural() {
    let page = register_badly_in("ar").await;
    assert!(page.contains("هناك مشكلة"));
    let title = "يجب ألا يقل العنوان عن 10 أحرف";
    assert!(
        page.contains(&format!("<a href=\"#title\">{title}</a>")),
        "summary"
    );
    assert!(
        page.contains(&format!("خطأ:</span> {title}")),
        "by the field"
    );
    assert!(page.contains("<a href=\"#objective\">أدخِل الهدف</a>"));
    assert!(!page.contains("Enter the objective"));
}

#[actix_web::test]
async fn the_sign_up_form_answers_in_the_language_of_accept_language() {
    let app = spawn_app().await;
    let url = format!("{}/account/signup", app.address);
    let form = app
        .client
        .get(&url)
        .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
    let page = form.send().await.unwrap().text().await.unwrap();
    let token = csrf_token(&page).expect("the sign-up form has a CSRF token");
    let fields = [
        ("name", ""),
        ("email", "sokha@"),
        ("password", "short1"),
        ("password_confirm", "short1"),
        ("csrf_token", token.as_str()),
    ];
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let post = app.client.post(&url).header("Accept-Language", "es");
    let post = post.header("Content-Type", "application/x-www-form-urlencoded");
    let response = post.body(body).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    for message in [
        "Introduzca su nombre completo",
        "Introduzca una dirección de correo electrónico con el formato correcto",
        "La contraseña debe tener 10 caracteres o más",
    ] {
        assert!(page.contains(message), "{message}");
    }
    assert!(page.contains("Hay un problema"));
}

#[actix_web::test]
async fn english_stays_the_default_and_word_for_word() {
    let page = register_badly_in("en").await;
    assert!(page.contains("<a href=\"#title\">Title must be 10 characters or more</a>"));
    assert!(page.contains("Error:</span> Enter the objective"));
}

#[actix_web::test]
async fn the_json_api_answers_in_english_whatever_the_language_asked_for() {
    let app = spawn_app().await;
    let (status, english) = app.get("/api/v1/commitments?region=atlantis").await;
    assert_eq!(status, 400);
    app.get("/commitments?lang=fr").await;
    let url = format!("{}/api/v1/commitments?region=atlantis", app.address);
    for lang in ["fr", "ar"] {
        let asked = app.client.get(&url).header("Accept-Language", lang);
        let response = asked.send().await.unwrap();
        assert_eq!(response.status(), 400);
        assert_eq!(response.text().await.unwrap(), english, "{lang}");
    }
}
