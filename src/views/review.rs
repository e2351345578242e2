//! What the owner and moderators see of a commitment's review: the moderator's latest word,
//! the workflow history, and, for moderators, the review form.

use chrono::NaiveDateTime;

use crate::db::reviews::WorkflowEvent;
use crate::domain::{Decision, Workflow};
use crate::format::{long_date, paragraphs};
use crate::i18n::{text, text_with};

/// How much of a moderator's comment a list shows before linking to the rest.
const EXCERPT_CHARS: usize = 300;

/// One line of the history: who did what, when, and why.
#[derive(Debug, Clone)]
pub struct EventView {
    pub who: String,
    pub when: String,
    /// The time as `<time datetime>` wants it.
    pub datetime: String,
    pub what: String,
    pub comment: Vec<String>,
}

impl From<&WorkflowEvent> for EventView {
    fn from(e: &WorkflowEvent) -> Self {
        let (what, comment) = describe(&e.event, &e.comment);
        EventView {
            who: e
                .actor
                .clone()
                .unwrap_or_else(|| text("commitment-event-registry")),
            when: moment(e.created_at),
            datetime: e.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            what,
            comment: paragraphs(comment),
        }
    }
}

/// The event in words, and the comment worth showing (an import's comment is only the state
/// it arrived in, which the words already say).
fn describe<'a>(event: &str, comment: &'a str) -> (String, &'a str) {
    match (event, Decision::from_event(event)) {
        ("imported", _) => {
            let state = Workflow::from_slug(comment)
                .map_or(String::new(), |w| text(w.message_key()).to_lowercase());
            let what = text_with("commitment-event-imported", &[("state", state.into())]);
            (what, "")
        }
        ("submitted", _) => (text("commitment-event-submitted"), comment),
        ("reported", _) => (text("commitment-event-reported"), comment),
        ("report-hidden", _) => (text("commitment-event-report-hidden"), comment),
        (_, Some(Decision::Return)) => (text("commitment-event-returned"), comment),
        (_, Some(Decision::Publish)) => (text("commitment-event-published"), comment),
        (_, Some(Decision::Archive)) => (text("commitment-event-archived"), comment),
        (other, None) => (capitalised(&other.replace(['-', '_'], " ")), comment),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What the hint under a decision's choice says it does, in the page's language.
pub fn decision_hint(decision: &Decision) -> String {
    text(match decision {
        Decision::Publish => "commitment-decision-hint-publish",
        Decision::Return => "commitment-decision-hint-return",
        Decision::Archive => "commitment-decision-hint-archive",
    })
}

/// "3 March 2026 at 14:05 UTC".
pub fn moment(at: NaiveDateTime) -> String {
    let date = ("date", long_date(at.date()).into());
    let time = ("time", at.format("%H:%M").to_string().into());
    text_with("commitment-moment", &[date, time])
}

/// The moderator's comment that explains why a commitment is returned or archived.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// The decision it explains: to return or to archive.
    pub decision: Decision,
    pub who: String,
    pub date: String,
    pub comment: Vec<String>,
    /// The start of the comment, for lists; `truncated` when there is more.
    pub excerpt: String,
    pub truncated: bool,
}

impl Explanation {
    /// "returned by Mona Moderator on 3 March 2026", in the page's language.
    pub fn byline(&self) -> String {
        text_with(
            "commitment-review-note-byline",
            &[
                ("decision", self.decision.event().into()),
                ("who", self.who.as_str().into()),
                ("date", self.date.as_str().into()),
            ],
        )
    }

    /// The explanation of a commitment in `workflow`, from its history (newest first).
    pub fn find(workflow: Workflow, history: &[WorkflowEvent]) -> Option<Self> {
        let decision = Decision::explaining(workflow)?;
        history
            .iter()
            .find(|e| e.event == decision.event())
            .map(|e| Explanation::from_event(decision, e))
    }

    /// The explanation that `event` (a return or an archiving) gives.
    pub fn from_event(decision: Decision, event: &WorkflowEvent) -> Self {
        let text = event.comment.trim();
        let excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
        Explanation {
            decision,
            who: event
                .actor
                .clone()
                .unwrap_or_else(|| crate::i18n::text("commitment-review-a-moderator")),
            date: long_date(event.created_at.date()),
            comment: paragraphs(text),
            truncated: excerpt.len() < text.len(),
            excerpt,
        }
    }
}

/// The review form: the decisions that fit, and what the moderator typed.
#[derive(Debug, Clone)]
pub struct ReviewForm {
    pub choices: Vec<Decision>,
    pub decision: String,
    pub comment: String,
}

impl ReviewForm {
    /// True when `choice` is the one selected.
    pub fn is_chosen(&self, choice: &Decision) -> bool {
        self.decision == choice.slug()
    }
}

/// Everything the owner and moderators see of the review.
#[derive(Debug, Clone)]
pub struct ReviewArea {
    pub explanation: Option<Explanation>,
    pub history: Vec<EventView>,
    /// For moderators; `None` for the owner.
    pub form: Option<ReviewForm>,
}

impl ReviewArea {
    /// The area for a commitment in `workflow` with this history (newest first); `typed` is
    /// the moderator's decision and comment, for a form shown again.
    pub fn new(
        workflow: Workflow,
        history: &[WorkflowEvent],
        moderator: bool,
        typed: (String, String),
    ) -> Self {
        let (decision, comment) = typed;
        ReviewArea {
            explanation: Explanation::find(workflow, history),
            history: history.iter().map(EventView::from).collect(),
            form: moderator.then(|| ReviewForm {
                choices: Decision::choices(workflow),
                decision,
                comment,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(event: &str, comment: &str, day: u32) -> WorkflowEvent {
        WorkflowEvent {
            actor: Some("Mona Moderator".into()),
            event: event.into(),
            comment: comment.into(),
            created_at: chrono::NaiveDate::from_ymd_opt(2026, 3, day)
                .unwrap()
                .and_hms_opt(14, 5, 0)
                .unwrap(),
        }
    }

    #[test]
    fn events_read_as_sentences_with_who_and_when() {
        let view = EventView::from(&event("returned", "Add the targets.", 3));
        assert_eq!(view.what, "Returned to its owner for changes");
        assert_eq!(view.who, "Mona Moderator");
        assert_eq!(view.when, "3 March 2026 at 14:05 UTC");
        assert_eq!(view.comment, ["Add the targets."]);
        let imported = EventView::from(&WorkflowEvent {
            actor: None,
            ..event("imported", "submitted", 1)
        });
        assert_eq!(imported.what, "Imported (awaiting review)");
        let submitted = EventView::from(&event("submitted", "", 2));
        assert_eq!(submitted.what, "Submitted for review");
        assert_eq!(
            EventView::from(&event("reported", "", 4)).what,
            "Filed a progress report"
        );
        let hidden = EventView::from(&event("report-hidden", "Spam.", 5));
        assert_eq!(
            (hidden.what.as_str(), hidden.comment[0].as_str()),
            ("Hid a progress report", "Spam.")
        );
        assert_eq!(imported.who, "The registry");
        assert!(imported.comment.is_empty());
    }

    #[test]
    fn the_explanation_is_the_latest_decision_that_led_to_the_state() {
        let history = [
            event("archived", "Duplicate of #12.", 9),
            event("published", "", 5),
            event("returned", "Add the targets.", 3),
        ];
        let archived = Explanation::find(Workflow::Archived, &history).unwrap();
        assert_eq!(archived.decision, Decision::Archive);
        assert_eq!(archived.comment, ["Duplicate of #12."]);
        assert!(Explanation::find(Workflow::Published, &history).is_none());
        let returned = Explanation::find(Workflow::Returned, &history[2..]).unwrap();
        assert_eq!(returned.date, "3 March 2026");
    }

    #[test]
    fn long_comments_are_cut_for_lists() {
        let long = event("returned", &"word ".repeat(100), 3);
        let explanation = Explanation::from_event(Decision::Return, &long);
        assert!(explanation.truncated);
        assert_eq!(explanation.excerpt.chars().count(), EXCERPT_CHARS);
    }
}
