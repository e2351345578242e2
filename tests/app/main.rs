//! Integration tests: the real server on a free port with its own data dir, and the real binary.

// Helpers outside #[test] functions panic on purpose: a failed step fails the test.
#![allow(clippy::unwrap_used)]

mod abuse;
mod abuse_api;
mod abuse_forms;
mod accounts;
mod admin;
mod browse_page;
mod chromium;
mod chromium_dates;
mod chromium_languages;
mod chromium_layout;
mod chromium_merge;
mod cli;
mod commitment_page;
mod contact;
mod csrf;
mod csv_download;
mod drafts;
mod edit;
mod edit_merge;
mod editors;
mod file_modes;
mod find_layout;
mod follow;
mod form_rules;
mod helpers;
mod languages;
mod lost_session;
mod lost_session_browser;
mod mail;
mod messages_translated;
mod moderation;
mod notice;
mod organisations;
mod pages;
mod photos;
mod rate_limits;
mod register;
mod remind;
mod report_hiding;
mod reports;
mod reset;
mod search_api;
mod search_errors;
mod search_filters;
mod search_freshness;
mod search_properties;
mod search_text;
mod secrets;
mod sessions;
mod similar;
mod staff_at_work;
mod verify_continue;
mod workflow_mail;
