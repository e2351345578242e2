//! Writing to a commitment's contact person: the message checked, the daily limit of the
//! sender counted and the message recorded in one transaction; the mail goes after it.

use chrono::{Duration, NaiveDateTime};
use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::contact_messages::{record, sent_since};
use crate::db::editors::find_with_standing;
use crate::domain::people::access::may_see;
use crate::domain::quota::next_allowed;
use crate::domain::text::{char_len, has_control_chars, has_stray_control_chars};
use crate::domain::{Account, Field, FieldErrors, Message};
use crate::i18n::render_in;
use crate::mail::contact::{to_contact, ContactMessage};
use crate::mail::{Correspondent, Mail};
use crate::use_cases::mail_language;

/// How many messages an account may send through contact forms in 24 hours.
pub const MESSAGES_PER_DAY: usize = 5;

/// The fields of the contact form.
pub const SUBJECT: Field = Field::single("subject");
pub const MESSAGE: Field = Field::single("message");

/// A message that passed the checks, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactText {
    pub subject: String,
    pub text: String,
}

impl ContactText {
    /// Checks both fields at once: every problem is reported.
    pub fn parse(subject: &str, text: &str) -> Result<ContactText, FieldErrors> {
        let (subject, text) = (subject.trim(), text.trim());
        let mut errors = FieldErrors::new();
        match char_len(subject) {
            0 => errors.add(SUBJECT, "contact-subject-missing"),
            n if n > 150 => errors.add(
                SUBJECT,
                Message::new("contact-subject-too-long").number("length", n),
            ),
            _ if has_control_chars(subject) => errors.add(SUBJECT, "contact-subject-not-one-line"),
            _ => {}
        }
        match char_len(text) {
            0 => errors.add(MESSAGE, "contact-message-missing"),
            n if n < 20 => errors.add(MESSAGE, "contact-message-too-short"),
            n if n > 5_000 => errors.add(
                MESSAGE,
                Message::new("contact-message-too-long").number("length", n),
            ),
            _ if has_stray_control_chars(text) => {
                errors.add(MESSAGE, "contact-message-control-chars")
            }
            _ => {}
        }
        if errors.is_empty() {
            Ok(ContactText {
                subject: subject.to_string(),
                text: text.to_string(),
            })
        } else {
            Err(errors)
        }
    }
}

/// What came of sending.
#[derive(Debug)]
pub enum Sent {
    /// Counted and recorded: the mail to send now.
    Ready(Box<Mail>),
    /// The sender has sent `MESSAGES_PER_DAY` in the last 24 hours; they may again at this time.
    LimitReached { again_at: NaiveDateTime },
    /// No commitment with this id that the sender may see.
    NotFound,
}

/// Counts the sender's messages of the last 24 hours and, under the limit, records this one
/// and writes the mail to commitment `id`'s contact (answering to the sender).
pub fn send(
    conn: &mut SqliteConnection,
    sender: &Account,
    id: i64,
    message: &ContactText,
    base_url: &str,
    now: NaiveDateTime,
) -> QueryResult<Sent> {
    conn.immediate_transaction(|conn| {
        let Some((c, standing)) = find_with_standing(conn, id, Some(sender.id))? else {
            return Ok(Sent::NotFound);
        };
        if !may_see(c.workflow, standing, Some(sender)) {
            return Ok(Sent::NotFound);
        }
        let day = Duration::hours(24);
        let sent = sent_since(conn, sender.id, now - day)?;
        if let Some(again_at) = next_allowed(&sent, MESSAGES_PER_DAY, day) {
            return Ok(Sent::LimitReached { again_at });
        }
        record(conn, sender.id, id, now)?;
        let contact = &c.content.contact;
        let lang = mail_language::of_email(conn, &contact.email)?;
        let mail = render_in(lang, || {
            to_contact(ContactMessage {
                contact: Correspondent {
                    name: &contact.name,
                    email: &contact.email,
                },
                sender: Correspondent {
                    name: &sender.name,
                    email: &sender.email,
                },
                commitment_id: id,
                title: &c.content.title,
                subject: &message.subject,
                message: &message.text,
                base_url,
            })
        });
        Ok(Sent::Ready(Box::new(mail)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_form_gets_both_errors_at_once() {
        let errors = ContactText::parse(" ", "").unwrap_err();
        assert_eq!(errors.iter().count(), 2);
    }

    #[test]
    fn a_subject_on_two_lines_is_refused() {
        let errors = ContactText::parse(
            "Hello\r\nBcc: x@example.org",
            "A message long enough to pass.",
        )
        .unwrap_err();
        assert!(errors.for_anchor("subject").is_some());
    }
}
