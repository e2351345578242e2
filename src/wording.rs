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
        MessageArg::Number(number) => Arg::Count(*number),
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
    use crate::format::{wait_count, WaitUnit};
    let (count, unit) = wait_count(wait);
    let key = match unit {
        WaitUnit::Seconds => "wait-seconds",
        WaitUnit::Minutes => "wait-minutes",
        WaitUnit::Hours => "wait-hours",
    };
    Message::new(key).number("count", count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;
    use std::time::Duration;

    #[test]
    fn waits_read_as_people_say_them() {
        let wait = |d| english(&wait_words(d));
        assert_eq!(wait(Duration::from_millis(300)), "1 second");
        assert_eq!(wait(Duration::from_secs(12)), "12 seconds");
        assert_eq!(wait(Duration::from_secs(61)), "2 minutes");
        assert_eq!(wait(Duration::from_secs(3600)), "1 hour");
    }

    #[test]
    fn english_is_word_for_word_what_the_rules_said_before() {
        let title = Message::new("title-too-long")
            .number("max", 250)
            .number("length", 300);
        assert_eq!(
            english(&title),
            "Title must be 250 characters or fewer (it has 300)"
        );
        let missing = Message::new("field-missing")
            .message("what", Message::new("what-partner-name").number("row", 2));
        assert_eq!(english(&missing), "Enter the name of partner 2");
        let date = crate::domain::text::date_message(
            "label-start-date",
            crate::domain::text::DateProblem::OutOfRange,
        );
        assert_eq!(
            english(&date),
            "Start date must be between 1945-01-01 and 2100-12-31"
        );
        assert_eq!(
            english(&Decision::Publish.refusal(Workflow::Published)),
            "This commitment is already published: nothing was changed"
        );
        assert_eq!(
            english(&Decision::Return.refusal(Workflow::Submitted).text("x", "")),
            "This commitment is awaiting review, so it cannot be returned: choose one of the decisions below"
        );
    }

    #[test]
    fn waits_are_counted_in_the_plural_of_each_language() {
        let wait = |secs| wait_words(std::time::Duration::from_secs(secs));
        assert_eq!(english(&wait(1)), "1 second");
        assert_eq!(english(&wait(120)), "2 minutes");
        assert_eq!(english(&wait(3600)), "1 hour");
        assert_eq!(message_in(Lang::Fr, &wait(1)), "1 seconde");
        assert_eq!(message_in(Lang::Ar, &wait(7200)), "ساعتين");
        assert_eq!(message_in(Lang::Ar, &wait(5 * 60)), "5 دقائق");
        assert_eq!(message_in(Lang::Ar, &wait(11 * 60)), "11 دقيقة");
    }

    #[test]
    fn a_field_name_inside_a_sentence_is_in_the_sentence_s_language() {
        let missing = Message::new("field-missing").message("what", "what-objective");
        assert_eq!(message_in(Lang::Fr, &missing), "Saisissez l'objectif");
        assert_eq!(message_in(Lang::Es, &missing), "Introduzca el objetivo");
        assert_eq!(message_in(Lang::Ar, &missing), "أدخِل الهدف");
    }

    #[test]
    fn every_vocabulary_label_in_english_is_the_registry_s_own() {
        fn same<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> &'static str) {
            for value in all {
                assert_eq!(i18n::text_in(Lang::En, key(*value)), label(*value));
            }
        }
        macro_rules! each_the_same {
            ($($vocabulary:ident),*) => {
                $(same($vocabulary::ALL, $vocabulary::message_key, $vocabulary::label);)*
            };
        }
        each_the_same!(
            Category,
            Region,
            EntityType,
            Method,
            DeliverableStatus,
            ResourceKind,
            ReportStatus,
            Workflow,
            Decision,
            Status,
            Reporting,
            Role,
            NoticeLevel
        );
        for goal in Sdg::all() {
            assert_eq!(i18n::text_in(Lang::En, goal.message_key()), goal.name());
            assert_ne!(i18n::text_in(Lang::Ar, goal.message_key()), goal.name());
        }
    }

    /// The string literals shaped like message keys (`title-too-short`) in `code` right after
    /// each place a message is made (`Message::new(`, `.message(`, `errors.add(`, …).
    fn keys_named_in(code: &str) -> Vec<String> {
        let markers = [
            "Message::new(",
            ".message(",
            "errors.add(",
            "Some(\"photo-",
            "Some(\"password-",
            "=> \"editor-",
            "=> \"review-",
            "=> \"date-",
            "=> \"passing-",
            "&str = \"photo-",
        ];
        let is_key = |s: &str| {
            s.contains('-')
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        let mut keys = Vec::new();
        for marker in markers {
            for (at, _) in code.match_indices(marker) {
                let rest = &code[at + marker.find('"').unwrap_or(marker.len())..];
                let slice = &rest[..rest.find(';').unwrap_or(rest.len())];
                let literals = slice.split('"').skip(1).step_by(2);
                keys.extend(literals.filter(|s| is_key(s)).map(str::to_string));
            }
        }
        keys
    }

    /// Every key the code names is in the English message file: a typo would show the key.
    #[test]
    fn every_key_the_code_names_has_english_words() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let english: String = std::fs::read_dir(root.join("locales/en"))
            .unwrap()
            .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
            .collect();
        let defined = |key: &str| english.lines().any(|l| l.starts_with(&format!("{key} =")));
        let mut seen = 0;
        let mut stack = vec![root.join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let code = std::fs::read_to_string(&path).unwrap();
                    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
                    for key in keys_named_in(code) {
                        seen += 1;
                        assert!(defined(&key), "no English for {key} ({})", path.display());
                    }
                }
            }
        }
        assert!(
            seen > 100,
            "only {seen} keys found: the markers are out of date"
        );
    }
}
