//! Snippets: the few words of a document around what a search matched, matches marked.

use std::ops::Range;

use super::tokens::for_each_word_while;
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

/// The extract of `document` that holds the most of `words` (folded), or `None` if none: the
/// first window holding them all, else the first holding the most. Reading a column stops once
/// such a window is found and full, so a long text costs no more than its first match.
pub fn snippet(document: &Document, words: &[String]) -> Option<String> {
    let columns = document.columns();
    let wanted = distinct(words);
    let mut best: Option<(usize, usize, Range<usize>, Vec<Word>)> = None;
    for column in COLUMN_PREFERENCE {
        let found = column_words(columns[column], words, wanted);
        if let Some((seen, window)) = best_window(&found, words.len()) {
            if best.as_ref().is_none_or(|(s, ..)| seen > *s) {
                best = Some((seen, column, window, found));
            }
        }
        if best.as_ref().is_some_and(|(seen, ..)| *seen == wanted) {
            break;
        }
    }
    let (_, column, window, found) = best?;
    Some(render(columns[column], &found, window))
}

/// How many different words `words` holds (a query may repeat one).
fn distinct(words: &[String]) -> usize {
    (0..words.len())
        .filter(|at| !words[..*at].contains(&words[*at]))
        .count()
}

/// The words of `text` with the searched ones marked, up to one word past the first full
/// window that holds all `wanted` words (nothing after it can be chosen; one more word tells
/// that the text goes on).
fn column_words(text: &str, words: &[String], wanted: usize) -> Vec<Word> {
    let mut found = Vec::new();
    let mut complete_until: Option<usize> = None;
    for_each_word_while(text, |word, range| {
        let matched = words.iter().position(|w| w == word);
        found.push(Word { range, matched });
        if complete_until.is_none() && matched.is_some() {
            complete_until = end_of_complete_window(&found, words.len(), wanted);
        }
        complete_until.is_none_or(|end| found.len() <= end)
    });
    found
}

/// Where the first window ending with the last word found holds all `wanted` words, if one does.
fn end_of_complete_window(found: &[Word], searched: usize, wanted: usize) -> Option<usize> {
    let last = found.len() - 1;
    let first_possible = (last + 1).saturating_sub(WINDOW);
    (first_possible..=last)
        .filter(|at| found[*at].matched.is_some())
        .map(|at| at.saturating_sub(LEAD))
        .find(|start| {
            let upto = (start + WINDOW).min(found.len());
            distinct_matches(&found[*start..upto], searched) == wanted
        })
        .map(|start| start + WINDOW)
}

/// How many different searched words `words` holds.
fn distinct_matches(words: &[Word], searched: usize) -> usize {
    let mut seen = vec![false; searched];
    words
        .iter()
        .filter_map(|w| w.matched)
        .for_each(|index| seen[index] = true);
    seen.iter().filter(|s| **s).count()
}

/// The first window around a match holding the most different searched words, with that number.
fn best_window(found: &[Word], searched: usize) -> Option<(usize, Range<usize>)> {
    let mut best: Option<(usize, Range<usize>)> = None;
    for (at, _) in found
        .iter()
        .enumerate()
        .filter(|(_, w)| w.matched.is_some())
    {
        let start = at
            .saturating_sub(LEAD)
            .min(found.len().saturating_sub(WINDOW));
        let window = start..(start + WINDOW).min(found.len());
        let seen = distinct_matches(&found[window.clone()], searched);
        if best.as_ref().is_none_or(|(s, _)| seen > *s) {
            best = Some((seen, window));
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
    fn the_first_window_holding_every_word_is_chosen_and_reading_stops_after_it() {
        let body = format!(
            "water {} water and wells {} water wells water",
            "filler ".repeat(40),
            "more ".repeat(40)
        );
        let words = folded("wells water");
        let s = snippet(&document("T", &body), &words).expect("a snippet");
        assert!(
            s.contains("\u{E000}water\u{E001} and \u{E000}wells\u{E001}"),
            "{s}"
        );
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        let found = column_words(&body, &words, 2);
        let last = &body[found[found.len() - 1].range.clone()];
        assert_eq!(
            last, "more",
            "read one word past the window, not to the end"
        );
    }

    #[test]
    fn a_text_that_ends_inside_the_window_has_no_closing_ellipsis() {
        let s =
            snippet(&document("T", "Clean water for all"), &folded("water")).expect("a snippet");
        assert_eq!(s, "Clean \u{E000}water\u{E001} for all");
    }

    #[test]
    fn marks_typed_in_the_text_are_dropped() {
        let d = document("T", "fake \u{E000}mark\u{E001} and water");
        let s = snippet(&d, &folded("water")).expect("a snippet");
        assert_eq!(s, "fake mark and \u{E000}water\u{E001}");
    }
}
