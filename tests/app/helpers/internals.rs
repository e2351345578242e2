//! The library's internal items the tests need, named in this one place: when a module of
//! `src/` moves, this file changes, not every test.

pub use sdg_registry::accounts::create::create_verified;
pub use sdg_registry::auth::account::NewAccount;
pub use sdg_registry::config::Settings;
pub use sdg_registry::db::{open as open_database, DbPool};
pub use sdg_registry::startup::Application;
