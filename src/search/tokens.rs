//! Words of a text as search sees them: runs of letters and digits, lower case, accents removed.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Calls `each` with every word of `text`, in order, with its byte range in `text`.
/// "Côte d'Ivoire" gives `cote`, `d`, `ivoire`; combining accents join the word they mark.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str, std::ops::Range<usize>)) {
    for_each_word_while(text, |word, range| {
        each(word, range);
        true
    });
}

/// As [`for_each_word`], until `each` answers `false`.
pub fn for_each_word_while(text: &str, mut each: impl FnMut(&str, std::ops::Range<usize>) -> bool) {
    let mut word = String::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let in_word = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric() || is_combining_mark(c)
        };
        if in_word {
            if word.is_empty() {
                start = at;
            }
            push_folded(c, &mut word);
        } else if !word.is_empty() {
            if !each(&word, start..at) {
                return;
            }
            word.clear();
        }
    }
    if !word.is_empty() {
        each(&word, start..text.len());
    }
}

/// Every word of `text`, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut all = Vec::new();
    for_each_word(text, |word, _| all.push(word.to_string()));
    all
}

/// Appends `c` in lower case without its accents.
fn push_folded(c: char, word: &mut String) {
    if c.is_ascii() {
        word.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |part| {
        if !is_combining_mark(part) {
            word.extend(part.to_lowercase());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_change_a_word() {
        assert_eq!(words("Côte d'Ivoire"), ["cote", "d", "ivoire"]);
        assert_eq!(words("CÔTE"), words("cote"));
        assert_eq!(words("Co\u{302}te"), ["cote"], "a decomposed accent too");
        assert_eq!(words("Ærø São Paulo"), ["ærø", "sao", "paulo"]);
    }

    #[test]
    fn punctuation_and_symbols_separate_words() {
        assert_eq!(
            words("water,sanitation & hygiene (WASH) -- 2030!"),
            ["water", "sanitation", "hygiene", "wash", "2030"]
        );
        assert!(words("* - ( ) \" 🌍 ").is_empty());
    }

    #[test]
    fn each_word_knows_where_it_stands_in_the_text() {
        let text = "Ça va, Zoë?";
        let mut found = Vec::new();
        for_each_word(text, |word, range| {
            found.push((word.to_string(), &text[range]))
        });
        assert_eq!(
            found,
            [
                ("ca".to_string(), "Ça"),
                ("va".to_string(), "va"),
                ("zoe".to_string(), "Zoë")
            ]
        );
    }
}
