//! The account page: who I am, my commitments and where each stands, those I co-edit, and the
//! progress reports I owe.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::mail_recipients::wants_review_mail;
use crate::db::reviews::explanations_for_owner;
use crate::db::saved_searches;
use crate::db::user_language;
use crate::db::worklists::{edited_by, owned_by, reports_due, ReportDue, WorkItem};
use crate::domain::Account;
use crate::domain::Decision;
use crate::error::AppError;
use crate::i18n::{text_with, Lang};
use crate::site::render::page;
use crate::site::CurrentUser;
use crate::state::AppState;
use crate::views::follow::SavedSearchLink;
use crate::views::long_date;
use crate::views::review::Explanation;

use super::drafts::DraftLine;

/// The signed-in person's own page.
#[derive(Template)]
#[template(path = "account/show.html")]
pub struct AccountPage {
    account: Account,
    commitments: Vec<WorkItem>,
    /// For returned and archived ones: the moderator's comment, by commitment id.
    explanations: HashMap<i64, Explanation>,
    /// Commitments someone else owns that I may edit.
    edited: Vec<WorkItem>,
    /// My published commitments whose reporting is due, overdue or inactive.
    due: Vec<ReportDue>,
    /// Moderators: whether they get mail when a commitment is waiting for review.
    review_mail: bool,
    /// My saved drafts, the latest first.
    drafts: Vec<DraftLine>,
    /// My saved searches (their own partial template).
    saved: Vec<SavedSearchLink>,
    /// The language I chose for my mail (else the page's).
    language: Lang,
}

impl AccountPage {
    fn changed_on(&self, item: &WorkItem) -> String {
        long_date(item.updated_at.date())
    }

    fn explanation(&self, item: &WorkItem) -> Option<&Explanation> {
        self.explanations.get(&item.id)
    }

    /// "Returned by Ana on 3 March 2026, with this comment:".
    fn note_intro(&self, note: &Explanation) -> String {
        let key = match note.decision {
            Decision::Archive => "account-note-archived",
            _ => "account-note-returned",
        };
        let args = [("who", (&note.who).into()), ("date", (&note.date).into())];
        text_with(key, &args)
    }

    /// "We sent a link to <strong>address</strong>…", as HTML (the address escaped).
    fn confirm_note(&self) -> String {
        let email = crate::views::html_escaped(&self.account.email);
        text_with("account-confirm-body-html", &[("email", email.into())])
    }
}

/// GET `/account`.
pub async fn show(
    state: web::Data<AppState>,
    CurrentUser(account): CurrentUser,
) -> Result<HttpResponse, AppError> {
    let id = account.id;
    let today = state.today();
    let (commitments, edited, events, due) = state
        .db(move |conn| {
            let (owned, edited) = (owned_by(conn, id)?, edited_by(conn, id)?);
            let events = explanations_for_owner(conn, id)?;
            Ok((owned, edited, events, reports_due(conn, id, today)?))
        })
        .await?;
    let review_mail = state
        .db(move |conn| Ok(wants_review_mail(conn, id)?))
        .await?;
    let drafts = super::drafts::lines(&state, id).await?;
    let saved = state
        .db(move |conn| Ok(saved_searches::list_for(conn, id)?))
        .await?
        .iter()
        .map(SavedSearchLink::of)
        .collect();
    let chosen = state
        .db(move |conn| Ok(user_language::of_account(conn, id)?))
        .await?;
    let language = chosen
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(crate::i18n::current);
    let explanations = commitments
        .iter()
        .filter_map(|item| {
            let decision = Decision::explaining(item.workflow)?;
            let event = events.get(&item.id)?;
            Some((item.id, Explanation::from_event(decision, event)))
        })
        .collect();
    page(
        StatusCode::OK,
        &AccountPage {
            account,
            commitments,
            edited,
            explanations,
            due,
            review_mail,
            drafts,
            saved,
            language,
        },
    )
}
