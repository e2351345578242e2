//! Snippets: the few words of a document around what a search matched, matches marked.

use std::ops::Range;

use super::tokens::for_each_word;
use crate::db::fulltext::Document;

/// Marks the start and end of a highlighted word in snippets (private-use characters, which
/// user text cannot usefully contain; they are removed from snippets' text before marking).
pub const HIGHLIGHT_START: char = '\u{E000}';
pub const HIGHLIGHT_END: char = '\u{E001}';

/// Words shown in a snippet.
const WINDOW: usize = 24;
/// Words shown before the first match, when there are that many.
const LEAD: usize = 4;
/// Columns in the order they are preferred when equally good: the card shows the title anyway.
const COLUMN_PREFERENCE: [usize; 4] = [1, 2, 3, 0];

/// One word of a column: where it stands, and which searched word it is, if any.
struct Word {
    range: Range<usize>,
    matched: Option<usize>,
}

/// The extract of `document` that holds the most of `words` (folded), or `None` if none.
pub fn snippet(document: &Document, words: &[String]) -> Option<String> {
    let columns = document.columns();
    let mut best: Option<(Score, usize, Range<usize>, Vec<Word>)> = None;
    for column in COLUMN_PREFERENCE {
        let found = column_words(columns[column], words);
        if let Some((score, window)) = best_window(&found, words.len()) {
            if best.as_ref().is_none_or(|(s, ..)| score > *s) {
                best = Some((score, column, window, found));
            }
        }
    }
    let (_, column, window, found) = best?;
    Some(render(columns[column], &found, window))
}

fn column_words(text: &str, words: &[String]) -> Vec<Word> {
    let mut found = Vec::new();
    for_each_word(text, |word, range| {
        let matched = words.iter().position(|w| w == word);
        found.push(Word { range, matched });
    });
    found
}

/// How good a window is: distinct searched words in it, then matches in it.
type Score = (usize, usize);

fn best_window(found: &[Word], searched: usize) -> Option<(Score, Range<usize>)> {
    let mut best: Option<(Score, Range<usize>)> = None;
    for (at, _) in found
        .iter()
        .enumerate()
        .filter(|(_, w)| w.matched.is_some())
    {
        let start = at
            .saturating_sub(LEAD)
            .min(found.len().saturating_sub(WINDOW));
        let window = start..(start + WINDOW).min(found.len());
        let mut seen = vec![false; searched];
        let mut hits = 0;
        for index in found[window.clone()].iter().filter_map(|w| w.matched) {
            seen[index] = true;
            hits += 1;
        }
        let score = (seen.iter().filter(|s| **s).count(), hits);
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, window));
        }
    }
    best
}

fn render(text: &str, found: &[Word], window: Range<usize>) -> String {
    let mut out = String::new();
    if window.start > 0 {
        out.push('…');
    }
    let mut at = found[window.start].range.start;
    for word in &found[window.clone()] {
        push_clean(&mut out, &text[at..word.range.start]);
        let shown = &text[word.range.clone()];
        if word.matched.is_some() {
            out.push(HIGHLIGHT_START);
            push_clean(&mut out, shown);
            out.push(HIGHLIGHT_END);
        } else {
            push_clean(&mut out, shown);
        }
        at = word.range.end;
    }
    if window.end < found.len() {
        out.push('…');
    }
    out
}

/// Appends `text` without the highlight marks, so that only real matches are marked.
fn push_clean(out: &mut String, text: &str) {
    out.extend(
        text.chars()
            .filter(|c| *c != HIGHLIGHT_START && *c != HIGHLIGHT_END),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(title: &str, body: &str) -> Document {
        Document {
            id: 1,
            title: title.into(),
            body: body.into(),
            ..Document::default()
        }
    }

    fn folded(q: &str) -> Vec<String> {
        crate::search::tokens::words(q)
    }

    #[test]
    fn the_matched_words_are_marked_as_written() {
        let d = document(
            "Wells",
            "Protect <b>wetlands</b> from drainage in the Côte delta.",
        );
        let s = snippet(&d, &folded("wetlands cote")).expect("a snippet");
        assert_eq!(
            s,
            "Protect <b>\u{E000}wetlands\u{E001}</b> from drainage in the \u{E000}Côte\u{E001} delta"
        );
    }

    #[test]
    fn a_long_text_is_cut_around_the_match_with_ellipses() {
        let body = format!("{} water {}", "word ".repeat(50), "more ".repeat(50));
        let s = snippet(&document("T", &body), &folded("water")).expect("a snippet");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert_eq!(s.matches("word").count(), LEAD);
        assert!(s.contains("\u{E000}water\u{E001}"));
    }

    #[test]
    fn the_title_is_used_only_when_the_rest_holds_fewer_of_the_words() {
        let d = document("Clean water", "Wells for schools");
        assert_eq!(
            snippet(&d, &folded("wells")).as_deref(),
            Some("\u{E000}Wells\u{E001} for schools")
        );
        assert_eq!(
            snippet(&d, &folded("water")).as_deref(),
            Some("Clean \u{E000}water\u{E001}")
        );
        assert_eq!(snippet(&d, &folded("nothing")), None);
    }

    #[test]
    fn marks_typed_in_the_text_are_dropped() {
        let d = document("T", "fake \u{E000}mark\u{E001} and water");
        let s = snippet(&d, &folded("water")).expect("a snippet");
        assert_eq!(s, "fake mark and \u{E000}water\u{E001}");
    }
}
