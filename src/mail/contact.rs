//! The mail a visitor sends to a commitment's contact person through its contact form: the
//! sender's address goes in Reply-To, and the contact's address is never shown to the sender.

use super::letter::{greeting, Action, Letter, Quote};
use super::{Correspondent, Mail};
use crate::i18n::{text, text_with};

/// A message from a signed-in person to a commitment's contact.
#[derive(Debug, Clone, Copy)]
pub struct ContactMessage<'a> {
    /// The commitment's contact person, whose address the sender never sees.
    pub contact: Correspondent<'a>,
    /// The signed-in person writing, to whom the contact's answer goes.
    pub sender: Correspondent<'a>,
    pub commitment_id: i64,
    pub title: &'a str,
    pub subject: &'a str,
    pub message: &'a str,
    /// `REGISTRY_PUBLIC_URL`, without a trailing slash.
    pub base_url: &'a str,
}

/// The mail to the contact, answering to the sender.
pub fn to_contact(m: ContactMessage) -> Mail {
    let letter = Letter {
        greeting: greeting(m.contact.name),
        paragraphs: vec![text_with(
            "mail-contact-intro",
            &[("sender", m.sender.name.into()), ("title", m.title.into())],
        )],
        quote: Some(Quote {
            intro: text_with("mail-contact-quote", &[("subject", m.subject.into())]),
            text: m.message.trim().to_string(),
        }),
        action: Some(Action {
            label: text("mail-contact-action"),
            url: format!("{}/commitments/{}", m.base_url, m.commitment_id),
        }),
        footer: vec![text_with(
            "mail-contact-footer",
            &[
                ("sender", m.sender.name.into()),
                ("email", m.sender.email.into()),
            ],
        )],
    };
    let mut mail = letter.to(
        m.contact,
        text_with(
            "mail-contact-subject",
            &[("subject", m.subject.into()), ("title", m.title.into())],
        ),
    );
    mail.reply_to = Some((m.sender.name.to_string(), m.sender.email.to_string()));
    mail
}
