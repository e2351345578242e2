//! The domain's messages in words, through `crate::i18n`: pages in the reader's language, the JSON API and the CLI in English.

use std::fmt;

use crate::domain::{Message, MessageArg};
use crate::i18n::{self, Arg, Lang};

/// `message` in `lang`, its parameters filled in (a message given as a parameter, like a
/// field's name, in the same language).
pub fn message_in(lang: Lang, message: &Message) -> String {
    let args: Vec<(&str, Arg)> = message
        .args
        .iter()
        .map(|(name, arg)| (*name, arg_in(lang, arg)))
        .collect();
    i18n::text_with_in(lang, message.key, &args)
}

/// `message` in English: what the JSON API, the CSV and the command line say (SPEC fixes them).
pub fn english(message: &Message) -> String {
    message_in(Lang::En, message)
}

fn arg_in(lang: Lang, arg: &MessageArg) -> Arg {
    match arg {
        MessageArg::Text(text) => Arg::Text(text.clone()),
        MessageArg::Number(number) => Arg::Number(*number),
        MessageArg::Message(inner) => Arg::Text(message_in(lang, inner)),
    }
}

/// Templates show a message as `{{ message }}`: in the language of the request being served.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message_in(i18n::current(), self))
    }
}

/// How long to wait, as a message to put inside another: "3 minutes", "1 hour".
pub fn wait_words(wait: std::time::Duration) -> Message {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let (count, key) = match seconds.max(1) {
        s if s < 60 => (s, "wait-seconds"),
        s if s < 3600 => (s.div_ceil(60), "wait-minutes"),
        s => (s.div_ceil(3600), "wait-hours"),
    };
    Message::new(key).number("count", count)
}
