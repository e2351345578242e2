//! Accounts: sign-up, sign-in and out, password reset, and the account page.

pub(super) mod drafts;
pub(super) mod login;
pub(super) mod mail_preferences;
pub(super) mod reset;
pub(super) mod searches;
pub(super) mod show;
pub(super) mod signup;
