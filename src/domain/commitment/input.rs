//! The rows of a commitment as submitted, and as its JSON record carries them: strings only.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The contact person as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ContactInput {
    pub name: String,
    pub position: String,
    /// Empty in public output unless `public`.
    pub email: String,
    /// Empty in public output unless `public`.
    pub phone: String,
    pub public: bool,
}

/// One partner row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PartnerInput {
    pub name: String,
    pub entity_type: String,
}

/// One deliverable row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DeliverableInput {
    pub title: String,
    #[schema(format = Date)]
    pub due_date: String,
    pub status: String,
}

/// One resource row as submitted, and as a record carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceInput {
    pub kind: String,
    pub description: String,
    /// A whole number, `null` when not given.
    #[serde(with = "crate::domain::record::json::number_or_null")]
    #[schema(value_type = Option<u64>, default = json!(null))]
    pub amount: String,
    /// An ISO 4217 code, `null` when not given.
    #[serde(with = "crate::domain::record::json::text_or_null")]
    #[schema(value_type = Option<String>, default = json!(null))]
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
