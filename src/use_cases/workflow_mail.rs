//! Workflow mail, sent once the change it tells of has committed: to moderators when a
//! commitment awaits review, to its owner and editors after a decision or a hidden report.
//! Nothing here can make the change fail: a problem is logged, and the page goes on.

use diesel::sqlite::SqliteConnection;
use diesel::QueryResult;

use crate::db::mail_recipients::{
    owner_and_editors, report_date, review_mail_recipients, title_of, Recipient,
};
use crate::domain::Decision;
use crate::format::long_date;
use crate::i18n::render_in;
use crate::mail::workflow::{awaits_review, decided, report_hidden, About, Told};
use crate::mail::{Correspondent, Mail};
use crate::state::AppState;
use crate::use_cases::mail_language;

/// What happened, as the mail tells it.
#[derive(Debug, Clone)]
pub enum WorkflowNews {
    /// Registered (or, `resubmitted`, changed after a return) by `by` (an account id and a
    /// name): awaits review. A moderator is not told of their own.
    Submitted {
        id: i64,
        by: (i64, String),
        resubmitted: bool,
    },
    /// A moderator's decision, with the comment.
    Decided {
        id: i64,
        decision: Decision,
        comment: String,
    },
    /// A moderator hid a progress report, with the reason.
    ReportHidden {
        id: i64,
        report_id: i64,
        reason: String,
    },
}

impl WorkflowNews {
    /// Changed by `by` (account id, name) after it was returned: awaits review again.
    pub fn resubmitted(id: i64, by: (i64, String)) -> Self {
        WorkflowNews::Submitted {
            id,
            by,
            resubmitted: true,
        }
    }
}

/// Sends the mails of `news`, one by one; each failure is logged and the rest still go.
pub async fn tell(state: &AppState, news: WorkflowNews) {
    let base_url = state.settings.public_url.trim_end_matches('/').to_string();
    let written = state
        .db(move |conn| Ok(mails_for(conn, &news, &base_url)?))
        .await;
    match written {
        Ok(mails) => {
            for mail in mails {
                state.send_mail(mail).await;
            }
        }
        Err(error) => tracing::error!(error = %error, "workflow mail not written"),
    }
}

/// The mails `news` calls for (none when the commitment is gone).
fn mails_for(
    conn: &mut SqliteConnection,
    news: &WorkflowNews,
    base_url: &str,
) -> QueryResult<Vec<Mail>> {
    let id = match news {
        WorkflowNews::Submitted { id, .. }
        | WorkflowNews::Decided { id, .. }
        | WorkflowNews::ReportHidden { id, .. } => *id,
    };
    let Some(title) = title_of(conn, id)? else {
        return Ok(Vec::new());
    };
    let about = About {
        id,
        title: &title,
        base_url,
    };
    let mails = match news {
        WorkflowNews::Submitted {
            by, resubmitted, ..
        } => review_mail_recipients(conn)?
            .iter()
            .filter(|r| r.user_id != by.0)
            .map(|r| in_their_language(r, |to| awaits_review(to, about, &by.1, *resubmitted)))
            .collect(),
        WorkflowNews::Decided {
            decision, comment, ..
        } => owner_and_editors(conn, id)?
            .iter()
            .map(|r| in_their_language(r, |to| decided(to, about, told(*decision), comment)))
            .collect(),
        WorkflowNews::ReportHidden {
            report_id, reason, ..
        } => {
            let dated = report_date(conn, *report_id)?
                .map(long_date)
                .unwrap_or_default();
            owner_and_editors(conn, id)?
                .iter()
                .map(|r| {
                    in_their_language(r, |to| report_hidden(to, about, *report_id, &dated, reason))
                })
                .collect()
        }
    };
    Ok(mails)
}

/// The mail `write` composes for `r` (name, address), in the language they chose (English
/// when they chose none).
fn in_their_language(r: &Recipient, write: impl FnOnce(Correspondent) -> Mail) -> Mail {
    let lang = mail_language::chosen(r.language.as_deref()).unwrap_or_default();
    let to = Correspondent {
        name: &r.name,
        email: &r.email,
    };
    render_in(lang, || write(to))
}

fn told(decision: Decision) -> Told {
    match decision {
        Decision::Publish => Told::Published,
        Decision::Return => Told::Returned,
        Decision::Archive => Told::Archived,
    }
}
