//! The mail the app sends, read back from its outbox folder (one `.eml` file per mail).

use std::path::Path;

/// A mail from the outbox.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    /// The text (the text/plain part of a multipart mail), decoded.
    pub body: String,
    /// The text/html part, decoded, when the mail has one.
    pub html: Option<String>,
    pub reply_to: String,
}

impl Mail {
    /// The path of the first link in the body to this app (e.g. `/account/verify?token=…`).
    pub fn link_path(&self) -> String {
        let start = self.body.find("http://").expect("a link in the mail");
        let url: String = self.body[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let after_scheme = &url["http://".len()..];
        let path_start = after_scheme.find('/').unwrap();
        after_scheme[path_start..].to_string()
    }

    /// The subject as the recipient reads it: RFC 2047 encoded words (`=?utf-8?b?…?=`, how
    /// a subject that is not ASCII travels) decoded.
    pub fn decoded_subject(&self) -> String {
        let mut words: Vec<String> = Vec::new();
        let mut pending: Vec<u8> = Vec::new();
        for word in self.subject.split_whitespace() {
            match encoded_word(word) {
                Some(bytes) => pending.extend(bytes),
                None => {
                    if !pending.is_empty() {
                        words.push(String::from_utf8(std::mem::take(&mut pending)).unwrap());
                    }
                    words.push(word.to_string());
                }
            }
        }
        if !pending.is_empty() {
            words.push(String::from_utf8(pending).unwrap());
        }
        words.join(" ")
    }

    /// The token at the end of the first link.
    pub fn token(&self) -> String {
        let path = self.link_path();
        let cut = path.rfind(['/', '=']).unwrap();
        path[cut + 1..].to_string()
    }
}

/// Reads every `.eml` file of an outbox folder, in the order they were written.
pub fn read_outbox(dir: &Path) -> Vec<Mail> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    names.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "eml"));
    names.sort();
    names
        .iter()
        .map(|path| parse_mail(&std::fs::read_to_string(path).unwrap()))
        .collect()
}

fn parse_mail(text: &str) -> Mail {
    let text = text.replace("\r\n", "\n");
    let (head, body) = split_part(&text);
    let (mut plain, mut html) = (None, None);
    if header(&head, "Content-Type:").starts_with("multipart/") {
        for part in parts(body, &boundary(&header(&head, "Content-Type:"))) {
            let (part_head, part_body) = split_part(part);
            let decoded = decode(&part_head, part_body);
            match header(&part_head, "Content-Type:") {
                t if t.starts_with("text/html") => html = Some(decoded),
                _ => plain = Some(decoded),
            }
        }
    } else {
        plain = Some(decode(&head, body));
    }
    Mail {
        to: header(&head, "To:"),
        subject: header(&head, "Subject:"),
        body: plain.unwrap_or_default(),
        html,
        reply_to: header(&head, "Reply-To:"),
    }
}

/// The headers (folded lines joined) and the body of a mail or of one of its parts.
fn split_part(text: &str) -> (String, &str) {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    (head.replace("\n ", " ").replace("\n\t", " "), body)
}

fn header(head: &str, name: &str) -> String {
    head.lines()
        .find_map(|line| line.strip_prefix(name))
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn boundary(content_type: &str) -> String {
    let start = content_type.find("boundary=").unwrap() + "boundary=".len();
    content_type[start..]
        .trim_matches(|c| c == '"' || c == ';' || c == ' ')
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

/// The parts between the boundary lines of a multipart body.
fn parts<'a>(body: &'a str, boundary: &str) -> Vec<&'a str> {
    let marker = format!("--{boundary}");
    body.split(marker.as_str())
        .skip(1)
        .filter(|part| !part.starts_with("--"))
        .map(|part| part.trim_start_matches('\n'))
        .collect()
}

fn decode(head: &str, body: &str) -> String {
    match header(head, "Content-Transfer-Encoding:").as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => decode_base64(body),
        _ => body.to_string(),
    }
}

/// The bytes of an RFC 2047 encoded word in base64 (`=?utf-8?b?…?=`); `None` for any other word.
fn encoded_word(word: &str) -> Option<Vec<u8>> {
    let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
    let mut pieces = inner.splitn(3, '?');
    let (_charset, encoding, data) = (pieces.next()?, pieces.next()?, pieces.next()?);
    encoding
        .eq_ignore_ascii_case("b")
        .then(|| base64_bytes(data))
}

/// Undoes base64 (lettre's choice for text that is mostly not ASCII).
fn decode_base64(text: &str) -> String {
    String::from_utf8(base64_bytes(text)).unwrap()
}

fn base64_bytes(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .bytes()
        .filter_map(|b| ALPHABET.iter().position(|a| *a == b))
        .map(|v| v as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in values.chunks(4) {
        let n = chunk.iter().fold(0u32, |acc, v| (acc << 6) | v) << (6 * (4 - chunk.len()));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    out
}

/// Undoes quoted-printable: soft line breaks (`=` at the end of a line) and `=XX` bytes.
fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}
