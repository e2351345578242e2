//! The pages and mail of people in French, Spanish and Arabic: signing in and up, the account
//! page and its preferred language, moderation and administration, and mail written in the
//! language its recipient chose.

use serde_json::json;

use crate::helpers::languages::{assert_translated, page_in, title_of};
use crate::helpers::*;

const PASSWORD: &str = "correct kettle 42 north";
const PUBLIC: &str = "https://registry.example.org";
const TITLE: &str = "Safe water for 200 rural schools in Cambodia";

#[actix_web::test]
async fn the_sign_in_page_speaks_french_spanish_and_arabic() {
    let app = spawn_app().await;
    let english = [
        "Forgotten your password?",
        "Email address",
        ">Password<",
        "No account yet?",
        "Create an account</a>",
    ];
    let french = page_in(&app, "fr", "/account/login").await;
    let said = [
        "Mot de passe oublié\u{a0}?",
        "Adresse e-mail",
        "Pas encore de compte\u{a0}?",
    ];
    assert_translated(&french, &said, &english);
    let spanish = page_in(&app, "es", "/account/login").await;
    assert_translated(&spanish, &["¿Ha olvidado su contraseña?"], &english);
    let arabic = page_in(&app, "ar", "/account/login").await;
    assert_translated(&arabic, &["هل نسيت كلمة المرور؟", "كلمة المرور"], &english);
    let asked = page_in(&app, "fr", "/account/login?next=/commitments/new").await;
    assert!(title_of(&asked).starts_with("Connectez-vous pour enregistrer un engagement"));
    assert!(!asked.contains("Sign in to register a commitment"));
}

#[actix_web::test]
async fn a_refused_sign_in_in_french_says_error_and_the_problem_in_french() {
    let app = spawn_app().await;
    app.get("/?lang=fr").await;
    let response = app
        .submit(
            "/account/login",
            "/account/login",
            &[("email", ""), ("password", "")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        title_of(&page).starts_with("Erreur\u{a0}: Se connecter"),
        "{}",
        title_of(&page)
    );
    assert_translated(
        &page,
        &["Il y a un problème", "Saisissez votre adresse e-mail"],
        &["There is a problem", "Enter your email address", "Error:"],
    );
}

#[actix_web::test]
async fn the_sign_up_page_speaks_french_and_arabic() {
    let app = spawn_app().await;
    let english = [
        "Full name",
        "Confirm password",
        "Already have an account?",
        "At least 10",
    ];
    let french = page_in(&app, "fr", "/account/signup").await;
    assert_translated(&french, &["Nom complet", "Créer le compte"], &english);
    let arabic = page_in(&app, "ar", "/account/signup").await;
    assert_translated(&arabic, &["الاسم الكامل", "إنشاء الحساب"], &english);
}

#[actix_web::test]
async fn signing_up_in_spanish_mails_the_link_in_spanish_and_keeps_spanish_as_the_choice() {
    let app = spawn_app().await;
    app.get("/?lang=es").await;
    let fields = [
        ("name", "Lucía Pérez"),
        ("email", "lucia@example.org"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let response = app
        .submit("/account/signup", "/account/signup", &fields)
        .await;
    assert_redirects_to(&response, "/account/check-email");
    let (_, page) = app.get("/account/check-email").await;
    assert_translated(
        &page,
        &[
            "Hemos enviado un mensaje a lucia@example.org.",
            "Revise su correo electrónico",
        ],
        &["Check your email", "We have sent an email"],
    );
    let mail = app.newest_mail_to("lucia@example.org");
    assert!(
        mail.decoded_subject().starts_with("Confirme su dirección"),
        "{}",
        mail.decoded_subject()
    );
    assert!(mail.body.starts_with("Hola, Lucía Pérez:"), "{}", mail.body);
    assert!(!mail.body.contains("Confirm your email address"));
    let id = app.user_id("lucia@example.org");
    assert_eq!(app.language_of(id).as_deref(), Some("es"));
}

#[actix_web::test]
async fn the_account_page_speaks_french_and_arabic_and_offers_the_four_languages() {
    let app = spawn_app().await;
    let person = app.signed_in(Role::Moderator).await;
    let english = [
        "Your account",
        "Your commitments",
        "Reports due",
        "Saved searches",
        "Sign out on every device",
        "Mail me when a commitment",
        "Your drafts",
        ">Language<",
    ];
    let french = page_in(&person, "fr", "/account").await;
    let said = [
        "Votre compte",
        "Rapports attendus",
        "Recherches enregistrées",
        ">Langue<",
    ];
    assert_translated(&french, &said, &english);
    for name in ["English", "Français", "Español", "العربية"] {
        assert!(
            french.contains(&format!(">{name}</option>")),
            "{name} is offered"
        );
    }
    let arabic = page_in(&person, "ar", "/account").await;
    assert_translated(&arabic, &["حسابك", "مسوداتك", "حفظ اللغة"], &english);
}

#[actix_web::test]
async fn a_person_who_chose_french_gets_the_moderators_decision_in_french() {
    let app = spawn_app_with_public_url(PUBLIC).await;
    let owner = app
        .signed_in_as("sokha@example.org", Role::Contributor)
        .await;
    app.commitment()
        .in_workflow("submitted")
        .with("updated_at", json!("2025-01-01T10:00:00Z"))
        .owned_by(&owner)
        .create()
        .await;
    let response = owner
        .submit("/account", "/account/language", &[("language", "fr")])
        .await;
    assert_redirects_to(&response, "/account?lang=fr#language");
    let (_, page) = owner.get("/account?lang=fr").await;
    assert!(page.contains("le registre vous écrit désormais dans cette langue"));

    let moderator = app.signed_in(Role::Moderator).await;
    let fields = [("decision", "return"), ("comment", "Add a date.")];
    let response = moderator
        .submit("/commitments/1", "/commitments/1/review", &fields)
        .await;
    assert_eq!(response.status(), 303);

    let mail = app.newest_mail_to("sokha@example.org");
    assert_eq!(
        mail.decoded_subject(),
        format!("Modifications demandées\u{a0}: {TITLE}")
    );
    assert!(mail.body.starts_with("Bonjour "), "{}", mail.body);
    assert!(mail.body.contains("Le commentaire du modérateur"));
    assert!(mail.body.contains("> Add a date."));
    assert!(!mail.body.contains("A moderator returned"));
    let html = mail.html.expect("an HTML part");
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Ouvrir l’engagement"));
}

#[actix_web::test]
async fn a_password_reset_for_someone_who_chose_nothing_comes_in_the_pages_language() {
    let app = spawn_app().await;
    app.new_account("ana@example.org", Role::Contributor);
    app.get("/?lang=ar").await;
    let response = app.ask_for_password_reset("ana@example.org").await;
    assert_redirects_to(&response, "/account/check-email");
    let mail = app.newest_mail_to("ana@example.org");
    assert!(mail
        .decoded_subject()
        .starts_with("إعادة تعيين كلمة المرور"));
    assert!(mail.body.contains("مرحبًا"));
    assert!(!mail.body.contains("Someone (we hope you)"));
}

#[actix_web::test]
async fn the_moderation_queue_speaks_french_and_arabic() {
    let app = spawn_app().await;
    app.commitment().submitted().titled(TITLE).create().await;
    app.login_as(Role::Moderator).await;
    let english = [
        "awaiting review",
        "Lead entity",
        "Submitted by",
        ">Review<",
        "Imported",
        "(since",
    ];
    let french = page_in(&app, "fr", "/moderation").await;
    let said = [
        "1 engagement attend d’être examiné",
        "Entité responsable",
        "Examiner",
    ];
    assert_translated(&french, &said, &english);
    assert!(
        french.contains(TITLE),
        "the users' own content stays as written"
    );
    let arabic = page_in(&app, "ar", "/moderation").await;
    assert_translated(
        &arabic,
        &["التزام واحد بانتظار المراجعة", "الجهة الرائدة"],
        &english,
    );
}

#[actix_web::test]
async fn the_users_page_and_its_messages_speak_french() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let other = app.new_account("bo@example.org", Role::Contributor);
    let english = [
        "Search by name or email address",
        "Change role",
        "Reason for suspending",
        "Account log",
        "No account has been suspended yet.",
        "accounts.",
    ];
    let french = page_in(&app, "fr", "/admin/users").await;
    let said = [
        "Rechercher par nom ou adresse e-mail",
        "Changer le rôle",
        "2 comptes.",
    ];
    assert_translated(&french, &said, &english);

    let path = format!("/admin/users/{}/suspend", other.id);
    let response = app
        .submit("/admin/users", &path, &[("reason", "Spam")])
        .await;
    assert_redirects_to(&response, "/admin/users");
    let (_, page) = app.get("/admin/users").await;
    assert_translated(
        &page,
        &[
            "est suspendu et a été déconnecté",
            "Lever la suspension",
            "Motif\u{a0}: Spam",
        ],
        &[
            "is suspended and has been signed out",
            "Unsuspend",
            "Reason: Spam",
        ],
    );
}

#[actix_web::test]
async fn the_site_notice_page_speaks_spanish_and_arabic() {
    let app = spawn_app().await;
    app.login_as(Role::Admin).await;
    let english = [
        "Kind of notice",
        "Make the registry read-only",
        "Save the notice",
        "Leave empty",
    ];
    let spanish = page_in(&app, "es", "/admin/notice").await;
    assert_translated(&spanish, &["Tipo de aviso", "Guardar el aviso"], &english);
    let arabic = page_in(&app, "ar", "/admin/notice").await;
    assert_translated(&arabic, &["نوع الإشعار", "حفظ الإشعار"], &english);
    let fields = [("message", ""), ("level", "info")];
    let response = app.submit("/admin/notice", "/admin/notice", &fields).await;
    assert_redirects_to(&response, "/admin/notice");
    let (_, page) = app.get("/admin/notice").await;
    assert_translated(
        &page,
        &["حُفظ إشعار الموقع."],
        &["The site notice has been saved."],
    );
}
