//! Photos: owners and moderators add up to three (checked by decoding, stored re-encoded) and
//! delete them; whoever may see the commitment sees them.

use crate::helpers::upload::*;
use crate::helpers::*;

/// Asserts the GOV.UK error pattern for the upload form, with `message` beside `field`.
fn assert_upload_error(page: &str, field: &str, message: &str) {
    assert!(page.contains("<title>Error: "), "the title says Error");
    assert!(page.contains("There is a problem"));
    assert!(
        page.contains(&format!("<a href=\"#{field}\">{message}</a>")),
        "{message}"
    );
    assert!(
        page.contains(&format!(
            "id=\"{field}-error\"><span class=\"visually-hidden\">Error:</span> {message}"
        )),
        "the message is beside the field"
    );
}

#[actix_web::test]
async fn an_owner_adds_a_photo_that_everyone_sees_with_its_alt_text_and_caption() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(30, 20);
    let response = upload(
        &app,
        "Pupils at a new well",
        "Opening day",
        png_part(&bytes),
    )
    .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/commitments/1#photo-1");

    let visitor = app.browser();
    let (_, page) = visitor.get("/commitments/1").await;
    assert!(page.contains(
        "<img src=\"/photos/1\" alt=\"Pupils at a new well\" width=\"30\" height=\"20\""
    ));
    assert!(page.contains("<figcaption>Opening day</figcaption>"));
    assert!(
        !page.contains("/photos/1/delete"),
        "visitors get no delete button"
    );
    let (_, owner_page) = app.get("/commitments/1").await;
    assert!(owner_page.contains("The photo was added."));
    assert!(owner_page.contains("action=\"/commitments/1/photos/1/delete\""));
    assert!(owner_page.contains("enctype=\"multipart/form-data\""));

    let served = visitor.get_response("/photos/1").await;
    assert_eq!(served.status(), 200);
    let header = |name: &str| served.headers()[name].to_str().unwrap().to_string();
    assert_eq!(header("content-type"), "image/png");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("cache-control"), "public, max-age=3600");
    let body = served.bytes().await.unwrap();
    let decoded = image::load_from_memory(&body).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (30, 20));
    let stored = uploads(&app);
    assert_eq!(stored.len(), 1, "one file, no temporary left: {stored:?}");
    assert!(stored[0].ends_with(".png") && !stored[0].contains("well"));
}

#[actix_web::test]
async fn a_photo_is_served_re_encoded_without_its_exif_data() {
    let app = app_with_owned_commitment("published").await;
    let bytes = jpeg_with_exif();
    assert!(bytes.windows(3).any(|w| w == b"GPS"));
    let part = Some(FilePart {
        file_name: "IMG_0001.JPG",
        content_type: "image/jpeg",
        bytes: &bytes,
    });
    assert_eq!(upload(&app, "A red wall", "", part).await.status(), 303);
    let served = app.get_response("/photos/1").await;
    assert_eq!(served.headers()["content-type"], "image/jpeg");
    let body = served.bytes().await.unwrap();
    assert!(!body.windows(3).any(|w| w == b"GPS"), "no metadata served");
    assert!(!body.windows(4).any(|w| w == b"Exif"));
}

#[actix_web::test]
async fn a_text_file_named_jpg_is_refused_and_the_text_is_kept() {
    let app = app_with_owned_commitment("published").await;
    let part = Some(FilePart {
        file_name: "holiday.jpg",
        content_type: "image/jpeg",
        bytes: b"This is not a photo, only text pretending to be one.",
    });
    let response = upload(&app, "Pupils at a well", "Opening day", part).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert_upload_error(
        &page,
        "photo",
        "The selected file must be a JPEG, PNG or WebP image: save it as one and choose it again",
    );
    assert!(
        page.contains("value=\"Pupils at a well\""),
        "the alt text is kept"
    );
    assert!(
        page.contains(">Opening day</textarea>"),
        "the caption is kept"
    );
    assert!(uploads(&app).is_empty());
}

#[actix_web::test]
async fn a_photo_over_5_mb_is_refused_clearly_and_a_body_over_8_mb_too() {
    let app = app_with_owned_commitment("published").await;
    let mut big = png(8, 8);
    big.resize(5 * 1024 * 1024 + 1, 0);
    let response = upload(&app, "Pupils at a well", "Opening day", png_part(&big)).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert_upload_error(
        &page,
        "photo",
        "The selected file must be smaller than 5 MB: save a smaller copy and choose it again",
    );
    assert!(page.contains("value=\"Pupils at a well\""));

    big.resize(9 * 1024 * 1024, 0);
    let response = upload(&app, "Pupils at a well", "", png_part(&big)).await;
    assert_eq!(response.status(), 413);
    assert!(response.text().await.unwrap().contains("photos up to 5 MB"));
    assert!(uploads(&app).is_empty());
}

#[actix_web::test]
async fn alt_text_is_required_and_the_caption_is_kept() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(10, 10);
    let response = upload(&app, "  ", "Opening day", png_part(&bytes)).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert_upload_error(
        &page,
        "alt_text",
        "Enter alt text: say what the photo shows, for people who cannot see it",
    );
    assert!(page.contains(">Opening day</textarea>"));
    let response = upload(&app, "Pupils", "", None).await;
    assert_eq!(response.status(), 422);
    assert_upload_error(
        &response.text().await.unwrap(),
        "photo",
        "Select a photo to upload",
    );
    assert!(uploads(&app).is_empty());
}

#[actix_web::test]
async fn a_fourth_photo_is_refused() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(10, 10);
    for n in 1..=3 {
        let response = upload(&app, &format!("Photo {n}"), "", png_part(&bytes)).await;
        assert_eq!(response.status(), 303, "photo {n}");
    }
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("the most it can have: delete one to add another"));
    let response = upload(&app, "Photo 4", "", png_part(&bytes)).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert_upload_error(
        &page,
        "photo",
        "A commitment can have at most 3 photos: delete one first",
    );
    assert_eq!(uploads(&app).len(), 3);
}

#[actix_web::test]
async fn a_stranger_may_not_add_or_delete_photos() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(10, 10);
    assert_eq!(
        upload(&app, "A well", "", png_part(&bytes)).await.status(),
        303
    );
    let stranger = app
        .signed_in_as("stranger@example.org", Role::Contributor)
        .await;
    let response = upload(&stranger, "Mine now", "", png_part(&bytes)).await;
    assert_eq!(response.status(), 403);
    let response = stranger
        .submit("/commitments/1", "/commitments/1/photos/1/delete", &[])
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(uploads(&app).len(), 1);

    // Made a co-editor, the same person may.
    let editor = app.user_id("stranger@example.org");
    app.execute(&format!(
        "INSERT INTO commitment_editors (commitment_id, user_id, created_at) \
         VALUES (1, {editor}, '2026-11-30 10:00:00')"
    ));
    let response = upload(&stranger, "A classroom", "", png_part(&bytes)).await;
    assert_eq!(response.status(), 303, "co-editors may add photos");

    let moderator = app.signed_in(Role::Moderator).await;
    let response = upload(&moderator, "From the site visit", "", png_part(&bytes)).await;
    assert_eq!(response.status(), 303, "moderators may add photos");
}

#[actix_web::test]
async fn a_deleted_photo_is_gone_with_its_file() {
    let app = app_with_owned_commitment("published").await;
    let bytes = png(10, 10);
    assert_eq!(
        upload(&app, "A well", "", png_part(&bytes)).await.status(),
        303
    );
    assert_eq!(uploads(&app).len(), 1);
    let response = app
        .submit("/commitments/1", "/commitments/1/photos/1/delete", &[])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/commitments/1#photos");
    assert_eq!(app.get("/photos/1").await.0, 404);
    assert!(uploads(&app).is_empty(), "the file is removed");
    let (_, page) = app.get("/commitments/1").await;
    assert!(page.contains("The photo was deleted."));
    assert!(!page.contains("src=\"/photos/1\""));
    let again = app
        .submit("/commitments/1", "/commitments/1/photos/1/delete", &[])
        .await;
    assert_eq!(again.status(), 404);
}

#[actix_web::test]
async fn photos_of_an_unpublished_commitment_are_private() {
    let app = app_with_owned_commitment("submitted").await;
    let bytes = png(10, 10);
    assert_eq!(
        upload(&app, "A well", "", png_part(&bytes)).await.status(),
        303
    );
    let served = app.get_response("/photos/1").await;
    assert_eq!(served.status(), 200, "the owner sees it");
    assert_eq!(served.headers()["cache-control"], "private, no-store");
    assert_eq!(
        app.browser().get("/photos/1").await.0,
        404,
        "a visitor does not"
    );
    assert_eq!(app.browser().get("/photos/99").await.0, 404);
    assert_eq!(app.browser().get("/photos/x").await.0, 404);
}
