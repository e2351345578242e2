//! `registry remind`: mails the contact of every published commitment whose reporting light is
//! due, overdue or inactive, at most once per commitment per 30 days.

use chrono::Duration;
use diesel::sqlite::SqliteConnection;

use crate::db::reminders::{self, NeedsReport};
use crate::format::long_date;
use crate::i18n::{render_in, text, text_with};
use crate::mail::{messages, Correspondent};
use crate::use_cases::mail_language;

use super::Mailing;

/// How long after a reminder the same commitment may be reminded again.
pub const QUIET_DAYS: i64 = 30;

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReminderSummary {
    pub sent: usize,
    /// Reminded in the last 30 days: not mailed again.
    pub skipped: usize,
    /// The mail could not be sent (reported on standard error; tried again next run).
    pub failed: usize,
}

/// Sends the reminders due at `now`; each one sent is logged at once, so a run that stops
/// half-way never mails anyone twice.
pub fn remind(conn: &mut SqliteConnection, run: &Mailing) -> anyhow::Result<ReminderSummary> {
    let (now, progress) = (run.now, &run.progress);
    let due = reminders::needing_report(conn, None, now.date())?;
    let recent = reminders::reminded_since(conn, now - Duration::days(QUIET_DAYS))?;
    progress.set_length(due.len() as u64);
    let mut summary = ReminderSummary::default();
    for commitment in &due {
        progress.inc(1);
        if recent.contains(&commitment.id) {
            summary.skipped += 1;
            continue;
        }
        let lang = mail_language::of_email(conn, &commitment.contact_email)?;
        let mail = render_in(lang, || reminder(commitment, run.base()));
        match run.mailer.send(&mail) {
            Ok(()) => {
                reminders::record(conn, commitment, &commitment.contact_email, now)?;
                summary.sent += 1;
            }
            Err(error) => {
                progress.suspend(|| {
                    eprintln!("commitment {}: reminder not sent: {error}", commitment.id)
                });
                summary.failed += 1;
            }
        }
    }
    progress.finish_and_clear();
    Ok(summary)
}

/// The reminder about one commitment, with the link to file a report.
fn reminder(c: &NeedsReport, base: &str) -> crate::mail::Mail {
    let since = long_date(c.since);
    let key = match c.has_report {
        true => "mail-reminder-why-latest",
        false => "mail-reminder-why-published",
    };
    let why = text_with(key, &[("date", since.into())]);
    let light = text(c.reporting.message_key());
    messages::report_reminder(messages::Reminder {
        to: Correspondent {
            name: &c.contact_name,
            email: &c.contact_email,
        },
        title: &c.title,
        light: &light,
        why: &why,
        report_link: &format!("{base}/commitments/{}/reports/new", c.id),
        page_link: &format!("{base}/commitments/{}", c.id),
    })
}
