//! Stored values (slugs, codes, dates, lists) written as a page of the reader's language
//! writes them: the history and the edit-clash page show what was saved in these words.

use chrono::NaiveDate;

use super::search::value_label;
use crate::domain::commitment::diff::Wording;
use crate::domain::{DeliverableStatus, Language, ResourceKind};
use crate::i18n::{current, language_name_in, text};
use crate::search::Facet;

/// The name in the page's language of a vocabulary value (a slug, a country or language
/// code) or a date of the field or row column at `path`, as the search's filters and the
/// commitment page write it; `None` for typed text, which stays as written (as do unknown
/// values).
pub fn stored_value_name(path: &str, value: &str) -> Option<String> {
    let facet = match path {
        "category" => Facet::Category,
        "entity_type" | "partners.entity_type" => Facet::EntityType,
        "regions" => Facet::Region,
        "methods" => Facet::Method,
        "countries" => Facet::Country,
        "deliverables.status" => {
            return DeliverableStatus::from_slug(value).map(|s| text(s.message_key()))
        }
        "resources.kind" => return ResourceKind::from_slug(value).map(|k| text(k.message_key())),
        "start_date" | "completion_date" | "deliverables.due_date" => {
            let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
            return Some(crate::format::long_date_in(current(), date));
        }
        "language" => {
            let language = Language::from_code(value)?;
            return Some(language_name_in(current(), language).to_string());
        }
        _ => return None,
    };
    Some(value_label(facet, value))
}

/// Stored values as the page writes them: vocabulary names and dates (see
/// [`stored_value_name`]) and the punctuation between list items and rows, in its language.
pub struct PageWording {
    items: String,
    rows: String,
}

impl PageWording {
    /// The wording of the page being rendered.
    pub fn current() -> Self {
        PageWording {
            items: text("list-separator"),
            rows: text("rows-separator"),
        }
    }
}

impl Wording for PageWording {
    fn name(&self, path: &str, value: &str) -> Option<String> {
        stored_value_name(path, value)
    }

    fn items_separator(&self) -> &str {
        &self.items
    }

    fn rows_separator(&self) -> &str {
        &self.rows
    }
}
