//! The mails of the review workflow: a commitment awaits review (to moderators), a decision
//! on it (to its owner and editors), a progress report hidden (to them too).

use super::letter::{Action, Letter, Quote};
use super::Mail;

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

/// To a moderator: a new commitment (or one changed after being returned) awaits review.
pub fn awaits_review(to: (&str, &str), about: About, by: &str, resubmitted: bool) -> Mail {
    let (subject, said) = if resubmitted {
        (
            format!("Changed and waiting for review again: {}", about.title),
            format!(
                "{by} changed “{}” after it was returned, so it is waiting for review again.",
                about.title
            ),
        )
    } else {
        (
            format!("New commitment waiting for review: {}", about.title),
            format!(
                "{by} registered “{}”. It is waiting for a moderator to publish it, return it \
                 for changes or archive it.",
                about.title
            ),
        )
    };
    let letter = Letter {
        greeting: format!("Hello {},", to.0),
        paragraphs: vec![said],
        quote: None,
        action: Some(Action {
            label: "Review it".into(),
            url: about.page(),
        }),
        footer: vec![format!(
            "You get this mail because you are a moderator of the registry. To stop mail about \
             commitments waiting for review, untick “Mail me when a commitment is waiting for \
             review” on your account page: {}/account",
            about.base_url
        )],
    };
    letter.to(to.0, to.1, subject)
}

/// To the owner or an editor: a moderator published, returned or archived the commitment.
pub fn decided(to: (&str, &str), about: About, told: Told, comment: &str) -> Mail {
    let title = about.title;
    let (subject, said) = match told {
        Told::Published => (
            format!("Published: {title}"),
            format!("A moderator published “{title}”. Everyone can now find it on the registry."),
        ),
        Told::Returned => (
            format!("Changes needed: {title}"),
            format!(
                "A moderator returned “{title}” to you for changes. It stays private until it \
                 is changed: saving your changes sends it back for review."
            ),
        ),
        Told::Archived => (
            format!("Archived: {title}"),
            format!(
                "A moderator archived “{title}”. Its page stays, marked as archived, but it no \
                 longer appears in searches."
            ),
        ),
    };
    let letter = Letter {
        greeting: format!("Hello {},", to.0),
        paragraphs: vec![said],
        quote: (!comment.trim().is_empty()).then(|| Quote {
            intro: "The moderator's comment:".into(),
            text: comment.trim().to_string(),
        }),
        action: Some(Action {
            label: "Open the commitment".into(),
            url: about.page(),
        }),
        footer: vec![owner_footer()],
    };
    letter.to(to.0, to.1, subject)
}

/// To the owner or an editor: a moderator hid the progress report dated `reported_on`.
pub fn report_hidden(
    to: (&str, &str),
    about: About,
    report_id: i64,
    reported_on: &str,
    reason: &str,
) -> Mail {
    let letter = Letter {
        greeting: format!("Hello {},", to.0),
        paragraphs: vec![format!(
            "A moderator hid the progress report of {reported_on} on “{}”. The public no longer \
             sees it; you and the moderators still do.",
            about.title
        )],
        quote: Some(Quote {
            intro: "The reason given:".into(),
            text: reason.trim().to_string(),
        }),
        action: Some(Action {
            label: "See the report".into(),
            url: format!("{}#report-{report_id}", about.page()),
        }),
        footer: vec![owner_footer()],
    };
    letter.to(
        to.0,
        to.1,
        format!("Progress report hidden: {}", about.title),
    )
}

fn owner_footer() -> String {
    "You get this mail because you own or edit this commitment on the registry.".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABOUT: About = About {
        id: 7,
        title: "Safe water",
        base_url: "https://registry.example.org",
    };

    #[test]
    fn a_returned_commitment_mail_carries_the_comment_and_an_absolute_link() {
        let mail = decided(
            ("Ana", "ana@example.org"),
            ABOUT,
            Told::Returned,
            "Add a date.",
        );
        assert_eq!(mail.subject, "Changes needed: Safe water");
        assert!(mail.body.contains("> Add a date."));
        assert!(mail
            .body
            .contains("https://registry.example.org/commitments/7"));
        assert!(mail.html.unwrap().contains("Add a date."));
    }

    #[test]
    fn a_publication_without_a_comment_quotes_nothing() {
        let mail = decided(("Ana", "ana@example.org"), ABOUT, Told::Published, " ");
        assert!(!mail.body.contains("comment"));
    }
}
