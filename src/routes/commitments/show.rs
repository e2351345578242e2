//! One commitment's page, with its review and editors for the owner, editors and moderators,
//! the button to file a progress report, and the moderators' forms to hide a report.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::editors::{self, find_with_standing};
use crate::db::fulltext::Document;
use crate::db::photos;
use crate::db::reviews::history;
use crate::db::revisions::newest_at;
use crate::domain::people::access::{
    follows_review, may_edit, may_manage_editors, may_see, report_access, ReportAccess,
};
use crate::domain::Account;
use crate::domain::{Field, FieldErrors, Message};
use crate::error::AppError;
use crate::site::render::page;
use crate::site::{CommitmentPath, Site};
use crate::state::AppState;
use crate::views::editors::EditorsArea;
use crate::views::history::{last_change, visible_events};
use crate::views::long_date;
use crate::views::review::ReviewArea;
use crate::views::{CommitmentCard, CommitmentDetail};

/// How many similar commitments a commitment's page suggests.
const SIMILAR: usize = 5;

/// One commitment's page.
#[derive(Template)]
#[template(path = "commitments/show.html")]
pub struct ShowPage {
    c: CommitmentDetail,
    /// For the owner, editors and moderators: the moderator's comment, the history, the
    /// review form.
    review: Option<ReviewArea>,
    /// Problems with a review or a hide form just sent (the page then shows it again).
    errors: FieldErrors,
    /// For the owner, editors and moderators of a published commitment: "File a report".
    may_report: bool,
    /// For moderators: a form to hide each visible report.
    may_hide: bool,
    /// A hide form sent back: the report's id and the reason typed.
    hide: Option<(i64, String)>,
    /// For the owner, editors and moderators: the co-editors, and the form to add one.
    editors: Option<EditorsArea>,
    /// For the owner, editors and moderators: the photo upload form and delete buttons.
    may_change_photos: bool,
    /// An upload sent back: the alt text and caption typed.
    photo: PhotoTyped,
    /// Published commitments most like this one by their text.
    similar: Vec<CommitmentCard>,
}

impl ShowPage {
    /// The problem with the hide form of report `id`, if it was just sent.
    fn hide_error(&self, id: &i64) -> Option<&Message> {
        self.errors.for_anchor(&hide_field(*id).anchor())
    }

    /// A problem with report `id` as a whole (hidden already).
    fn report_error(&self, id: &i64) -> Option<&Message> {
        self.errors.for_anchor(&report_field(*id).anchor())
    }

    /// True when the upload form is shown: room for another photo, or an upload came back.
    fn shows_photo_form(&self) -> bool {
        self.may_change_photos
            && (crate::views::photos::room_left(&self.c.photos) > 0
                || self.errors.mentions("photo"))
    }

    /// True when the upload form is unfolded: no photo yet, or an upload came back.
    fn photo_form_open(&self) -> bool {
        self.c.photos.is_empty()
            || ["photo", "alt_text", "caption"]
                .iter()
                .any(|f| self.errors.mentions(f))
    }

    /// The reason typed in the hide form of report `id` (empty unless it came back).
    fn typed_reason(&self, id: &i64) -> &str {
        match &self.hide {
            Some((report, reason)) if report == id => reason,
            _ => "",
        }
    }
}

/// The reason field of report `id`'s hide form, whose input's id is `hide_reason-{id}`.
pub fn hide_field(report_id: i64) -> Field {
    row_of("hide_reason", report_id)
}

/// The report itself on the timeline (`report-{id}`), for problems with it as a whole.
pub fn report_field(report_id: i64) -> Field {
    row_of("report", report_id)
}

/// A field whose anchor ends in the report id (anchors count rows from 1).
fn row_of(name: &'static str, report_id: i64) -> Field {
    let row = usize::try_from(report_id.saturating_sub(1)).unwrap_or_default();
    Field::in_row(name, row)
}

/// A form of the page sent back with problems (a review, hiding a report, adding an editor):
/// what was typed, and what is wrong.
#[derive(Debug, Default)]
pub struct ReviewAttempt {
    pub decision: String,
    pub comment: String,
    /// The report a hide form was about, and the reason typed.
    pub hide: Option<(i64, String)>,
    /// The address typed in the form to add an editor.
    pub editor_email: String,
    /// A photo upload's alt text and caption.
    pub photo: PhotoTyped,
    pub errors: FieldErrors,
}

/// The text fields of a photo upload, as typed.
#[derive(Debug, Default)]
pub struct PhotoTyped {
    pub alt_text: String,
    pub caption: String,
}

/// The id in a commitment's path; anything else is a page that does not exist.
pub fn commitment_id(raw: &str) -> Result<i64, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// GET `/commitments/{id}`: published and archived commitments are public; the others are
/// shown only to their owner, editors and moderators (404 to everyone else).
pub async fn show(
    state: web::Data<AppState>,
    site: Site,
    CommitmentPath(id): CommitmentPath,
) -> Result<HttpResponse, AppError> {
    let viewer = site.0.viewer.clone();
    commitment_page(&state, viewer, id, ReviewAttempt::default(), StatusCode::OK).await
}

/// The page of commitment `id` as `viewer` may see it, answered with `status` (a review sent
/// back with problems is shown in its form, with the error summary on top).
pub async fn commitment_page(
    state: &AppState,
    viewer: Option<Account>,
    id: i64,
    attempt: ReviewAttempt,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let reader = viewer.clone();
    let (engine, today) = (state.search.clone(), state.today());
    let (commitment, standing, events, editor_list, photos, similar) = state
        .read_now(move |conn| {
            crate::db::snapshot(conn, |conn| {
                let viewer_id = reader.as_ref().map(|v| v.id);
                let Some((commitment, standing)) = find_with_standing(conn, id, viewer_id)? else {
                    return Ok(None);
                };
                let photos = photos::of_commitment(conn, id)?;
                let document = Document::of(id, &commitment.content);
                let similar = engine.similar(conn, &document, today, SIMILAR)?;
                let follows = follows_review(standing, reader.as_ref());
                let events = visible_events(history(conn, id)?, follows);
                let changed = last_change(newest_at(conn, id)?, &events);
                let list = if follows {
                    editors::list(conn, id)?
                } else {
                    Vec::new()
                };
                Ok(Some((
                    commitment,
                    standing,
                    (events, changed),
                    list,
                    photos,
                    similar,
                )))
            })
        })
        .await?
        .filter(|(c, standing, ..)| may_see(c.workflow, *standing, viewer.as_ref()))
        .ok_or(AppError::NotFound)?;
    let (events, changed) = events;
    let follows = follows_review(standing, viewer.as_ref());
    let editors = viewer.as_ref().filter(|_| follows).map(|v| EditorsArea {
        editors: editor_list,
        may_manage: may_manage_editors(standing, v),
        may_transfer: v.role.is_moderator(),
        email: attempt.editor_email.clone(),
    });
    let review = follows.then(|| {
        let moderator = viewer.as_ref().is_some_and(|v| v.role.is_moderator());
        let typed = (attempt.decision, attempt.comment);
        ReviewArea::new(commitment.workflow, &events, moderator, typed)
    });
    let mut detail = CommitmentDetail::new(&commitment, state.today()).with_photos(&photos);
    // "Last updated" says what the history shows last.
    detail.updated = long_date(changed.unwrap_or(commitment.updated_at).date());
    if follows {
        detail = detail
            .reveal_contact(&commitment)
            .reveal_hidden_reports(&commitment);
    }
    let may_report = viewer
        .as_ref()
        .is_some_and(|v| report_access(commitment.workflow, standing, v) == ReportAccess::File);
    let show = ShowPage {
        c: detail,
        review,
        errors: attempt.errors,
        may_report,
        may_hide: viewer.as_ref().is_some_and(|v| v.role.is_moderator()),
        hide: attempt.hide,
        editors,
        may_change_photos: viewer.as_ref().is_some_and(|v| may_edit(standing, v)),
        photo: attempt.photo,
        similar: similar
            .into_iter()
            .map(|s| CommitmentCard::new(s, today))
            .collect(),
    };
    page(status, &show)
}
