//! The public pages in French, Spanish and Arabic: the search page with its filters, cards,
//! pages and problems, the organisations, the statistics and the Atom feed's own titles say
//! nothing in English but what people wrote.

use serde_json::json;

use crate::helpers::languages::english_left;
use crate::helpers::*;

/// The English of the interface that a translated page must not show.
const SEARCH_ENGLISH: [&str; 22] = [
    "Search titles, descriptions",
    "Showing 1 to",
    "Sort by",
    "Best match",
    "Newest first",
    "Lead entity type",
    "Means of implementation",
    "Apply filters",
    "Follow this search",
    "Atom feed of",
    "to save this search",
    "Since 1980",
    "· Government<",
    "Asia and the Pacific",
    "Clean Water and Sanitation",
    "Ongoing",
    "as a spreadsheet",
    "Start year",
    "Years from 1945",
    "Skip to results",
    "selected)",
    "aria-label=\"Goals\"",
];

fn assert_no_english(page: &str, english: &[&str], lang: &str) {
    let left = english_left(page, english);
    assert!(left.is_empty(), "{lang} page still says {left:?}");
}

/// The water record, published, in Asia and the Pacific, with a progress report.
async fn app_with_one_commitment() -> TestApp {
    let app = spawn_app().await;
    app.commitment().create().await;
    app
}

#[actix_web::test]
async fn the_search_page_speaks_french_spanish_and_arabic_from_its_heading_to_its_filters() {
    let app = app_with_one_commitment().await;
    for (lang, said) in [
        (
            "fr",
            [
                "<h1>Engagements</h1>",
                "1 à 1 sur 1 engagement",
                "Plus récents d’abord",
                "<summary>Type d’entité chef de file</summary>",
                "Depuis 1980 · Asie et Pacifique · Partenariat",
                "Eau propre et assainissement (1)",
                "Suivre cette recherche",
            ],
        ),
        (
            "es",
            [
                "<h1>Compromisos</h1>",
                "Se muestran del 1 al 1 de 1 compromiso",
                "Más recientes primero",
                "<summary>Tipo de entidad principal</summary>",
                "Desde 1980 · Asia y el Pacífico · Alianza",
                "Agua limpia y saneamiento (1)",
                "Seguir esta búsqueda",
            ],
        ),
        (
            "ar",
            [
                "<h1>الالتزامات</h1>",
                "عرض 1 إلى 1 من التزام واحد",
                "الأحدث أولًا",
                "<summary>نوع الجهة الرائدة</summary>",
                "منذ 1980 · آسيا والمحيط الهادئ · شراكة",
                "المياه النظيفة والنظافة الصحية (1)",
                "متابعة هذا البحث",
            ],
        ),
    ] {
        let (status, page) = app.get(&format!("/commitments?lang={lang}")).await;
        assert_eq!(status, 200);
        for text in said {
            assert!(page.contains(text), "{lang} page lacks {text}");
        }
        assert_no_english(&page, &SEARCH_ENGLISH, lang);
        // "Best match" is offered only for a search with words.
        let (_, words) = app.get(&format!("/commitments?lang={lang}&q=water")).await;
        assert_no_english(&words, &["Best match"], lang);
    }
}

#[actix_web::test]
async fn the_english_search_page_says_what_other_languages_translate() {
    let app = app_with_one_commitment().await;
    let (_, page) = app.get("/commitments").await;
    let (_, words) = app.get("/commitments?q=water").await;
    for english in SEARCH_ENGLISH {
        assert!(
            page.contains(english) || words.contains(english),
            "{english}"
        );
    }
    assert!(words.contains("Best match"));
}

#[actix_web::test]
async fn chips_pages_and_the_title_of_a_filtered_search_are_in_the_pages_language() {
    let app = app_with_one_commitment().await;
    app.commitment()
        .titled("Second water commitment")
        .create()
        .await;
    let (_, page) = app
        .get("/commitments?lang=fr&q=water&region=asia-pacific&start_from=1970&per_page=1&page=2")
        .await;
    for text in [
        "<title>Résultats de la recherche « water » (page 2 sur 2) –",
        "Recherche : « water »",
        "Région : Asie et Pacifique",
        "Commencé en 1970 ou après",
        "Effacer tous les filtres",
        "2 à 2 sur 2 engagements",
        "Page précédente",
        "Page 2 sur 2",
        "Filtres (2 sélectionnés)",
        "Flux Atom de cette recherche",
    ] {
        assert!(page.contains(text), "lacks {text}");
    }
    assert_no_english(
        &page,
        &[
            "Search results for",
            "Remove filter",
            "Clear all filters",
            "Previous",
            "Page 2 of 2",
            "Started in",
            "Region:",
        ],
        "fr",
    );
    let (_, page) = app.get("/commitments?lang=ar&per_page=1").await;
    assert!(page.contains("الصفحة التالية"));
    assert_no_english(&page, &["Next", "Results per page", "(last)"], "ar");
}

#[actix_web::test]
async fn a_search_with_a_bad_value_is_titled_error_in_the_pages_language() {
    let app = app_with_one_commitment().await;
    for (lang, title, intro) in [
        (
            "fr",
            "<title>Erreur\u{a0}: Engagements –",
            "ne tiennent pas compte",
        ),
        ("es", "<title>Error: Compromisos –", "no tienen en cuenta"),
        ("ar", "<title>خطأ: الالتزامات –", "لا تأخذ ما يلي"),
    ] {
        let (status, page) = app
            .get(&format!("/commitments?lang={lang}&start_from=soon"))
            .await;
        assert_eq!(status, 400);
        assert!(page.contains(title), "{lang}: {page}");
        assert!(page.contains(intro), "{lang}");
        assert_no_english(
            &page,
            &["The results below", "There is a problem", "Start year"],
            lang,
        );
    }
}

#[actix_web::test]
async fn an_empty_result_suggests_in_french_which_filter_to_remove() {
    let app = app_with_one_commitment().await;
    let (_, page) = app.get("/commitments?lang=fr&sdg=6&region=africa").await;
    assert!(page.contains("Aucun engagement trouvé"));
    assert!(page.contains("Pour retrouver des résultats, retirez un filtre :"));
    assert!(
        page.contains("Retirer le filtre « région » (Afrique)</a> (1 résultat)"),
        "{page}"
    );
    assert_no_english(
        &page,
        &[
            "No commitments found",
            "To get results back",
            "the region filter",
            "result)",
        ],
        "fr",
    );
    let (_, page) = app.get("/commitments?lang=es&q=nothingmatches").await;
    assert!(page.contains("Quitar el texto de búsqueda «nothingmatches»</a> (1 resultado)"));
    assert!(!page.contains("the search text"));
}

#[actix_web::test]
async fn the_feed_offered_on_a_french_page_is_titled_in_french() {
    let app = app_with_one_commitment().await;
    let (_, page) = app.get("/commitments?lang=fr&region=asia-pacific").await;
    let feed = "/feed.atom?region=asia-pacific&#38;lang=fr";
    assert!(page.contains(feed), "{page}");
    let (status, feed) = app.get("/feed.atom?region=asia-pacific&lang=fr").await;
    assert_eq!(status, 200);
    assert!(
        feed.contains(
            "<title>Registre des engagements pour les ODD : Région : Asie et Pacifique</title>"
        ),
        "{feed}"
    );
    let (_, feed) = app.get("/feed.atom?lang=ar").await;
    assert!(feed.contains(
        "<title>سجل الالتزامات بأهداف التنمية المستدامة: أحدث الالتزامات وتقارير التقدم</title>"
    ));
    assert!(!feed.contains("latest commitments and progress reports"));
    assert!(
        feed.contains("Safe water for 200 rural schools in Cambodia"),
        "content stays"
    );
}

#[actix_web::test]
async fn the_organisations_list_and_an_organisations_page_are_translated() {
    let app = app_with_one_commitment().await;
    app.commitment()
        .titled("Clean rivers")
        .with("lead_entity", json!("WaterAid"))
        .with("partners", json!([]))
        .create()
        .await;
    for (lang, list_said, page_said) in [
        (
            "fr",
            [
                "Trouver une organisation par son nom",
                "0–9 et autres",
                "1 engagement",
            ],
            [
                "Entité chef de file d’un engagement publié et partenaire d’un",
                "Fil d’Ariane",
                "1 à 2 sur 2 engagements",
            ],
        ),
        (
            "es",
            [
                "Buscar una organización por su nombre",
                "0–9 y otros",
                "1 compromiso",
            ],
            [
                "Entidad principal de 1 compromiso publicado y socio en 1",
                "Ruta de navegación",
                "Se muestran del 1 al 2 de 2 compromisos",
            ],
        ),
        (
            "ar",
            ["البحث عن منظمة باسمها", "0–9 وغيرها", "التزام واحد"],
            [
                "جهة رائدة في التزام منشور واحد وشريك في 1",
                "مسار التنقل",
                "عرض 1 إلى 2 من التزامين",
            ],
        ),
    ] {
        let (status, page) = app.get(&format!("/organisations?lang={lang}")).await;
        assert_eq!(status, 200);
        for text in list_said {
            assert!(page.contains(text), "{lang} list lacks {text}");
        }
        assert_no_english(
            &page,
            &[
                "Find an organisation",
                "0–9 and others",
                "1 commitment<",
                ">All<",
            ],
            lang,
        );
        let (status, page) = app
            .get(&format!("/organisations/wateraid?lang={lang}&sdg=6"))
            .await;
        assert_eq!(status, 200);
        for text in page_said {
            assert!(page.contains(text), "{lang} page lacks {text}");
        }
        assert_no_english(
            &page,
            &[
                "Lead entity of",
                "Breadcrumb",
                ">Home<",
                "Showing",
                "Apply filters",
                "Remove filter",
                "Clear all filters",
                "Goal:",
            ],
            lang,
        );
    }
}

#[actix_web::test]
async fn the_statistics_name_their_charts_and_columns_in_the_pages_language() {
    let app = app_with_one_commitment().await;
    for (lang, said) in [
        (
            "fr",
            [
                "<h1>Le registre en chiffres</h1>",
                "1 engagement publié.",
                "Par type d’entité chef de file",
                "Engagements publiés par objectif",
                "Valeur",
            ],
        ),
        (
            "es",
            [
                "<h1>El registro en cifras</h1>",
                "1 compromiso publicado.",
                "Por tipo de entidad principal",
                "Compromisos publicados por objetivo",
                "Valor",
            ],
        ),
        (
            "ar",
            [
                "<h1>السجل بالأرقام</h1>",
                "التزام منشور واحد.",
                "حسب نوع الجهة الرائدة",
                "الالتزامات المنشورة حسب الهدف",
                "القيمة",
            ],
        ),
    ] {
        let (status, page) = app.get(&format!("/stats?lang={lang}")).await;
        assert_eq!(status, 200);
        for text in said {
            assert!(page.contains(text), "{lang} lacks {text}");
        }
        assert_no_english(
            &page,
            &[
                "The registry in figures",
                "published commitments",
                "By goal",
                "By type of lead entity",
                "Charts on this page",
                ">Value<",
                ">Bar<",
                "Clean Water and Sanitation",
                "Asia and the Pacific",
            ],
            lang,
        );
    }
}

#[actix_web::test]
async fn the_home_pages_goals_and_cards_are_in_the_pages_language() {
    let app = app_with_one_commitment().await;
    let (_, page) = app.get("/?lang=es").await;
    assert!(page.contains("Agua limpia y saneamiento"));
    assert!(page.contains("Desde 1980"));
    assert_no_english(
        &page,
        &[
            "Clean Water and Sanitation",
            "No Poverty",
            "Since 1980",
            "· Government<",
        ],
        "es",
    );
}

#[actix_web::test]
async fn a_bad_letter_on_the_organisations_list_is_explained_in_the_pages_language() {
    let app = spawn_app().await;
    for (lang, said) in [
        ("fr", "« 99 » n’est pas une lettre"),
        ("es", "«99» no es una letra"),
        ("ar", "«99» ليس حرفًا"),
    ] {
        let (status, page) = app
            .get(&format!("/organisations?letter=99&lang={lang}"))
            .await;
        assert_eq!(status, 400);
        assert!(page.contains(said), "{lang}: {page}");
        assert!(!page.contains("is not a letter"), "{lang}");
    }
}
