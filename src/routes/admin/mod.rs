//! Staff pages: the moderation queue, users and roles, the site notice.

pub(super) mod moderation;
pub(super) mod notice;
pub(super) mod users;
