//! Pages anyone can open: home, search, organisations, CSV, feed, statistics, health and static
//! files.

pub(super) mod assets;
pub(super) mod csv_export;
pub(super) mod feed;
pub(super) mod health;
pub(super) mod home;
pub(super) mod organisations;
pub(super) mod search;
pub(super) mod stats;
