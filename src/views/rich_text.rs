//! Free text as people paste it, made readable: lines starting with "-", "•" or "1." become
//! lists, web addresses become links. Only structure is found here; every piece stays plain
//! text that the template escapes, so no input can add markup.

/// A run of text, linked when it is a web address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    /// The address it links to (`http` or `https` only).
    pub href: Option<String>,
}

/// What kind of block a [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Bullets,
    Numbered,
}

/// A paragraph (one item) or a list (one item per line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Where a numbered list starts, when not at 1.
    pub start: Option<u32>,
    pub items: Vec<Vec<Span>>,
}

impl Block {
    pub fn is_paragraph(&self) -> bool {
        self.kind == BlockKind::Paragraph
    }

    pub fn is_bullets(&self) -> bool {
        self.kind == BlockKind::Bullets
    }
}

/// The blocks of `text`: each line a paragraph, except runs of list lines, which make a list.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (kind, number, rest) = list_item(line);
        let spans = spans(rest);
        match blocks.last_mut() {
            Some(last) if kind != BlockKind::Paragraph && last.kind == kind => {
                last.items.push(spans)
            }
            _ => blocks.push(Block {
                kind,
                start: number.filter(|n| *n != 1),
                items: vec![spans],
            }),
        }
    }
    blocks
}

/// What a line is: a bullet, a numbered item (with its number) or a paragraph; and its text.
fn list_item(line: &str) -> (BlockKind, Option<u32>, &str) {
    for marker in ["- ", "* ", "• ", "•"] {
        if let Some(rest) = line.strip_prefix(marker) {
            if !rest.trim().is_empty() {
                return (BlockKind::Bullets, None, rest.trim_start());
            }
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        let after = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "));
        if let (Some(after), Ok(number)) = (after, line[..digits].parse::<u32>()) {
            if !after.trim().is_empty() {
                return (BlockKind::Numbered, Some(number), after.trim_start());
            }
        }
    }
    (BlockKind::Paragraph, None, line)
}

/// The text split into plain runs and web addresses.
pub fn spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < text.len() {
        let Some(found) = next_address(text, at) else {
            break;
        };
        let (start, end, href) = found;
        if start > plain_from {
            spans.push(plain(&text[plain_from..start]));
        }
        spans.push(Span {
            text: text[start..end].to_string(),
            href: Some(href),
        });
        plain_from = end;
        at = end;
    }
    if plain_from < text.len() {
        spans.push(plain(&text[plain_from..]));
    }
    spans
}

fn plain(text: &str) -> Span {
    Span {
        text: text.to_string(),
        href: None,
    }
}

/// The next web address from byte `from` on: where it starts and ends, and where it leads.
fn next_address(text: &str, from: usize) -> Option<(usize, usize, String)> {
    let mut search = from;
    loop {
        let rest = &text[search..];
        let lower = rest.to_ascii_lowercase();
        let start = ["https://", "http://", "www."]
            .iter()
            .filter_map(|p| lower.find(p))
            .min()?
            + search;
        let preceded_by_word = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.' || c == '@');
        let end = start + address_length(&text[start..]);
        if !preceded_by_word {
            if let Some(href) = link_target(&text[start..end]) {
                return Some((start, end, href));
            }
        }
        search = (start + 1..=text.len()).find(|i| text.is_char_boundary(*i))?;
    }
}

/// How long the address at the start of `text` is: up to a space or a character no address
/// holds, less the punctuation that ends the sentence around it.
fn address_length(text: &str) -> usize {
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '{' | '}'))
        .unwrap_or(text.len());
    let mut candidate = &text[..end];
    loop {
        let trimmed = candidate.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
        let unmatched = [('(', ')'), ('[', ']')]
            .iter()
            .any(|&(open, close)| trimmed.ends_with(close) && !has_open(trimmed, open, close));
        let trimmed = if unmatched {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == candidate.len() {
            return trimmed.len();
        }
        candidate = trimmed;
    }
}

/// True when `text` opens more `open` than it closes (so its last `close` belongs to it).
fn has_open(text: &str, open: char, close: char) -> bool {
    text.matches(open).count() >= text.matches(close).count()
}

/// Where a found address leads: an absolute `http`/`https` URL with a host, or nothing.
fn link_target(found: &str) -> Option<String> {
    let absolute = if found.to_ascii_lowercase().starts_with("www.") {
        format!("https://{found}")
    } else {
        found.to_string()
    };
    let url = url::Url::parse(&absolute).ok()?;
    let host = url.host_str()?;
    let web = matches!(url.scheme(), "http" | "https");
    (web && host.contains('.') && !host.ends_with('.')).then(|| url.to_string())
}

#[cfg(test)]
#[path = "rich_text_tests.rs"]
mod tests;
