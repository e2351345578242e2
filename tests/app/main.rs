//! Integration tests: the real server on a free port with its own data dir, and the real binary.

// Helpers outside #[test] functions panic on purpose: a failed step fails the test.
#![allow(clippy::unwrap_used)]

mod abuse;
mod accounts;
mod admin;
mod browse_page;
mod chromium;
mod chromium_layout;
mod cli;
mod csrf;
mod csv_download;
mod edit;
mod editors;
mod file_modes;
mod find_layout;
mod helpers;
mod mail;
mod moderation;
mod notice;
mod pages;
mod photos;
mod rate_limits;
mod register;
mod remind;
mod report_hiding;
mod reports;
mod reset;
mod search_api;
mod search_filters;
mod search_freshness;
mod search_properties;
mod search_text;
mod secrets;
mod sessions;
