//! The message files (`locales/<lang>/*.ftl`, Project Fluent), compiled into the binary.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use super::lang::{Arg, Lang};

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "en",
        // No invisible bidi isolation marks around placeholders: English output stays as it
        // was, and pages set `dir` themselves.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The Fluent identifier of a language (the codes are valid ones, so parsing cannot fail).
fn identifier(lang: Lang) -> LanguageIdentifier {
    lang.code().parse().unwrap_or_default()
}

/// The message `key` in `lang` (English where `lang` lacks it); the key itself, with a
/// warning in the log, where no language has it.
pub fn text_in(lang: Lang, key: &str) -> String {
    MESSAGES
        .try_lookup(&identifier(lang), key)
        .unwrap_or_else(|| missing(lang, key))
}

/// The message `key` in `lang` with its placeholders filled from `args`.
pub fn text_with_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| (Cow::Owned(name.to_string()), fluent_value(value)))
        .collect();
    MESSAGES
        .try_lookup_with_args(&identifier(lang), key, &args)
        .unwrap_or_else(|| missing(lang, key))
}

fn fluent_value(arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(text) => FluentValue::from(text.clone()),
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
    fn placeholders_are_filled_without_isolation_marks() {
        let text = text_with_in(Lang::En, "error-status", &[("status", Arg::from(404))]);
        assert_eq!(text, "Error 404.");
    }
}
