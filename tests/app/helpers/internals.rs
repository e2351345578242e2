//! The library's internal items the tests need, named in this one place: when a module of
//! `src/` moves, this file changes, not every test.

pub use sdg_registry::auth::account::NewAccount;
pub use sdg_registry::config::{Clock, Secret, Settings};
pub use sdg_registry::db::commitments::{insert as insert_commitment, CommitmentMeta};
pub use sdg_registry::db::{open as open_database, DbPool, MIGRATIONS};
pub use sdg_registry::limits::rate::{Rate, RateSettings};
pub use sdg_registry::limits::{ExpensiveWork, Saturation};
pub use sdg_registry::routes::{Access, Route, ROUTES, WRITABLE_WHILE_READ_ONLY};
pub use sdg_registry::search::{Facet, SearchEngine, SearchQuery};
pub use sdg_registry::startup::Application;
pub use sdg_registry::use_cases::accounts::create::create_verified;
