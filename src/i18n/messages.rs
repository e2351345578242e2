//! The message files (`locales/<lang>/*.ftl`, Project Fluent), compiled into the binary.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;

use super::lang::{Arg, Lang};

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "en",
        // No invisible bidi isolation marks around placeholders: English output stays as it
        // was, and pages set `dir` themselves.
        // ARABIC_PLURAL: see `arabic_plural` (only the Arabic files call it).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let _ = bundle.add_function(super::arabic_plural::FUNCTION, super::arabic_plural::select);
        },
    };
}

/// The Fluent identifier of each language, in [`Lang::ALL`]'s order (the codes are valid
/// ones, so parsing cannot fail).
static IDENTIFIERS: LazyLock<[LanguageIdentifier; 4]> =
    LazyLock::new(|| Lang::ALL.map(|lang| lang.code().parse().unwrap_or_default()));

fn identifier(lang: Lang) -> &'static LanguageIdentifier {
    &IDENTIFIERS[lang.index()]
}

/// Messages without placeholders, as Fluent resolved them, per language: a page asks for
/// dozens (the header, the footer, every label), each the same text every time. Kept per
/// thread (no lock between requests); bounded, although keys come from the code, not from
/// requests.
const PLAIN_KEPT_AT_MOST: usize = 4096;

thread_local! {
    static PLAIN: RefCell<[FxHashMap<Box<str>, Rc<str>>; 4]> = RefCell::default();
}

/// The message `key` in `lang` (English where `lang` lacks it); the key itself, with a
/// warning in the log, where no language has it.
pub fn text_in(lang: Lang, key: &str) -> String {
    let at = lang.index();
    if let Some(text) = PLAIN.with_borrow(|plain| plain[at].get(key).cloned()) {
        return text.to_string();
    }
    let text = lookup(lang, key, None);
    PLAIN.with_borrow_mut(|plain| {
        if plain[at].len() < PLAIN_KEPT_AT_MOST {
            plain[at].insert(key.into(), text.as_str().into());
        }
    });
    text
}

/// The message `key` in `lang` with its placeholders filled from `args`.
pub fn text_with_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let args: HashMap<&str, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (*name, fluent_value(value)))
        .collect();
    lookup(lang, key, Some(&args))
}

/// `key` formatted in `lang`, else in English. The language is known, so the bundles are
/// asked directly: the loader's own lookup negotiates languages on every call (a list of the
/// loaded languages, identifiers copied and maximized), which pages asking for dozens of
/// messages paid each time.
fn lookup(lang: Lang, key: &str, args: Option<&HashMap<&str, FluentValue<'_>>>) -> String {
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| {
            MESSAGES
                .lookup_single_language(identifier(l), key, args)
                .ok()
        })
        .unwrap_or_else(|| missing(lang, key))
}

fn fluent_value(arg: &Arg) -> FluentValue<'_> {
    match arg {
        Arg::Text(text) => FluentValue::from(text.as_str()),
        Arg::Number(n) => FluentValue::from(*n),
    }
}

fn missing(lang: Lang, key: &str) -> String {
    tracing::warn!(
        key,
        lang = lang.code(),
        "no message with this key in any language"
    );
    key.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_fallback_and_a_missing_key_comes_back_as_itself() {
        assert_eq!(
            text_in(Lang::En, "no-such-key-anywhere"),
            "no-such-key-anywhere"
        );
        assert_eq!(text_in(Lang::Fr, "skip-link"), "Aller au contenu principal");
    }

    #[test]
    fn a_message_asked_again_is_the_same_text_in_each_language() {
        for lang in Lang::ALL {
            let first = text_in(lang, "skip-link");
            assert_eq!(text_in(lang, "skip-link"), first);
        }
        assert_ne!(
            text_in(Lang::Ar, "skip-link"),
            text_in(Lang::En, "skip-link")
        );
    }

    #[test]
    fn placeholders_are_filled_without_isolation_marks() {
        let text = text_with_in(Lang::En, "error-status", &[("status", Arg::from(404))]);
        assert_eq!(text, "Error 404.");
    }

    #[test]
    fn arabic_counts_take_the_form_of_their_last_two_digits() {
        let figure = |count: u64| {
            text_with_in(
                Lang::Ar,
                "home-figure-commitments-html",
                &[("count", Arg::from(count))],
            )
        };
        assert!(figure(164).ends_with("التزامًا منشورًا"), "164: many");
        assert!(figure(103).ends_with("التزامات منشورة"), "103: few");
        assert!(figure(2).ends_with("التزامان منشوران"), "2: two");
        assert!(figure(100).ends_with("التزام منشور"), "100: other");
    }
}
