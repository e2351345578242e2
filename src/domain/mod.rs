//! The registry's vocabularies and rules: every value that enters is parsed here, once.

pub mod commitment;
pub mod errors;
mod fields;
pub mod message;
pub mod organisation;
pub mod people;
pub mod photo;
pub mod quota;
pub mod record;
pub mod report;
pub mod review;
pub mod text;
pub mod vocab;

pub use commitment::input::{ContactInput, DeliverableInput, PartnerInput, ResourceInput};
pub use commitment::stored::{Commitment, ProgressReport};
pub use commitment::{Contact, Deliverable, Money, NewCommitment, Partner, Resource};
pub use errors::{Field, FieldError, FieldErrors};
pub use message::{Message, MessageArg};
pub use people::access::{Refusal, Standing};
pub use people::account::Account;
pub use record::CommitmentRecord;
pub use report::{NewProgressReport, ReportInput};
pub use vocab::country::Country;
pub use vocab::currency::Currency;
pub use vocab::language::Language;
pub use vocab::sdg::{Sdg, Target};
pub use vocab::{
    Category, Decision, DeliverableStatus, EntityType, Method, NoticeLevel, Region, ReportStatus,
    Reporting, ResourceKind, Role, Status, Workflow,
};
