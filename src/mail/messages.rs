//! The texts of the mails the registry sends: about accounts, and reminders to report.
//!
//! Each is written in the [current](crate::i18n::current) language: callers compose it inside
//! [`crate::i18n::render_in`] with the recipient's language.

use crate::i18n::{text, text_with};

use super::letter::Letter;
use super::{Correspondent, Mail};

/// A plain-text mail: the greeting, `blocks` apart, then the registry's name.
fn plain(to: Correspondent, subject: String, blocks: Vec<String>) -> Mail {
    Mail {
        to_name: to.name.to_string(),
        to_email: to.email.to_string(),
        subject,
        body: Letter::plain(to.name, blocks).text(),
        ..Mail::default()
    }
}

/// A mail whose point is one link: the keys of its subject, of the sentence before the link,
/// of how long the link works, and of what to do if it was not asked for.
fn link_mail(
    name: &str,
    email: &str,
    link: &str,
    [subject, intro, works, ignore]: [&str; 4],
) -> Mail {
    let blocks = vec![text(intro), link.to_string(), text(works), text(ignore)];
    plain(Correspondent { name, email }, text(subject), blocks)
}

/// The mail with the link that confirms a new account's address.
pub fn verify_address(name: &str, email: &str, link: &str) -> Mail {
    let keys = [
        "mail-verify-subject",
        "mail-verify-intro",
        "mail-verify-works",
        "mail-verify-ignore",
    ];
    link_mail(name, email, link, keys)
}

/// The mail with the link that lets the account holder choose a new password.
pub fn reset_password(name: &str, email: &str, link: &str) -> Mail {
    let keys = [
        "mail-reset-subject",
        "mail-reset-intro",
        "mail-reset-works",
        "mail-reset-ignore",
    ];
    link_mail(name, email, link, keys)
}

/// The mail sent when someone signs up with an address that already has an account.
pub fn already_registered(name: &str, email: &str, base_url: &str) -> Mail {
    let sign_in = format!("{base_url}/account/login");
    let reset = format!("{base_url}/account/reset");
    let links = format!(
        "{}\n{}",
        text_with("mail-registered-sign-in", &[("link", sign_in.into())]),
        text_with("mail-registered-reset", &[("link", reset.into())]),
    );
    let blocks = vec![
        text("mail-registered-intro"),
        links,
        text("mail-registered-ignore"),
    ];
    plain(
        Correspondent { name, email },
        text("mail-registered-subject"),
        blocks,
    )
}

/// What a reminder to file a progress report says.
#[derive(Debug, Clone, Copy)]
pub struct Reminder<'a> {
    /// The commitment's contact person.
    pub to: Correspondent<'a>,
    pub title: &'a str,
    /// The reporting light's label ("Report due", "Report overdue", "Inactive").
    pub light: &'a str,
    /// Since when, in words ("its latest progress report is dated 1 March 2024").
    pub why: &'a str,
    pub report_link: &'a str,
    pub page_link: &'a str,
}

/// The mail to a commitment's contact when its progress report is due, overdue or missing.
pub fn report_reminder(r: Reminder) -> Mail {
    let status = text_with(
        "mail-reminder-status",
        &[("light", r.light.into()), ("why", r.why.into())],
    );
    let blocks = vec![
        text("mail-reminder-intro"),
        format!("{}\n{}", r.title, r.page_link),
        status,
        text("mail-reminder-file"),
        r.report_link.to_string(),
        text("mail-reminder-quiet"),
    ];
    let subject = text_with("mail-reminder-subject", &[("title", r.title.into())]);
    plain(r.to, subject, blocks)
}
