//! Field-level validation errors, collected all at once and addressable from forms and records.

use crate::domain::message::Message;
use crate::domain::record::keys::FORM_FIELDS;

/// Which input a message is about: a form field name, and the row for repeated rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The form field name, e.g. `completion_date` or `partner_name`.
    pub name: &'static str,
    /// For repeated rows (partners, deliverables, resources): the 0-based row.
    pub row: Option<usize>,
}

impl Field {
    /// A field that appears once.
    pub const fn single(name: &'static str) -> Self {
        Field { name, row: None }
    }

    /// The form as a whole, for a problem no one field can fix (e.g. "wait, then send again"):
    /// shown at the top of the error summary, without a link.
    pub const fn whole_form() -> Self {
        Field::single("")
    }

    /// True for [`Field::whole_form`].
    pub fn is_whole_form(&self) -> bool {
        self.name.is_empty()
    }

    /// A field of one repeated row.
    pub const fn in_row(name: &'static str, row: usize) -> Self {
        Field {
            name,
            row: Some(row),
        }
    }

    /// The HTML id of the input: `title`, or `partner_name-2` for the second partner row.
    pub fn anchor(&self) -> String {
        match self.row {
            Some(row) => format!("{}-{}", self.name, row + 1),
            None => self.name.to_string(),
        }
    }

    /// The path of the value in a JSON record: `contact.email`, `partners[0].name`.
    pub fn record_path(&self) -> String {
        let (list, key) = match self.name.split_once('_') {
            Some(("contact", key)) => return format!("contact.{key}"),
            Some(("partner", key)) => ("partners", key),
            Some(("deliverable", key)) => ("deliverables", key),
            Some(("resource", key)) => ("resources", key),
            _ => return self.name.to_string(),
        };
        match self.row {
            Some(row) => format!("{list}[{row}].{key}"),
            None => format!("{list}.{key}"),
        }
    }
}

/// One problem with one field: the message that says how to fix it, in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: Message,
}

/// Every problem found in one submission, in the order of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with `field`.
    pub fn add(&mut self, field: Field, message: impl Into<Message>) {
        self.0.push(FieldError {
            field,
            message: message.into(),
        });
    }

    /// Puts the errors in the order the fields appear on the registration form.
    pub fn sort_by_form_order(&mut self) {
        let index_of = |pred: &dyn Fn(&str) -> bool| {
            FORM_FIELDS
                .iter()
                .position(|f| pred(f.name))
                .unwrap_or(FORM_FIELDS.len())
        };
        // Rows keep their fields together: every field of row 1 before any of row 2.
        let position = |f: &Field| {
            let index = index_of(&|n| n == f.name);
            let prefix = f.name.split('_').next().unwrap_or(f.name);
            let group = match f.row {
                Some(_) => index_of(&|n| n.split('_').next() == Some(prefix)),
                None => index,
            };
            (group, f.row, index)
        };
        self.0.sort_by_key(|e| position(&e.field));
    }

    /// True when nothing was wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// The first message about `field`, if any.
    pub fn message_for(&self, field: Field) -> Option<&Message> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.message)
    }

    /// The first message about the input with this HTML id (see [`Field::anchor`]), for forms.
    pub fn for_anchor(&self, anchor: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|e| e.field.anchor() == anchor)
            .map(|e| &e.message)
    }

    /// True when some error concerns the field named `name` (any row).
    pub fn mentions(&self, name: &str) -> bool {
        self.0.iter().any(|e| e.field.name == name)
    }

    /// `Ok(value)` when no error was recorded, else all the errors.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl FieldErrors {
    /// Every error as `record.path: message`, joined by `; `, each message rendered by `say`
    /// (the JSON API and the import speak English; pages speak the reader's language).
    pub fn describe(&self, say: impl Fn(&Message) -> String) -> String {
        self.0
            .iter()
            .map(|e| format!("{}: {}", e.field.record_path(), say(&e.message)))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_map_to_record_paths() {
        assert_eq!(
            Field::single("contact_email").record_path(),
            "contact.email"
        );
        assert_eq!(
            Field::in_row("partner_name", 0).record_path(),
            "partners[0].name"
        );
        assert_eq!(
            Field::in_row("resource_amount", 2).record_path(),
            "resources[2].amount"
        );
        assert_eq!(
            Field::single("completion_date").record_path(),
            "completion_date"
        );
    }

    #[test]
    fn row_fields_have_one_based_anchors() {
        assert_eq!(Field::in_row("partner_name", 0).anchor(), "partner_name-1");
        assert_eq!(Field::single("title").anchor(), "title");
    }
}
