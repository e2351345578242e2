//! What the rules say to a person, as a message key and its parameters: the words live in `locales/`.

/// A parameter of a message: a text shown as it is, a number (which chooses plural forms), or
/// another message rendered in the same language first (a field's name inside a sentence).
/// Numbers are quantities (lengths, limits, rows), written with the reader's thousands
/// separator: a year or an identifier goes as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
    Message(Message),
}

/// A message of `locales/<lang>/validation.ftl`: its key and its named parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The key in the message files, e.g. `title-too-short`.
    pub key: &'static str,
    /// The parameters, by name, in the order given.
    pub args: Vec<(&'static str, MessageArg)>,
}

impl Message {
    /// The message `key`, without parameters so far.
    pub fn new(key: &'static str) -> Self {
        debug_assert!(
            !key.is_empty() && !key.contains(' '),
            "a message key, not words: {key:?}"
        );
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds a text parameter, shown as it is (a value someone typed, a date, a code).
    pub fn text(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, MessageArg::Text(value.to_string())));
        self
    }

    /// Adds a number parameter, which plural forms can depend on.
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        let number = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, MessageArg::Number(number)));
        self
    }

    /// Adds another message as a parameter, e.g. the name of the field the sentence is about.
    pub fn message(mut self, name: &'static str, value: impl Into<Message>) -> Self {
        self.args.push((name, MessageArg::Message(value.into())));
        self
    }

    /// The text parameter `name`, if there is one (for tests and logs).
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, arg)| match arg {
            MessageArg::Text(text) if *n == name => Some(text.as_str()),
            _ => None,
        })
    }
}

impl From<&'static str> for Message {
    /// A message without parameters, by its key.
    fn from(key: &'static str) -> Self {
        Message::new(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_keep_their_names_and_kinds() {
        let message = Message::new("title-too-long")
            .number("length", 300_usize)
            .text("value", "x")
            .message("what", "what-title");
        assert_eq!(message.key, "title-too-long");
        assert_eq!(message.args[0], ("length", MessageArg::Number(300)));
        assert_eq!(message.text_arg("value"), Some("x"));
        assert_eq!(
            message.args[2],
            ("what", MessageArg::Message(Message::new("what-title")))
        );
    }
}
