//! What every request goes through: the session, CSRF check, context and access extractors.

pub mod client;
pub mod context;
pub mod csrf;
pub mod extract;
pub mod keep_form;
pub mod language;
pub mod logging;
pub mod render;
pub mod sent;
pub mod session;
pub mod try_later;

pub use client::ClientAddress;
pub use context::SiteContext;
pub use extract::{
    CommitmentPath, CurrentUser, HtmlForm, RequireAdmin, RequireModerator, Site, VerifiedUser,
};
