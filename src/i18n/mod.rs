//! The interface in the languages of its users: message files per language, looked up by key.
//!
//! Messages live in `locales/<code>/*.ftl` (Project Fluent: named placeholders, and plural
//! forms per language, which Arabic needs). Code asks for [`text`] / [`text_with`] in the
//! language of the request being served ([`current`]), or [`text_in`] for another one (a mail
//! to someone who chose a language). Templates call [`t`] and [`tw`]:
//! `{{ crate::i18n::t("skip-link") }}`. The domain never imports this: it returns codes,
//! and the words live here.

mod arabic_plural;
mod choose;
mod collate;
mod lang;
mod messages;
mod names;

#[cfg(test)]
mod coverage_tests;

use std::future::Future;

pub use choose::from_accept_language;
pub use lang::{Arg, Lang};
pub use messages::{text_in, text_with_in};
pub use names::{
    countries_sorted, country_name_in, country_rank_in, language_name_in, languages_sorted,
};

tokio::task_local! {
    static LANG: Lang;
}

/// The language of the request being served; English outside a request.
pub fn current() -> Lang {
    LANG.try_with(|lang| *lang).unwrap_or_default()
}

/// True on pages in a right-to-left language (Arabic): inputs whose content is left to right
/// (email, phone, URL, dates) then get `dir="ltr"`.
pub fn is_right_to_left() -> bool {
    current().dir() == "rtl"
}

/// Runs `work` (a request's handling) with `lang` as the [`current`] language.
pub async fn serve_in<F: Future>(lang: Lang, work: F) -> F::Output {
    LANG.scope(lang, work).await
}

/// Runs `work` synchronously with `lang` as the [`current`] language (rendering a mail in its
/// recipient's language, tests).
pub fn render_in<R>(lang: Lang, work: impl FnOnce() -> R) -> R {
    LANG.sync_scope(lang, work)
}

/// The message `key` in the current language.
pub fn text(key: &str) -> String {
    text_in(current(), key)
}

/// The message `key` in the current language, its placeholders filled from `args`.
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    text_with_in(current(), key, args)
}

/// For templates: the message `key` in the current language.
pub fn t(key: &str) -> String {
    text(key)
}

/// For templates: the message `key` with one placeholder, `name`, set to `value`.
pub fn tw(key: &str, name: &str, value: impl Into<Arg>) -> String {
    text_with(key, &[(name, value.into())])
}

/// For templates: the message `key` with two placeholders.
pub fn tw2(
    key: &str,
    (name1, value1): (&str, impl Into<Arg>),
    (name2, value2): (&str, impl Into<Arg>),
) -> String {
    text_with(key, &[(name1, value1.into()), (name2, value2.into())])
}

/// The name of the country with alpha-2 `code` in the current language (the code itself when
/// it is not a country's).
pub fn country_name(code: &str) -> String {
    crate::domain::Country::from_code(code)
        .map_or(code, |c| country_name_in(current(), c))
        .to_string()
}

/// The name of the language with ISO 639-1 `code` in the current language (the code itself
/// when it is not a language's).
pub fn language_name(code: &str) -> String {
    crate::domain::Language::from_code(code)
        .map_or(code, |l| language_name_in(current(), l))
        .to_string()
}
