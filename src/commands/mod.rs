//! What the command-line subcommands do, apart from parsing their flags.

pub mod alerts;
pub mod backup;
pub mod demo;
pub mod export;
pub mod import;
pub mod remind;
pub mod user;
