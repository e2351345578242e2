//! The mails of the review workflow: a commitment awaits review (to moderators), a decision
//! on it (to its owner and editors), a progress report hidden (to them too).

use super::letter::{greeting, Action, Letter, Quote};
use super::{Correspondent, Mail};
use crate::i18n::{text, text_with};

/// What the mails say of one commitment.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    pub id: i64,
    pub title: &'a str,
    /// `REGISTRY_PUBLIC_URL`, without a trailing slash.
    pub base_url: &'a str,
}

impl About<'_> {
    fn page(&self) -> String {
        format!("{}/commitments/{}", self.base_url, self.id)
    }
}

/// A moderator's decision, as the mail tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    Published,
    Returned,
    Archived,
}

/// `key` with the commitment's title filled in.
fn titled(key: &str, title: &str) -> String {
    text_with(key, &[("title", title.into())])
}

/// To a moderator: a new commitment (or one changed after being returned) awaits review.
pub fn awaits_review(to: Correspondent, about: About, by: &str, resubmitted: bool) -> Mail {
    let (subject, body) = match resubmitted {
        true => ("mail-review-again-subject", "mail-review-again-body"),
        false => ("mail-review-new-subject", "mail-review-new-body"),
    };
    let said = text_with(body, &[("by", by.into()), ("title", about.title.into())]);
    let account = format!("{}/account", about.base_url);
    let letter = Letter {
        greeting: greeting(to.name),
        paragraphs: vec![said],
        quote: None,
        action: Some(Action {
            label: text("mail-review-action"),
            url: about.page(),
        }),
        footer: vec![text_with("mail-review-footer", &[("link", account.into())])],
    };
    letter.to(to, titled(subject, about.title))
}

/// To the owner or an editor: a moderator published, returned or archived the commitment.
pub fn decided(to: Correspondent, about: About, told: Told, comment: &str) -> Mail {
    let (subject, body) = match told {
        Told::Published => ("mail-published-subject", "mail-published-body"),
        Told::Returned => ("mail-returned-subject", "mail-returned-body"),
        Told::Archived => ("mail-archived-subject", "mail-archived-body"),
    };
    let letter = Letter {
        greeting: greeting(to.name),
        paragraphs: vec![titled(body, about.title)],
        quote: (!comment.trim().is_empty()).then(|| Quote {
            intro: text("mail-comment-intro"),
            text: comment.trim().to_string(),
        }),
        action: Some(Action {
            label: text("mail-open-commitment"),
            url: about.page(),
        }),
        footer: vec![text("mail-owner-footer")],
    };
    letter.to(to, titled(subject, about.title))
}

/// To the owner or an editor: a moderator hid the progress report dated `reported_on`.
pub fn report_hidden(
    to: Correspondent,
    about: About,
    report_id: i64,
    reported_on: &str,
    reason: &str,
) -> Mail {
    let said = text_with(
        "mail-hidden-body",
        &[("date", reported_on.into()), ("title", about.title.into())],
    );
    let letter = Letter {
        greeting: greeting(to.name),
        paragraphs: vec![said],
        quote: Some(Quote {
            intro: text("mail-hidden-reason"),
            text: reason.trim().to_string(),
        }),
        action: Some(Action {
            label: text("mail-hidden-action"),
            url: format!("{}#report-{report_id}", about.page()),
        }),
        footer: vec![text("mail-owner-footer")],
    };
    letter.to(to, titled("mail-hidden-subject", about.title))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANA: Correspondent = Correspondent {
        name: "Ana",
        email: "ana@example.org",
    };

    const ABOUT: About = About {
        id: 7,
        title: "Safe water",
        base_url: "https://registry.example.org",
    };

    #[test]
    fn a_returned_commitment_mail_carries_the_comment_and_an_absolute_link() {
        let mail = decided(ANA, ABOUT, Told::Returned, "Add a date.");
        assert_eq!(mail.subject, "Changes needed: Safe water");
        assert!(mail.body.contains("> Add a date."));
        assert!(mail
            .body
            .contains("https://registry.example.org/commitments/7"));
        assert!(mail.html.unwrap().contains("Add a date."));
    }

    #[test]
    fn a_publication_without_a_comment_quotes_nothing() {
        let mail = decided(ANA, ABOUT, Told::Published, " ");
        assert!(!mail.body.contains("comment"));
    }
}
