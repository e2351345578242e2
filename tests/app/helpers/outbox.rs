//! The mail the app sends, read back from its outbox folder (one `.eml` file per mail).

use std::path::Path;

/// A mail from the outbox.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
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
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let header = |name: &str| {
        head.lines()
            .find_map(|line| line.strip_prefix(name))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let body = body.replace("\r\n", "\n");
    let body = if header("Content-Transfer-Encoding:") == "quoted-printable" {
        decode_quoted_printable(&body)
    } else {
        body
    };
    Mail {
        to: header("To:"),
        subject: header("Subject:"),
        body,
    }
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
