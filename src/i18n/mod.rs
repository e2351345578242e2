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
mod numbers;

#[cfg(test)]
mod coverage_tests;

use std::future::Future;

pub use choose::from_accept_language;
pub use lang::{count, Arg, Lang};
pub use messages::{text_in, text_with_in};
pub use names::{
    countries_sorted, country_name_in, country_rank_in, language_name_in, languages_sorted,
};
pub use numbers::number_in;

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
