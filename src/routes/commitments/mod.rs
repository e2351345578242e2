//! One commitment: its page, registration, editing, history, editors, photos, reports, review.

pub(super) mod access;
pub(super) mod contact;
pub(super) mod edit;
pub(super) mod editors;
pub(super) mod form_page;
pub(super) mod history;
pub(super) mod photo_upload;
pub(super) mod photos;
pub(super) mod register;
pub(super) mod report_hide;
pub(super) mod reports;
pub(super) mod review;
pub(super) mod save_draft;
pub(super) mod show;
