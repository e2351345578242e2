//! The rows of a commitment as submitted, and as its JSON record carries them: strings only.

use serde::{Deserialize, Serialize};

/// The contact person as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactInput {
    pub name: String,
    pub position: String,
    pub email: String,
    pub phone: String,
    pub public: bool,
}

/// One partner row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PartnerInput {
    pub name: String,
    pub entity_type: String,
}

/// One deliverable row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeliverableInput {
    pub title: String,
    pub due_date: String,
    pub status: String,
}

/// One resource row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceInput {
    pub kind: String,
    pub description: String,
    /// A whole number: a number (or `null`) in JSON.
    #[serde(with = "crate::domain::record::json::number_or_null")]
    pub amount: String,
    pub currency: String,
}

impl PartnerInput {
    /// A row with every field blank is ignored.
    pub fn is_blank(&self) -> bool {
        [&self.name, &self.entity_type]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl DeliverableInput {
    /// A row with every field blank is ignored.
    pub fn is_blank(&self) -> bool {
        [&self.title, &self.due_date, &self.status]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl ResourceInput {
    /// A row with every field blank is ignored.
    pub fn is_blank(&self) -> bool {
        [&self.kind, &self.description, &self.amount, &self.currency]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}
