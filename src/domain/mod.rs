//! The registry's vocabularies and rules: every value that enters is parsed here, once.

pub mod access;
pub mod account;
pub mod commitment;
pub mod country;
pub mod diff;
pub mod errors;
pub mod exchange;
mod fields;
pub mod input;
pub mod photo;
pub mod record;
pub mod report;
pub mod report_update;
pub mod reporting;
pub mod review;
pub mod rows;
pub mod sdg;
mod sections;
pub mod stored;
pub mod text;
mod to_input;
pub mod vocab;

#[cfg(test)]
mod commitment_tests;
#[cfg(test)]
mod review_tests;

pub use access::{Refusal, Standing};
pub use account::Account;
pub use commitment::{Contact, Deliverable, NewCommitment, Partner, Resource};
pub use country::Country;
pub use errors::{Field, FieldError, FieldErrors};
pub use input::{CommitmentInput, ContactInput, DeliverableInput, PartnerInput, ResourceInput};
pub use record::CommitmentRecord;
pub use report::{NewProgressReport, ReportInput};
pub use sdg::{Sdg, Target};
pub use stored::{Commitment, ProgressReport};
pub use vocab::{
    Category, Decision, DeliverableStatus, EntityType, Method, NoticeLevel, Region, ReportStatus,
    Reporting, ResourceKind, Role, Status, Workflow,
};
