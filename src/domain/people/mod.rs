//! People and their rights: accounts, and who may see or change a commitment.

pub mod access;
pub mod account;
