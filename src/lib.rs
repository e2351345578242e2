//! The SDG Commitments Registry: a public registry of commitments toward the Sustainable Development Goals.

pub mod db;
pub mod domain;
