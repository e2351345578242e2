//! The message files (`locales/<lang>/*.ftl`, Project Fluent), compiled into the binary.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use fluent_templates::fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;

use super::lang::{Arg, Lang};
use super::numbers::number_in;

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "en",
        // No invisible bidi isolation marks around placeholders: English output stays as it
        // was, and pages set `dir` themselves.
        // ARABIC_PLURAL: see `arabic_plural` (only the Arabic files call it). Counts are
        // grouped in thousands as the bundle's language writes them (see `counts_grouped`).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let _ = bundle.add_function(super::arabic_plural::FUNCTION, super::arabic_plural::select);
            let lang = bundle.locales.first().and_then(|id| Lang::from_code(id.language.as_str()));
            bundle.set_formatter(Some(match lang.unwrap_or_default() {
                Lang::En => counts_grouped::<0, _>,
                Lang::Fr => counts_grouped::<1, _>,
                Lang::Es => counts_grouped::<2, _>,
                Lang::Ar => counts_grouped::<3, _>,
            }));
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

/// Fluent's own `useGrouping` option tells a count ([`Arg::Count`], grouped) from a number
/// written as it is ([`Arg::Number`]: a year stays "2026"). Both choose plural forms.
fn fluent_value(arg: &Arg) -> FluentValue<'_> {
    let number = |n: i64, use_grouping: bool| {
        FluentValue::Number(FluentNumber {
            value: n as f64,
            options: FluentNumberOptions {
                use_grouping,
                ..FluentNumberOptions::default()
            },
        })
    };
    match arg {
        Arg::Text(text) => FluentValue::from(text.as_str()),
        Arg::Number(n) => number(*n, false),
        Arg::Count(n) => number(*n, true),
    }
}

/// The number formatter of the bundle of `Lang::ALL[AT]`: a whole, non-negative number that
/// asks for grouping gets that language's thousands separator; anything else is left to
/// Fluent (`None`).
fn counts_grouped<const AT: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.options.use_grouping && n.value >= 0.0 && n.value.fract() == 0.0 =>
        {
            Some(number_in(Lang::ALL[AT], n.value as u64))
        }
        _ => None,
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
    fn counts_are_grouped_per_language_and_plain_numbers_are_not() {
        let showing = |lang, total| {
            let args = [
                ("first", Arg::Count(1)),
                ("last", Arg::Count(20)),
                ("total", Arg::Count(total)),
            ];
            text_with_in(lang, "search-count-showing", &args)
        };
        assert_eq!(
            showing(Lang::En, 1234),
            "Showing 1 to 20 of 1,234 commitments"
        );
        assert!(showing(Lang::Fr, 1234).ends_with("1\u{202F}234 engagements"));
        assert!(showing(Lang::Es, 12_345).contains("12.345"));
        assert!(showing(Lang::Es, 1234).contains(" 1234 "));
        assert!(showing(Lang::Ar, 1234).contains("1,234"));
        let year = text_with_in(Lang::Fr, "error-status", &[("status", Arg::Number(2026))]);
        assert!(year.contains("2026"), "{year}");
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
