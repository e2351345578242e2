//! A commitment's pages in French, Spanish and Arabic: the commitment, its history, the
//! registration form with errors, the edit form after a clash (409) and the report form say
//! everything of their own in the chosen language; only what people typed stays as it was.

use crate::helpers::editing::{clash, open_edit_form, save};
use crate::helpers::languages::{assert_translated, registration_refused_in, shows, title_of};
use crate::helpers::reports::{app_with_unreported_commitment, file, FORM};
use crate::helpers::*;

/// English of the commitment page that its owner sees.
const COMMITMENT_ENGLISH: [&str; 16] = [
    "Goals and targets",
    "Basic information",
    "Edit this commitment",
    "Changes and history",
    "Contact the team",
    "Progress reports",
    "Last updated",
    "Lead entity",
    "Add a photo",
    "Upload the photo",
    "Editors may edit",
    "Add editor",
    "<h2 id=\"objective\">Objective</h2>",
    "<th scope=\"col\">Deliverable</th>",
    "Means of implementation",
    "Reported or published",
];

/// The commitment page of a published commitment, as its owner sees it in `lang`.
async fn commitment_page_in(lang: &str) -> String {
    let app = app_with_owned_commitment("published").await;
    let (status, page) = app.get(&format!("/commitments/1?lang={lang}")).await;
    assert_eq!(status, 200);
    page
}

#[actix_web::test]
async fn the_commitment_page_in_french_has_no_interface_english_left() {
    let page = commitment_page_in("fr").await;
    assert_translated(
        &page,
        &[
            "Objectifs et cibles",
            "Informations principales",
            "Modifier cet engagement",
            "Modifications et historique",
            "Contacter l'équipe",
            "Rapports d'avancement",
            "Dernière mise à jour",
            "Ajouter une photo",
            "Ajouter l'éditeur",
            "<h2 id=\"objective\">Objectif</h2>",
            "<th scope=\"col\">Livrable</th>",
        ],
        &COMMITMENT_ENGLISH,
    );
}

#[actix_web::test]
async fn the_commitment_page_in_spanish_has_no_interface_english_left() {
    let page = commitment_page_in("es").await;
    assert_translated(
        &page,
        &[
            "Objetivos y metas",
            "Información básica",
            "Editar este compromiso",
            "Contactar con el equipo",
            "Informes de progreso",
            "<th scope=\"col\">Entregable</th>",
        ],
        &COMMITMENT_ENGLISH,
    );
}

#[actix_web::test]
async fn the_commitment_page_in_arabic_has_no_interface_english_left() {
    let page = commitment_page_in("ar").await;
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert_translated(
        &page,
        &[
            "الأهداف والغايات",
            "المعلومات الأساسية",
            "تعديل هذا الالتزام",
            "الاتصال بالفريق",
            "تقارير التقدم",
            "<th scope=\"col\">الناتج</th>",
        ],
        &COMMITMENT_ENGLISH,
    );
}

#[actix_web::test]
async fn the_commitment_page_stays_word_for_word_english_by_default() {
    let page = commitment_page_in("en").await;
    for english in [
        "Goals and targets",
        "Basic information",
        "Edit this commitment",
    ] {
        assert!(page.contains(english), "{english}");
    }
    // Every English string the translated pages must not show is on the English page: the
    // checks of absence above would otherwise prove nothing.
    for english in COMMITMENT_ENGLISH {
        assert!(page.contains(english), "{english}");
    }
}

#[actix_web::test]
async fn the_registration_form_with_errors_says_in_english_what_other_languages_translate() {
    let page = register_badly_in("en").await;
    for english in FORM_ENGLISH {
        assert!(page.contains(english), "{english}");
    }
}

#[actix_web::test]
async fn saving_in_french_says_so_in_french_and_the_history_names_the_fields_in_french() {
    let app = app_with_owned_commitment("published").await;
    app.get("/?lang=fr").await;
    let fields = open_edit_form(&app, &[("title", "Eau potable pour 250 écoles rurales")]).await;
    assert_redirects_to(&save(&app, &fields).await, "/commitments/1");
    let (_, page) = app.get("/commitments/1").await;
    assert!(
        shows(&page, "Vos modifications sont enregistrées."),
        "flash"
    );
    let (status, history) = app.get("/commitments/1/history").await;
    assert_eq!(status, 200);
    assert_translated(
        &history,
        &[
            "Historique\u{a0}: Eau potable pour 250 écoles rurales",
            "Version 2\u{a0}: modifiée",
            "<th scope=\"row\">Titre</th>",
            "Champs modifiés",
            "Retour à l'engagement",
            "Du plus récent au plus ancien.",
        ],
        &[
            "History:",
            "edited",
            "Fields changed",
            "<th scope=\"row\">Title</th>",
            "Back to the commitment",
            "Newest first",
            " at ",
        ],
    );
}

#[actix_web::test]
async fn the_history_in_arabic_reads_right_to_left_words() {
    let app = app_with_owned_commitment("published").await;
    app.get("/?lang=ar").await;
    let fields = open_edit_form(&app, &[("title", "Safe water for 250 rural schools")]).await;
    save(&app, &fields).await;
    let (_, history) = app.get("/commitments/1/history").await;
    assert_translated(
        &history,
        &[
            "النسخة 2: عُدّل",
            "<th scope=\"row\">العنوان</th>",
            "الحقول التي تغيرت",
        ],
        &["edited", "Fields changed", "Before", "After"],
    );
}

/// English of the registration form with errors.
const FORM_ENGLISH: [&str; 13] = [
    "There is a problem",
    "Tell us about your commitment",
    "About the commitment",
    "Submit for review",
    "Save as draft",
    "Year-month-day",
    "(optional)",
    "Choose a type",
    "Add another partner",
    "Contact person",
    "Needed with an amount",
    "Error:</span>",
    "Title must be",
];

/// Registers with a title too short in `lang` (chosen by `?lang=`): the page with errors.
async fn register_badly_in(lang: &str) -> String {
    registration_refused_in(lang, &valid_form_with(&[("title", "Too short")])).await
}

#[actix_web::test]
async fn the_registration_form_with_errors_in_french_has_a_french_title_and_summary() {
    let page = register_badly_in("fr").await;
    assert!(
        title_of(&page).starts_with("Erreur\u{a0}: Enregistrer un engagement"),
        "{}",
        title_of(&page)
    );
    assert_translated(
        &page,
        &[
            "Il y a un problème",
            "Présentez-nous votre engagement",
            "Soumettre pour examen",
            "Année-mois-jour",
            "Partenaires (facultatif)",
            "Erreur\u{a0}:</span>",
        ],
        &FORM_ENGLISH,
    );
}

#[actix_web::test]
async fn the_registration_form_with_errors_in_spanish_has_a_spanish_summary() {
    let page = register_badly_in("es").await;
    assert!(title_of(&page).starts_with("Error: Registrar un compromiso"));
    let mut english = FORM_ENGLISH.to_vec();
    english.retain(|e| *e != "Error:</span>");
    assert_translated(
        &page,
        &[
            "Hay un problema",
            "Háblenos de su compromiso",
            "Año-mes-día",
            "<a href=\"#title\">El título debe tener 10 caracteres o más</a>",
            "Error:</span> El título debe tener 10 caracteres o más",
        ],
        &english,
    );
}

#[actix_web::test]
async fn the_registration_form_with_errors_in_arabic_has_an_arabic_title_and_summary() {
    let page = register_badly_in("ar").await;
    assert!(
        title_of(&page).starts_with("خطأ: تسجيل التزام"),
        "{}",
        title_of(&page)
    );
    assert_translated(
        &page,
        &[
            "هناك مشكلة",
            "أخبرنا عن التزامك",
            "السنة-الشهر-اليوم",
            "خطأ:</span>",
        ],
        &FORM_ENGLISH,
    );
}

#[actix_web::test]
async fn a_clash_on_the_edit_form_is_explained_in_french() {
    let app = app_with_owned_commitment("published").await;
    let colleague = app.signed_in(Role::Moderator).await;
    app.get("/?lang=fr").await;
    let theirs = [("title", "Title saved by a colleague")];
    let page = clash(
        &colleague,
        &theirs,
        &app,
        &[("title", "Title typed from the old page")],
    )
    .await;
    assert_translated(
        &page,
        &[
            "Quelqu'un d'autre a enregistré cet engagement pendant que vous le modifiiez",
            "Vous avez tous deux modifié ce champ",
            "<h3>Titre</h3>",
            "Garder la mienne",
            "Prendre la sienne",
            "Avant que l'un de vous ne le modifie",
        ],
        &[
            "Someone else saved",
            "You both changed",
            "Keep mine",
            "Take theirs",
            "Before either of you",
            "Save changes",
            " saved changes at ",
        ],
    );
    // What the people typed stays as it was.
    assert!(page.contains("<dd>Title saved by a colleague</dd>"));
}

/// English of the report form.
const REPORT_ENGLISH: [&str; 9] = [
    "File a progress report",
    "The report",
    "Date of the report",
    "Where the commitment stands",
    "Percent complete",
    "Achievements",
    "File the report",
    "Cancel and go back",
    "Year-month-day",
];

#[actix_web::test]
async fn the_report_form_and_its_confirmation_are_in_french() {
    let app = app_with_unreported_commitment("published", serde_json::json!({})).await;
    let (status, page) = app.get(&format!("{FORM}?lang=fr")).await;
    assert_eq!(status, 200);
    assert_translated(
        &page,
        &[
            "Déposer un rapport d'avancement",
            "Date du rapport",
            "Où en est l'engagement",
            "Réalisations",
            "Déposer le rapport",
        ],
        &REPORT_ENGLISH,
    );
    let filed = file(&app, &[]).await;
    let (_, commitment) = app.get(&location(&filed)).await;
    assert!(shows(
        &commitment,
        "Votre rapport d'avancement figure dans la chronologie ci-dessous."
    ));
    assert!(commitment.contains("40\u{a0}% réalisé"));
}

#[actix_web::test]
async fn the_report_form_is_in_spanish_and_arabic() {
    let app = app_with_unreported_commitment("published", serde_json::json!({})).await;
    let (_, spanish) = app.get(&format!("{FORM}?lang=es")).await;
    assert_translated(
        &spanish,
        &["Presentar un informe de progreso", "Fecha del informe"],
        &REPORT_ENGLISH,
    );
    let (_, arabic) = app.get(&format!("{FORM}?lang=ar")).await;
    assert_translated(
        &arabic,
        &["تقديم تقرير تقدم", "تاريخ التقرير", "أين يقف الالتزام"],
        &REPORT_ENGLISH,
    );
}

#[actix_web::test]
async fn the_report_form_says_in_english_what_other_languages_translate() {
    let app = app_with_unreported_commitment("published", serde_json::json!({})).await;
    let (_, english) = app.get(FORM).await;
    for text in REPORT_ENGLISH {
        assert!(english.contains(text), "{text}");
    }
}

#[actix_web::test]
async fn on_arabic_pages_names_and_codes_keep_their_own_direction_and_lists_take_arabic_commas() {
    let app = spawn_app().await;
    let made = app
        .commitment()
        .published()
        .with("lead_entity", serde_json::json!("Aquapath Inc."))
        .with("sdgs", serde_json::json!([6]))
        .with("targets", serde_json::json!(["6.1", "6.a"]))
        .create()
        .await;
    let (_, page) = app.get(&format!("/commitments/{}?lang=ar", made.id)).await;
    // Isolated, "Aquapath Inc." keeps its full stop at its end and "#7" its sign before.
    assert!(page.contains("<bdi>Aquapath Inc.</bdi></a>"), "{page}");
    assert!(page.contains(&format!("<bdi>#{}</bdi>", made.id)));
    let (first, second) = ("<bdi>6.1</bdi>", "<bdi>6.a</bdi>");
    let between = &page[page.find(first).unwrap()..page.find(second).unwrap()];
    assert!(between.contains("</a>، <a"), "{between}");
    let (_, english) = app.get(&format!("/commitments/{}?lang=en", made.id)).await;
    assert!(english.contains("</a>, <a"), "English keeps its comma");
}
