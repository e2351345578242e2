//! Every message exists in every language, with the same placeholders as in English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{text_in, Lang};

/// A language's messages: key (`home-title`, `home-title.aria-label`) → its placeholders.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locale_dir(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code())
}

/// Every message of every `.ftl` file in the language's folder; a parse error fails the test.
fn messages_of(lang: Lang) -> Messages {
    let mut messages = Messages::new();
    let dir = locale_dir(lang);
    let files = std::fs::read_dir(&dir).expect("the language has a folder of message files");
    for file in files {
        let path = file.expect("a readable folder").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable message file");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in resource.body {
            add_entry(&mut messages, entry, &path);
        }
    }
    messages
}

fn add_entry(messages: &mut Messages, entry: Entry<&str>, path: &std::path::Path) {
    let (id, value, attributes) = match entry {
        Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
        Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
        Entry::Junk { content } => panic!("{} has junk: {content}", path.display()),
        _ => return,
    };
    for attribute in attributes {
        let key = format!("{id}.{}", attribute.id.name);
        messages.insert(key, placeholders(&attribute.value));
    }
    let previous = messages.insert(
        id.clone(),
        value.as_ref().map(placeholders).unwrap_or_default(),
    );
    assert!(
        previous.is_none(),
        "{id} is defined twice for {}",
        path.display()
    );
}

fn placeholders(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, &mut found);
        }
    }
    found
}

fn in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                found.extend(placeholders(&variant.value));
            }
        }
        Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                in_inline(argument, found);
            }
            for named in &arguments.named {
                in_inline(&named.value, found);
            }
        }
        InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_placeholders_english_has() {
    let english = messages_of(Lang::En);
    assert!(!english.is_empty(), "English has messages");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = messages_of(lang);
        for (key, names) in &english {
            match other.get(key) {
                None => problems.push(format!("{}: {key} is missing", lang.code())),
                Some(theirs) if theirs != names => problems.push(format!(
                    "{}: {key} has placeholders {theirs:?}, English has {names:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{}: {key} is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_loads_and_answers_in_itself() {
    for lang in Lang::ALL {
        let key = "skip-link";
        let text = text_in(lang, key);
        assert_ne!(text, key, "{} has no {key}", lang.code());
        if lang != Lang::En {
            assert_ne!(text, text_in(Lang::En, key), "{} is English", lang.code());
        }
    }
}
