//! The mail a visitor sends to a commitment's contact person through its contact form: the
//! sender's address goes in Reply-To, and the contact's address is never shown to the sender.

use super::letter::{Action, Letter, Quote};
use super::Mail;

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
        greeting: format!("Hello {},", m.contact_name),
        paragraphs: vec![format!(
            "{} wrote to you through the SDG Commitments Registry about “{}”, the commitment \
             that names you as its contact person.",
            m.sender_name, m.title
        )],
        quote: Some(Quote {
            intro: format!("Their message, “{}”:", m.subject),
            text: m.message.trim().to_string(),
        }),
        action: Some(Action {
            label: "The commitment on the registry".into(),
            url: format!("{}/commitments/{}", m.base_url, m.commitment_id),
        }),
        footer: vec![format!(
            "To answer, reply to this mail: your answer goes to {} at {}. The registry has not \
             shown them your address; they will see it only if you reply. The registry checked \
             that they confirmed their address, and lets each person send only a few messages a \
             day.",
            m.sender_name, m.sender_email
        )],
    };
    let mut mail = letter.to(
        m.contact_name,
        m.contact_email,
        format!("{} (about {})", m.subject, m.title),
    );
    mail.reply_to = Some((m.sender_name.to_string(), m.sender_email.to_string()));
    mail
}
