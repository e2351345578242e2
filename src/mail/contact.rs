//! The mail a visitor sends to a commitment's contact person through its contact form: the
//! sender's address goes in Reply-To, and the contact's address is never shown to the sender.

use super::letter::{greeting, Action, Letter, Quote};
use super::Mail;
use crate::i18n::{text, text_with};

/// A message from a signed-in person to a commitment's contact.
#[derive(Debug, Clone, Copy)]
pub struct ContactMessage<'a> {
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    pub sender_name: &'a str,
    pub sender_email: &'a str,
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
        greeting: greeting(m.contact_name),
        paragraphs: vec![text_with(
            "mail-contact-intro",
            &[("sender", m.sender_name.into()), ("title", m.title.into())],
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
                ("sender", m.sender_name.into()),
                ("email", m.sender_email.into()),
            ],
        )],
    };
    let mut mail = letter.to(
        m.contact_name,
        m.contact_email,
        text_with(
            "mail-contact-subject",
            &[("subject", m.subject.into()), ("title", m.title.into())],
        ),
    );
    mail.reply_to = Some((m.sender_name.to_string(), m.sender_email.to_string()));
    mail
}
