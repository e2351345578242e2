//! The commitment form page, shared by registering and editing.

use askama::Template;

use crate::domain::{CommitmentRecord, FieldErrors, Message, Workflow};
use crate::use_cases::similar::SimilarCommitment;
use crate::views::commitment_form::FormChoices;
use crate::views::merge::ClashView;

/// What the form is for.
#[derive(Debug, Clone)]
pub enum FormPurpose {
    /// A new commitment.
    Register,
    /// Changes to commitment `id`, starting from `version`; `workflow` is where it stands now.
    Edit {
        id: i64,
        version: i64,
        title: String,
        workflow: Workflow,
    },
}

/// The form, blank or with what was entered and what to fix.
#[derive(Template)]
#[template(path = "commitments/form.html")]
pub struct FormPage {
    pub input: CommitmentRecord,
    pub errors: FieldErrors,
    /// True when the values come back from a draft kept while the person signed in again.
    pub restored: bool,
    pub purpose: FormPurpose,
    /// After a save that clashed with someone else's: each field both changed, to choose.
    pub conflict: Vec<ClashView>,
    pub extras: FormExtras,
}

/// What the form shows besides the values: the draft it came from, what it may duplicate.
#[derive(Debug, Default)]
pub struct FormExtras {
    /// The saved draft the form was opened from: saving a draft again replaces it.
    pub draft: Option<i64>,
    /// Before a registration is saved: commitments that may be the same one.
    pub similar: Vec<SimilarCommitment>,
}

impl FormPage {
    /// The registration form with these values.
    pub fn register(input: CommitmentRecord, errors: FieldErrors, restored: bool) -> Self {
        FormPage {
            input,
            errors,
            restored,
            purpose: FormPurpose::Register,
            conflict: Vec::new(),
            extras: FormExtras::default(),
        }
    }

    /// The edit form of commitment `id` (titled `title`, in `workflow`), started from `version`.
    pub fn edit(
        id: i64,
        version: i64,
        title: String,
        workflow: Workflow,
        input: CommitmentRecord,
    ) -> Self {
        FormPage {
            input,
            errors: FieldErrors::new(),
            restored: false,
            purpose: FormPurpose::Edit {
                id,
                version,
                title,
                workflow,
            },
            conflict: Vec::new(),
            extras: FormExtras::default(),
        }
    }

    fn choices(&self) -> FormChoices<'_> {
        FormChoices { input: &self.input }
    }

    fn error(&self, anchor: &str) -> Option<&Message> {
        self.errors.for_anchor(anchor)
    }

    fn action(&self) -> String {
        match &self.purpose {
            FormPurpose::Register => "/commitments".into(),
            FormPurpose::Edit { id, .. } => format!("/commitments/{id}/edit"),
        }
    }

    fn edited(&self) -> Option<(i64, i64, &str)> {
        match &self.purpose {
            FormPurpose::Register => None,
            FormPurpose::Edit {
                id, version, title, ..
            } => Some((*id, *version, title.as_str())),
        }
    }

    /// The key of what saving the edit form does, for where the commitment stands.
    fn on_save(&self) -> &'static str {
        match &self.purpose {
            FormPurpose::Register => "commitment-form-on-register",
            FormPurpose::Edit { workflow, .. } => match workflow {
                Workflow::Published => "commitment-form-on-edit-published",
                Workflow::Submitted => "commitment-form-on-edit-submitted",
                Workflow::Returned => "commitment-form-on-edit-returned",
                Workflow::Archived => "commitment-form-on-edit-archived",
            },
        }
    }
}
