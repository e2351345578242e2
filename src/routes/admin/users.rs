//! Managing accounts (admins): find them, change their role, suspend and unsuspend them.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::account_events::{latest, suspensions_of, AccountEvent};
use crate::db::user_admin::search;
use crate::db::users;
use crate::domain::commitment::stored::now;
use crate::domain::Account;
use crate::domain::{Field, FieldErrors, Message, Role};
use crate::error::AppError;
use crate::i18n::{count, text, text_with};
use crate::site::render::{page, see_other_saying};
use crate::site::{HtmlForm, RequireAdmin};
use crate::state::AppState;
use crate::use_cases::accounts::admin::{
    set_role, set_suspended, AdminChange, ByAdmin, Suspension,
};
use crate::views::long_date;

/// Accounts per page.
const PER_PAGE: i64 = 25;

/// Lines of the account log shown under the list.
const LOG_LINES: i64 = 20;

/// The longest reason for a suspension (characters).
const MAX_REASON_CHARS: usize = 1_000;

/// The query of the list: a search text and a page number.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    q: String,
    page: String,
}

/// The list of accounts, with a form per account.
#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    q: String,
    page: i64,
    pages: i64,
    total: i64,
    accounts: Vec<Account>,
    errors: FieldErrors,
    roles: &'static [Role],
    /// The newest suspension of each suspended account listed, with its reason.
    suspensions: HashMap<i64, AccountEvent>,
    /// The newest suspensions and their lifting, newest first.
    log: Vec<AccountEvent>,
}

impl UsersPage {
    fn error_for(&self, name: &str, id: &i64) -> Option<&Message> {
        self.errors.for_anchor(&format!("{name}-{id}"))
    }

    fn suspension(&self, id: &i64) -> Option<&AccountEvent> {
        self.suspensions.get(id)
    }

    fn on(&self, event: &AccountEvent) -> String {
        long_date(event.at.date())
    }

    /// "Page 2 of 5" (`key` says where).
    fn page_of(&self, key: &str) -> String {
        crate::views::pagination::page_of(key, self.page, self.pages)
    }

    /// "3 accounts matching “ana”.".
    fn count_for(&self) -> String {
        let args = [("count", count(self.total)), ("q", (&self.q).into())];
        text_with("admin-users-count-for", &args)
    }

    /// "Suspended on 3 March 2026 by Ana: spam".
    fn suspended_line(&self, event: &AccountEvent) -> String {
        let (date, reason) = (self.on(event), event.reason.as_str());
        match &event.by {
            Some(by) => text_with(
                "admin-users-suspended-on-by",
                &[
                    ("date", date.into()),
                    ("by", by.into()),
                    ("reason", reason.into()),
                ],
            ),
            None => text_with(
                "admin-users-suspended-on",
                &[("date", date.into()), ("reason", reason.into())],
            ),
        }
    }

    /// "Ana suspended by Bo" in the account log.
    fn log_line(&self, event: &AccountEvent) -> String {
        let key = match event.event.as_str() {
            "suspended" => "admin-users-log-suspended",
            _ => "admin-users-log-unsuspended",
        };
        let by = match &event.by {
            Some(by) => by.clone(),
            None => text("admin-users-log-deleted"),
        };
        text_with(key, &[("name", (&event.name).into()), ("by", by.into())])
    }

    fn query_for(&self, page: i64) -> String {
        let q: String = form_urlencoded::byte_serialize(self.q.as_bytes()).collect();
        format!("/admin/users?q={q}&page={page}")
    }
}

/// GET `/admin/users`.
pub async fn index(
    state: web::Data<AppState>,
    _admin: RequireAdmin,
    query: web::Query<UsersQuery>,
) -> Result<HttpResponse, AppError> {
    let UsersQuery { q, page: raw_page } = query.into_inner();
    let page_number =
        match raw_page.as_str() {
            "" => 1,
            text => text.parse().ok().filter(|p| *p >= 1).ok_or_else(|| {
                AppError::BadRequest(crate::i18n::text("admin-users-page-invalid"))
            })?,
        };
    list(&state, q, page_number, FieldErrors::new(), StatusCode::OK).await
}

async fn list(
    state: &AppState,
    q: String,
    page_number: i64,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let search_text = q.trim().to_string();
    let (total, accounts, suspensions, log) = state
        .db(move |conn| {
            let (total, accounts) = search(conn, &search_text, page_number, PER_PAGE)?;
            let suspended: Vec<i64> = accounts
                .iter()
                .filter(|a| a.suspended)
                .map(|a| a.id)
                .collect();
            let suspensions = suspensions_of(conn, &suspended)?;
            Ok((total, accounts, suspensions, latest(conn, LOG_LINES)?))
        })
        .await?;
    let users_page = UsersPage {
        q,
        page: page_number,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        total,
        accounts,
        errors,
        roles: Role::ALL,
        suspensions,
        log,
    };
    page(status, &users_page)
}

/// The field of a role form: `role` with the account's id.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

fn account_id(raw: &str) -> Result<i64, AppError> {
    raw.parse()
        .ok()
        .filter(|id| *id >= 1)
        .ok_or(AppError::NotFound)
}

/// The error anchor of an account's control, e.g. `role-12`.
fn field_of(name: &'static str, id: i64) -> Field {
    Field::in_row(name, usize::try_from(id - 1).unwrap_or_default())
}

/// POST `/admin/users/{id}/role`.
pub async fn change_role(
    state: web::Data<AppState>,
    _admin: RequireAdmin,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let id = account_id(&id)?;
    let Some(role) = Role::from_slug(&form.role) else {
        return refused(&state, field_of("role", id), "users-role-missing").await;
    };
    let change = state.db(move |conn| Ok(set_role(conn, id, role)?)).await?;
    let role_name = text(role.message_key()).to_lowercase();
    let done = move |name: String| {
        text_with(
            "admin-users-role-done",
            &[("name", name.into()), ("role", role_name.into())],
        )
    };
    outcome(&state, id, change, field_of("role", id), done).await
}

/// The field of a suspend form: why (shown to the person when they try to sign in).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SuspendForm {
    reason: String,
}

/// POST `/admin/users/{id}/suspend` (`reason`, required).
pub async fn suspend(
    state: web::Data<AppState>,
    RequireAdmin(admin): RequireAdmin,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<SuspendForm>,
) -> Result<HttpResponse, AppError> {
    let id = account_id(&id)?;
    if form.reason.trim().chars().count() > MAX_REASON_CHARS {
        let message = Message::new("field-too-long")
            .message("what", "what-reason")
            .number("max", MAX_REASON_CHARS);
        return refused(&state, field_of("reason", id), message).await;
    }
    let change = Suspension::Suspend {
        reason: form.reason,
    };
    let done = done_with("admin-users-suspend-done");
    set_suspension(&state, id, change, admin.id, done).await
}

/// POST `/admin/users/{id}/unsuspend`.
pub async fn unsuspend(
    state: web::Data<AppState>,
    RequireAdmin(admin): RequireAdmin,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = account_id(&id)?;
    let done = done_with("admin-users-unsuspend-done");
    set_suspension(&state, id, Suspension::Lift, admin.id, done).await
}

/// The message said after a change to account `name`: the message `key`, its `name` filled.
fn done_with(key: &'static str) -> impl FnOnce(String) -> String {
    move |name| text_with(key, &[("name", name.into())])
}

/// Suspends or unsuspends an account, then answers as every admin change does.
async fn set_suspension(
    state: &AppState,
    id: i64,
    change: Suspension,
    admin_id: i64,
    done: impl FnOnce(String) -> String,
) -> Result<HttpResponse, AppError> {
    let by = ByAdmin {
        admin_id,
        at: now(),
    };
    let change = state
        .db(move |conn| Ok(set_suspended(conn, id, &change, by)?))
        .await?;
    outcome(state, id, change, field_of("suspend", id), done).await
}

/// 303 back to the list with a message; or the list with the refusal (422); or 404.
async fn outcome(
    state: &AppState,
    id: i64,
    change: AdminChange,
    field: Field,
    done: impl FnOnce(String) -> String,
) -> Result<HttpResponse, AppError> {
    match change {
        AdminChange::Done => {
            let name = state
                .db(move |conn| Ok(users::find(conn, id)?.map(|a| a.name)))
                .await?
                .unwrap_or_default();
            Ok(see_other_saying("/admin/users", done(name)))
        }
        AdminChange::LastAdmin => refused(state, field, "users-last-admin").await,
        AdminChange::NoSuchUser => Err(AppError::NotFound),
        AdminChange::ReasonMissing => {
            refused(
                state,
                field_of("reason", id),
                "users-suspend-reason-missing",
            )
            .await
        }
    }
}

/// The first page of the list again, with `message` against `field` (422).
async fn refused(
    state: &AppState,
    field: Field,
    message: impl Into<Message>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    errors.add(field, message);
    let unfiltered = String::new();
    list(
        state,
        unfiltered,
        1,
        errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}
