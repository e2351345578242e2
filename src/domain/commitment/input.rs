//! A commitment as submitted: every value still a string, as forms, records and the API deliver it.
//! The contact, partner and deliverable rows are also the rows of the JSON record.

use serde::{Deserialize, Serialize};

/// A submission before validation. Forms, import and the API all fill this, then call `parse`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentInput {
    pub title: String,
    pub category: String,
    pub objective: String,
    pub stakeholders: String,
    pub implementation: String,
    pub results: String,
    pub enabling_factors: String,
    pub sustainability: String,
    pub other_sources: String,
    pub sdgs: Vec<String>,
    pub targets: Vec<String>,
    pub methods: Vec<String>,
    pub other_methods: Vec<String>,
    pub start_date: String,
    pub completion_date: String,
    /// `None` when the source does not say (a record without the key): then it follows the date.
    pub ongoing: Option<bool>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub geographical_coverage: String,
    pub lead_entity: String,
    pub entity_type: String,
    pub contact: ContactInput,
    pub partners: Vec<PartnerInput>,
    pub deliverables: Vec<DeliverableInput>,
    pub resources: Vec<ResourceInput>,
}

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

/// One resource row as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResourceInput {
    pub kind: String,
    pub description: String,
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
