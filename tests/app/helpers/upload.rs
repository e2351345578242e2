//! Uploading photos as a browser does: a multipart body built by hand (the test client has no
//! multipart support), with images generated on the spot.

use std::io::Cursor;

use super::{Browser, TestApp};

/// A small PNG, `width` × `height`.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 8) as u8, (y * 8) as u8, 120])
    });
    let mut bytes = Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

/// A JPEG carrying EXIF data with a GPS-like marker right after its start.
pub fn jpeg_with_exif() -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(24, 16, image::Rgb([200, 90, 30]));
    let mut bytes = Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .unwrap();
    let jpeg = bytes.into_inner();
    let payload = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPS 11.5564N 104.9282E";
    let length = u16::try_from(payload.len() + 2).unwrap().to_be_bytes();
    let mut with_exif = jpeg[..2].to_vec();
    with_exif.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
    with_exif.extend_from_slice(payload);
    with_exif.extend_from_slice(&jpeg[2..]);
    with_exif
}

/// A small JPEG whose frame header claims `side` × `side` pixels: an image bomb as the server
/// sees it before decoding, without the memory of one in the test.
pub fn jpeg_claiming(side: u16) -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(16, 16, image::Rgb([20, 20, 20]));
    let mut bytes = Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .unwrap();
    let mut jpeg = bytes.into_inner();
    // The baseline frame header (FF C0): length (2 bytes), precision, height, width.
    let frame = jpeg
        .windows(2)
        .position(|pair| pair == [0xFF, 0xC0])
        .unwrap();
    jpeg[frame + 5..frame + 7].copy_from_slice(&side.to_be_bytes());
    jpeg[frame + 7..frame + 9].copy_from_slice(&side.to_be_bytes());
    jpeg
}

/// A file part of a multipart form.
pub struct FilePart<'a> {
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}

/// Loads the commitment page for its token, then posts a multipart upload form to it.
pub async fn upload(
    browser: &Browser,
    alt_text: &str,
    caption: &str,
    file: Option<FilePart<'_>>,
) -> reqwest::Response {
    let token = browser.csrf_token_from("/commitments/1").await;
    let boundary = "----PhotoBoundary7MA4YWxk";
    let mut body = Vec::new();
    for (name, value) in [
        ("csrf_token", token.as_str()),
        ("alt_text", alt_text),
        ("caption", caption),
    ] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    let file = file.unwrap_or(FilePart {
        file_name: "",
        content_type: "application/octet-stream",
        bytes: b"",
    });
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            file.file_name, file.content_type
        )
        .as_bytes(),
    );
    body.extend_from_slice(file.bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    browser
        .client
        .post(format!("{}/commitments/1/photos", browser.address))
        .header(
            "Content-Type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("the request is answered")
}

/// A file part holding `bytes` as `well.png`.
pub fn png_part(bytes: &[u8]) -> Option<FilePart<'_>> {
    Some(FilePart {
        file_name: "well.png",
        content_type: "image/png",
        bytes,
    })
}

/// The files in the app's uploads folder.
pub fn uploads(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(app.data_dir.path().join("uploads"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A file part holding `bytes` as `well.jpg`.
pub fn jpeg_part(bytes: &[u8]) -> Option<FilePart<'_>> {
    Some(FilePart {
        file_name: "well.jpg",
        content_type: "image/jpeg",
        bytes,
    })
}
