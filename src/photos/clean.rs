//! Decoding an upload (the bytes decide the type, never its name or declared type), turning it
//! upright, capping its size and encoding it afresh, so no EXIF/GPS data or hidden payload of
//! the original is ever stored or served.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits};

/// The longest side of a stored photo, in pixels; larger photos are scaled down.
pub const MAX_SIDE: u32 = 2000;
/// The largest image decoded, per side: beyond this an upload is refused, not scaled.
const MAX_DECODED_SIDE: u32 = 12_000;
/// The most pixels decoded, whatever the sides: 40 megapixels (a 12-megapixel phone photo is
/// well inside; 6,000 × 6,000 is 36). Checked from the header, before any pixel is decoded.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The most memory a decoder may take (a small file can hold a huge image). The JPEG decoder
/// does not honour this limit, hence the pixel count checked first.
const MAX_DECODE_BYTES: u64 = 160 * 1024 * 1024;
/// JPEG quality of stored photos.
const JPEG_QUALITY: u8 = 85;

/// How a stored photo is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Jpeg,
    Png,
}

impl Encoding {
    /// The media type served.
    pub fn content_type(self) -> &'static str {
        match self {
            Encoding::Jpeg => "image/jpeg",
            Encoding::Png => "image/png",
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Jpeg => "jpg",
            Encoding::Png => "png",
        }
    }

    /// The encoding of a stored media type.
    pub fn from_content_type(content_type: &str) -> Option<Self> {
        match content_type {
            "image/jpeg" => Some(Encoding::Jpeg),
            "image/png" => Some(Encoding::Png),
            _ => None,
        }
    }
}

/// A photo ready to store: freshly encoded bytes and their size in pixels.
#[derive(Debug, Clone)]
pub struct CleanPhoto {
    pub bytes: Vec<u8>,
    pub encoding: Encoding,
    pub width: u32,
    pub height: u32,
}

/// Why an upload is not a photo we keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not a JPEG, PNG or WebP image, or a broken one.
    NotAnImage,
    /// An image too large to decode safely.
    TooManyPixels,
}

/// Decodes `bytes` as a JPEG, PNG or WebP image and encodes it afresh: photos (JPEG, WebP
/// without transparency) as JPEG, the rest as PNG; upright, at most [`MAX_SIDE`] pixels long.
pub fn clean(bytes: &[u8]) -> Result<CleanPhoto, Refusal> {
    let (mut decoder, format) = open(bytes)?;
    let orientation = decoder.orientation().map_err(refusal)?;
    let decoded = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    // Scaled first, so that turning it upright copies the small picture, not the decoded one.
    let mut picture = scale_down(decoded);
    picture.apply_orientation(orientation);
    let encoding = match format {
        ImageFormat::Png => Encoding::Png,
        _ if picture.color().has_alpha() => Encoding::Png,
        _ => Encoding::Jpeg,
    };
    encode(&picture, encoding)
}

/// About how many bytes of memory [`clean`] takes for `bytes` at its peak, read from the
/// header alone (cheap): refused like [`clean`] when it is not an image we decode.
pub fn decoding_memory(bytes: &[u8]) -> Result<u64, Refusal> {
    let (decoder, format) = open(bytes)?;
    let (width, height) = decoder.dimensions();
    let pixels = u64::from(width) * u64::from(height);
    // A progressive JPEG keeps every coefficient: 2 bytes a sample, up to 3 samples a pixel.
    let coefficients = if format == ImageFormat::Jpeg {
        pixels * 6
    } else {
        0
    };
    let scratch = if scaled_with_filter(width, height) {
        // Catmull-Rom's first pass: the full width at the new height, 16 bytes a pixel.
        u64::from(width) * u64::from(height.min(MAX_SIDE)) * 16
    } else {
        0
    };
    // The scaled picture, its upright copy and its 8-bit conversion (at least 4 bytes a pixel).
    let decoded = decoder.total_bytes();
    let bytes_per_pixel = (decoded / pixels.max(1)).max(4);
    let stored = pixels.min(u64::from(MAX_SIDE) * u64::from(MAX_SIDE)) * bytes_per_pixel * 3;
    Ok(decoded + coefficients + scratch + stored)
}

/// Reads the header of `bytes`: a decoder of an allowed type within the pixel budget.
fn open(bytes: &[u8]) -> Result<(impl ImageDecoder + '_, ImageFormat), Refusal> {
    let format = image::guess_format(bytes).map_err(|_| Refusal::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(Refusal::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODED_SIDE);
    limits.max_image_height = Some(MAX_DECODED_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(refusal)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS || decoder.total_bytes() > MAX_DECODE_BYTES
    {
        return Err(Refusal::TooManyPixels);
    }
    Ok((decoder, format))
}

/// Scales `picture` down to at most [`MAX_SIDE`] a side. At least twice too long, by averaging
/// areas straight into the small picture (a box filter over 2 × 2 pixels or more, and no
/// scratch copy); less, with Catmull-Rom (sharper), whose float scratch is then small.
fn scale_down(picture: DynamicImage) -> DynamicImage {
    let (width, height) = (picture.width(), picture.height());
    if width.max(height) <= MAX_SIDE {
        picture
    } else if scaled_with_filter(width, height) {
        picture.resize(MAX_SIDE, MAX_SIDE, FilterType::CatmullRom)
    } else {
        picture.thumbnail(MAX_SIDE, MAX_SIDE)
    }
}

/// Whether a picture this size is scaled down with Catmull-Rom (too long, but not twice).
fn scaled_with_filter(width: u32, height: u32) -> bool {
    let long = width.max(height);
    long > MAX_SIDE && long < 2 * MAX_SIDE
}

fn refusal(error: image::ImageError) -> Refusal {
    match error {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::NotAnImage,
    }
}

fn encode(picture: &DynamicImage, encoding: Encoding) -> Result<CleanPhoto, Refusal> {
    let (width, height) = (picture.width(), picture.height());
    let mut bytes = Vec::new();
    let written = match encoding {
        Encoding::Jpeg => {
            let rgb = picture.to_rgb8();
            JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY).encode_image(&rgb)
        }
        Encoding::Png => {
            let rgba = picture.to_rgba8();
            let color = image::ExtendedColorType::Rgba8;
            PngEncoder::new(&mut bytes).write_image(rgba.as_raw(), width, height, color)
        }
    };
    written.map_err(|_| Refusal::NotAnImage)?;
    Ok(CleanPhoto {
        bytes,
        encoding,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn encoded(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        picture.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    fn photo(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        }))
    }

    #[test]
    fn a_png_stays_a_png_of_the_same_size() {
        let cleaned = clean(&encoded(photo(40, 30), ImageFormat::Png)).unwrap();
        assert_eq!(cleaned.encoding, Encoding::Png);
        assert_eq!((cleaned.width, cleaned.height), (40, 30));
        assert_eq!(
            image::guess_format(&cleaned.bytes).unwrap(),
            ImageFormat::Png
        );
    }

    #[test]
    fn a_jpeg_is_encoded_afresh_without_what_followed_it() {
        let mut bytes = encoded(photo(64, 48), ImageFormat::Jpeg);
        bytes.extend_from_slice(b"<script>alert(1)</script>");
        let cleaned = clean(&bytes).unwrap();
        assert_eq!(cleaned.encoding, Encoding::Jpeg);
        assert_eq!((cleaned.width, cleaned.height), (64, 48));
        assert!(!cleaned.bytes.windows(8).any(|w| w == b"<script>"));
    }

    #[test]
    fn a_webp_is_accepted_and_kept_transparent_as_png() {
        let clear = RgbaImage::from_pixel(10, 10, Rgba([0, 0, 0, 0]));
        let cleaned = clean(&encoded(DynamicImage::ImageRgba8(clear), ImageFormat::WebP));
        assert_eq!(cleaned.unwrap().encoding, Encoding::Png);
    }

    #[test]
    fn a_large_photo_is_scaled_down_to_its_long_side() {
        let cleaned = clean(&encoded(photo(2400, 1200), ImageFormat::Png)).unwrap();
        assert_eq!((cleaned.width, cleaned.height), (MAX_SIDE, 1000));
    }

    #[test]
    fn a_photo_at_least_twice_too_long_is_averaged_down_to_its_long_side() {
        let cleaned = clean(&encoded(photo(4400, 2200), ImageFormat::Png)).unwrap();
        assert_eq!((cleaned.width, cleaned.height), (MAX_SIDE, 1000));
    }

    /// A small JPEG whose frame header claims `side` × `side` pixels.
    fn jpeg_claiming(side: u16) -> Vec<u8> {
        let mut bytes = encoded(photo(16, 16), ImageFormat::Jpeg);
        // The baseline frame header (FF C0): length (2 bytes), precision, height, width.
        let frame = bytes
            .windows(2)
            .position(|pair| pair == [0xFF, 0xC0])
            .expect("a baseline JPEG");
        bytes[frame + 5..frame + 7].copy_from_slice(&side.to_be_bytes());
        bytes[frame + 7..frame + 9].copy_from_slice(&side.to_be_bytes());
        bytes
    }

    #[test]
    fn the_memory_a_decode_takes_is_read_from_the_header_and_grows_with_the_pixels() {
        let small = decoding_memory(&jpeg_claiming(16)).unwrap();
        let large = decoding_memory(&jpeg_claiming(6000)).unwrap();
        assert!(small < 1024 * 1024, "{small} bytes for 16 × 16");
        assert!(large > 300_000_000, "{large} bytes for 36 megapixels");
        assert_eq!(
            decoding_memory(&jpeg_claiming(9000)).unwrap_err(),
            Refusal::TooManyPixels
        );
    }

    #[test]
    fn a_jpeg_whose_header_claims_too_many_pixels_is_refused_before_decoding() {
        let refused = clean(&jpeg_claiming(9000)).unwrap_err();
        assert_eq!(
            refused,
            Refusal::TooManyPixels,
            "81 megapixels within 12,000 a side"
        );
    }

    #[test]
    fn an_image_too_large_to_decode_safely_is_refused() {
        let strip = photo(MAX_DECODED_SIDE + 1, 1);
        let refused = clean(&encoded(strip, ImageFormat::Png)).unwrap_err();
        assert_eq!(refused, Refusal::TooManyPixels);
    }

    #[test]
    fn the_bytes_decide_not_the_name() {
        assert_eq!(
            clean(b"This is a text file called photo.jpg").unwrap_err(),
            Refusal::NotAnImage
        );
        // A GIF is an image, but not one of the allowed types.
        assert_eq!(
            clean(b"GIF89a\x01\x00\x01\x00").unwrap_err(),
            Refusal::NotAnImage
        );
        // A JPEG header with nothing after it does not decode.
        assert_eq!(
            clean(b"\xff\xd8\xff\xe0\x00\x10JFIF").unwrap_err(),
            Refusal::NotAnImage
        );
        assert_eq!(clean(b"").unwrap_err(), Refusal::NotAnImage);
    }
}
