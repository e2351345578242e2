//! Submitted HTML forms: strings as the browser sends them, turned into domain input.

pub mod commitment;
pub mod merge;
pub mod report;
