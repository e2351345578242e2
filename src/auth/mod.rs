//! Account security rules that know nothing of HTTP: passwords, tokens, throttling, redirects.

pub mod account;
pub mod next;
pub mod password;
pub mod throttle;
pub mod token;
