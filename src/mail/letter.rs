//! A mail written once and sent as two parts: plain text, and the same words as simple HTML.

use askama::Template;

use super::{Correspondent, Mail};

/// Words quoted from a person (a moderator's comment, a sender's message), with what they are.
#[derive(Debug, Clone)]
pub struct Quote {
    /// What comes before the quote, e.g. "The moderator's comment:".
    pub intro: String,
    pub text: String,
}

/// A link the mail asks the reader to follow.
#[derive(Debug, Clone)]
pub struct Action {
    pub label: String,
    /// An absolute address (from `REGISTRY_PUBLIC_URL`).
    pub url: String,
}

/// The parts of a mail, in the order they are read.
#[derive(Debug, Clone, Template)]
#[template(path = "mail/letter.html")]
pub struct Letter {
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub quote: Option<Quote>,
    pub action: Option<Action>,
    /// Why the reader gets this mail, and what to do about it.
    pub footer: Vec<String>,
}

/// "Hello Ana,": how every mail begins.
pub fn greeting(name: &str) -> String {
    crate::i18n::text_with("mail-greeting", &[("name", name.into())])
}

impl Letter {
    /// A letter of `paragraphs` only, to `name`.
    pub fn plain(name: &str, paragraphs: Vec<String>) -> Self {
        Letter {
            greeting: greeting(name),
            paragraphs,
            quote: None,
            action: None,
            footer: Vec::new(),
        }
    }

    /// The text part: paragraphs apart, the quote with "> " before each line.
    pub fn text(&self) -> String {
        let mut blocks = vec![self.greeting.clone()];
        blocks.extend(self.paragraphs.iter().cloned());
        if let Some(quote) = &self.quote {
            blocks.push(quote.intro.clone());
            let quoted: Vec<String> = quote.text.lines().map(|l| format!("> {l}")).collect();
            blocks.push(quoted.join("\n").replace("> \n", ">\n"));
        }
        if let Some(action) = &self.action {
            blocks.push(format!("{}:\n{}", action.label, action.url));
        }
        blocks.extend(self.footer.iter().cloned());
        blocks.push(crate::i18n::text("site-name"));
        blocks.join("\n\n") + "\n"
    }

    /// The paragraphs of the quote, for the HTML part.
    fn quote_paragraphs(&self) -> Vec<Vec<&str>> {
        let Some(quote) = &self.quote else {
            return Vec::new();
        };
        quote
            .text
            .split("\n\n")
            .map(|p| p.lines().collect())
            .collect()
    }

    /// The mail to `to` with `subject`: text and HTML. Should the HTML not render (it cannot
    /// fail on these fields), the text alone goes.
    pub fn to(&self, to: Correspondent, subject: String) -> Mail {
        Mail {
            to_name: to.name.to_string(),
            to_email: to.email.to_string(),
            subject,
            body: self.text(),
            html: self.render().ok(),
            reply_to: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        Letter {
            greeting: "Hello Ana,".into(),
            paragraphs: vec!["A moderator returned “<Water>” to you.".into()],
            quote: Some(Quote {
                intro: "The moderator's comment:".into(),
                text: "Add a date.\n\nAnd a <b>budget</b>.".into(),
            }),
            action: Some(Action {
                label: "Open the commitment".into(),
                url: "https://registry.example.org/commitments/4".into(),
            }),
            footer: vec!["You get this mail because you own this commitment.".into()],
        }
    }

    #[test]
    fn the_text_part_quotes_the_comment_line_by_line_and_ends_with_the_link() {
        let text = letter().text();
        assert!(text.starts_with("Hello Ana,\n\n"));
        assert!(text.contains("> Add a date.\n>\n> And a <b>budget</b>."));
        assert!(text.contains("Open the commitment:\nhttps://registry.example.org/commitments/4"));
        assert!(text.ends_with("SDG Commitments Registry\n"));
    }

    #[test]
    fn the_html_part_escapes_what_people_wrote_and_links_absolutely() {
        let html = letter().render().unwrap();
        assert!(html.contains("&#60;b&#62;budget&#60;/b&#62;"));
        assert!(html.contains("“&#60;Water&#62;”"));
        assert!(html.contains("href=\"https://registry.example.org/commitments/4\""));
        assert!(!html.contains("<b>budget"));
    }
}
