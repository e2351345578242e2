//! Moderation rules: which decision fits which workflow state, what it leads to, and the
//! review form's input (a decision, and a comment that returning or archiving requires).

#[cfg(test)]
mod tests;

use chrono::NaiveDateTime;

use crate::domain::errors::{Field, FieldErrors};
use crate::domain::message::Message;
use crate::domain::text::{char_len, has_stray_control_chars, MAX_TEXT_CHARS};
use crate::domain::vocab::{Decision, Workflow};

/// The review form's fields.
pub const DECISION_FIELD: Field = Field::single("decision");
pub const COMMENT_FIELD: Field = Field::single("comment");

/// A commitment's workflow after a decision, and when it was first published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub workflow: Workflow,
    pub published_at: Option<NaiveDateTime>,
}

impl Decision {
    /// True when the decision may be taken on a commitment in `current`: publish what awaits
    /// review or was returned, return what awaits review, archive anything not yet archived.
    pub fn fits(self, current: Workflow) -> bool {
        use Workflow::*;
        match self {
            Decision::Publish => matches!(current, Submitted | Returned),
            Decision::Return => current == Submitted,
            Decision::Archive => matches!(current, Submitted | Returned | Published),
        }
    }

    /// The decisions that fit a commitment in `current`, in the order the form offers them.
    pub fn choices(current: Workflow) -> Vec<Decision> {
        Decision::ALL
            .iter()
            .copied()
            .filter(|d| d.fits(current))
            .collect()
    }

    /// The state the commitment is in afterwards.
    pub fn outcome(self) -> Workflow {
        match self {
            Decision::Publish => Workflow::Published,
            Decision::Return => Workflow::Returned,
            Decision::Archive => Workflow::Archived,
        }
    }

    /// The event recorded in the history: `published`, `returned`, `archived`.
    pub fn event(self) -> &'static str {
        match self {
            Decision::Publish => "published",
            Decision::Return => "returned",
            Decision::Archive => "archived",
        }
    }

    /// The decision an event records, if it records one.
    pub fn from_event(event: &str) -> Option<Decision> {
        Decision::ALL.iter().copied().find(|d| d.event() == event)
    }

    /// The decision whose comment explains why a commitment is in `workflow`, for its owner:
    /// the return's comment while returned, the archiving's reason once archived.
    pub fn explaining(workflow: Workflow) -> Option<Decision> {
        match workflow {
            Workflow::Returned => Some(Decision::Return),
            Workflow::Archived => Some(Decision::Archive),
            Workflow::Submitted | Workflow::Published => None,
        }
    }

    /// True when the owner must be told why (returning, archiving).
    pub fn needs_comment(self) -> bool {
        self != Decision::Publish
    }

    /// What a short hint under the choice says it does.
    pub fn hint(self) -> &'static str {
        match self {
            Decision::Publish => "It becomes public and appears in searches.",
            Decision::Return => "It stays private until its owner changes it and saves it again.",
            Decision::Archive => "Its page stays, with a banner, but it leaves searches for good.",
        }
    }

    /// The transition from `current` at time `at`, or `None` when the decision does not fit.
    /// Publishing sets the publication date the first time only; an earlier one is kept, so
    /// that a commitment republished after being returned keeps its place in time.
    pub fn apply(
        self,
        current: Workflow,
        published_at: Option<NaiveDateTime>,
        at: NaiveDateTime,
    ) -> Option<Transition> {
        self.fits(current).then(|| Transition {
            workflow: self.outcome(),
            published_at: match self {
                Decision::Publish => published_at.or(Some(at)),
                Decision::Return | Decision::Archive => published_at,
            },
        })
    }

    /// Why the decision does not fit `current`, for the moderator.
    pub fn refusal(self, current: Workflow) -> Message {
        let message = if self.outcome() == current {
            Message::new("review-already")
        } else if Decision::choices(current).is_empty() {
            Message::new("review-closed")
        } else {
            Message::new("review-not-fitting")
        };
        message
            .text("state", current.slug())
            .text("decision", self.slug())
    }
}

/// A valid review: the decision and the (trimmed) comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub decision: Decision,
    pub comment: String,
}

impl Review {
    /// Reads the form's `decision` and `comment`; every problem at once.
    pub fn parse(decision: &str, comment: &str) -> Result<Review, FieldErrors> {
        let mut errors = FieldErrors::new();
        let parsed = Decision::from_slug(decision);
        if parsed.is_none() {
            errors.add(DECISION_FIELD, "review-decision-missing");
        }
        let comment = comment.trim();
        let length = char_len(comment);
        if comment.is_empty() && parsed.is_some_and(Decision::needs_comment) {
            let message = match parsed {
                Some(Decision::Archive) => "review-archive-reason-missing",
                _ => "review-comment-missing",
            };
            errors.add(COMMENT_FIELD, message);
        } else if length > MAX_TEXT_CHARS {
            errors.add(
                COMMENT_FIELD,
                Message::new("review-comment-too-long").number("length", length),
            );
        } else if has_stray_control_chars(comment) {
            errors.add(
                COMMENT_FIELD,
                Message::new("field-control-chars").message("what", "what-comment"),
            );
        }
        errors.into_result(|| Review {
            decision: parsed.unwrap_or(Decision::Publish),
            comment: comment.to_string(),
        })
    }
}
