//! The site notice (admins): a banner on every page, and the read-only switch.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::notice::{self, SiteNotice};
use crate::domain::commitment::stored::now;
use crate::domain::text::{char_len, has_stray_control_chars};
use crate::domain::{Field, FieldErrors, NoticeLevel};
use crate::error::AppError;
use crate::site::render::{page, see_other_saying};
use crate::site::{HtmlForm, RequireAdmin};
use crate::state::AppState;

/// The longest notice accepted.
const MAX_MESSAGE_CHARS: usize = 1_000;

/// The fields of the notice form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeForm {
    message: String,
    level: String,
    read_only: String,
}

/// The notice form, showing the notice as it is (or as typed, with errors).
#[derive(Template)]
#[template(path = "admin/notice.html")]
pub struct NoticePage {
    message: String,
    level: String,
    read_only: bool,
    errors: FieldErrors,
    levels: &'static [NoticeLevel],
}

/// GET `/admin/notice`.
pub async fn form(
    state: web::Data<AppState>,
    _admin: RequireAdmin,
) -> Result<HttpResponse, AppError> {
    let current = state.db(|conn| Ok(notice::load(conn)?)).await?;
    let form = NoticePage {
        message: current.message,
        level: current.level.slug().to_string(),
        read_only: current.read_only,
        errors: FieldErrors::new(),
        levels: NoticeLevel::ALL,
    };
    page(StatusCode::OK, &form)
}

fn parse(form: &NoticeForm) -> Result<SiteNotice, FieldErrors> {
    let message = form.message.trim().to_string();
    let mut errors = FieldErrors::new();
    if char_len(&message) > MAX_MESSAGE_CHARS || has_stray_control_chars(&message) {
        errors.add(Field::single("message"), "notice-message-too-long");
    }
    let level = NoticeLevel::from_slug(&form.level);
    if level.is_none() {
        errors.add(Field::single("level"), "notice-level-missing");
    }
    errors.into_result(|| SiteNotice {
        message,
        level: level.unwrap_or(NoticeLevel::Info),
        read_only: form.read_only == "on",
        updated_at: None,
    })
}

/// POST `/admin/notice` (works while read-only, so the switch can be turned off).
pub async fn save(
    state: web::Data<AppState>,
    RequireAdmin(admin): RequireAdmin,
    HtmlForm(form): HtmlForm<NoticeForm>,
) -> Result<HttpResponse, AppError> {
    let new_notice = match parse(&form) {
        Ok(new_notice) => new_notice,
        Err(errors) => {
            let retry = NoticePage {
                message: form.message,
                level: form.level,
                read_only: form.read_only == "on",
                errors,
                levels: NoticeLevel::ALL,
            };
            return page(StatusCode::UNPROCESSABLE_ENTITY, &retry);
        }
    };
    let read_only = new_notice.read_only;
    let saved = state
        .db(move |conn| {
            notice::save(conn, &new_notice, admin.id, now())?;
            Ok(notice::load(conn)?)
        })
        .await?;
    state.notice.keep(&saved);
    tracing::info!(admin = admin.id, read_only, "site notice changed");
    let message = if read_only {
        crate::i18n::text("admin-notice-saved-read-only")
    } else {
        crate::i18n::text("admin-notice-saved")
    };
    Ok(see_other_saying("/admin/notice", message))
}
