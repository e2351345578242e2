//! Who workflow mail goes to: the moderators who want review mail, and the people who keep a
//! commitment up to date (its owner and editors); and each moderator's review-mail choice.

use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

use super::schema::{commitment_editors, commitments, mail_preferences, users};
use crate::domain::Role;

/// A person to write to.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Recipient {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// The language they chose (an ISO 639-1 code), if any.
    pub language: Option<String>,
}

/// Active, confirmed moderators and admins who have not turned review mail off, oldest first.
pub fn review_mail_recipients(conn: &mut SqliteConnection) -> QueryResult<Vec<Recipient>> {
    let staff = [Role::Moderator.slug(), Role::Admin.slug()];
    users::table
        .left_join(mail_preferences::table)
        .filter(users::role.eq_any(staff))
        .filter(users::suspended_at.is_null())
        .filter(users::verified_at.is_not_null())
        .filter(
            mail_preferences::review_mail
                .is_null()
                .or(mail_preferences::review_mail.eq(true)),
        )
        .order(users::id.asc())
        .select((users::id, users::name, users::email, users::language))
        .load(conn)
}

/// The owner (first) and the co-editors of commitment `id` whose accounts are active.
pub fn owner_and_editors(conn: &mut SqliteConnection, id: i64) -> QueryResult<Vec<Recipient>> {
    let mut all: Vec<Recipient> = commitments::table
        .inner_join(users::table)
        .filter(commitments::id.eq(id))
        .filter(users::suspended_at.is_null())
        .select((users::id, users::name, users::email, users::language))
        .load(conn)?;
    let editors: Vec<Recipient> = commitment_editors::table
        .inner_join(users::table)
        .filter(commitment_editors::commitment_id.eq(id))
        .filter(users::suspended_at.is_null())
        .order(users::id.asc())
        .select((users::id, users::name, users::email, users::language))
        .load(conn)?;
    for editor in editors {
        if !all.iter().any(|r| r.user_id == editor.user_id) {
            all.push(editor);
        }
    }
    Ok(all)
}

/// True unless account `user_id` turned review mail off.
pub fn wants_review_mail(conn: &mut SqliteConnection, user_id: i64) -> QueryResult<bool> {
    let choice: Option<bool> = mail_preferences::table
        .find(user_id)
        .select(mail_preferences::review_mail)
        .first(conn)
        .optional()?;
    Ok(choice.unwrap_or(true))
}

/// Stores account `user_id`'s choice about review mail.
pub fn set_review_mail(conn: &mut SqliteConnection, user_id: i64, on: bool) -> QueryResult<()> {
    diesel::replace_into(mail_preferences::table)
        .values((
            mail_preferences::user_id.eq(user_id),
            mail_preferences::review_mail.eq(on),
        ))
        .execute(conn)?;
    Ok(())
}

/// The title of commitment `id`, if there is one.
pub fn title_of(conn: &mut SqliteConnection, id: i64) -> QueryResult<Option<String>> {
    commitments::table
        .find(id)
        .select(commitments::title)
        .first(conn)
        .optional()
}

/// The date progress report `report_id` is dated, if there is one.
pub fn report_date(
    conn: &mut SqliteConnection,
    report_id: i64,
) -> QueryResult<Option<chrono::NaiveDate>> {
    use super::schema::progress_reports;
    progress_reports::table
        .find(report_id)
        .select(progress_reports::reported_on)
        .first(conn)
        .optional()
}
