//! The SDG Commitments Registry: a public registry of commitments toward the Sustainable Development Goals.

#![forbid(unsafe_code)]

pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod format;
pub mod forms;
pub mod i18n;
pub mod limits;
pub mod mail;
pub mod photos;
pub mod private_files;
pub mod routes;
pub mod search;
pub mod site;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod use_cases;
pub mod views;
pub mod wording;
