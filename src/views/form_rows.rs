//! The repeated rows of the registration form, with their ids, values, options and errors.

use super::commitment_form::{Choice, FormChoices};
use crate::domain::{Field, FieldErrors};

/// One input of a row: its HTML id, the posted name, the value and the error beside it.
#[derive(Debug, Clone)]
pub struct RowField {
    pub id: String,
    pub value: String,
    pub error: Option<String>,
}

impl RowField {
    fn new(name: &'static str, row: usize, value: &str, errors: &FieldErrors) -> Self {
        let field = Field::in_row(name, row);
        RowField {
            id: field.anchor(),
            value: value.to_string(),
            error: errors.message_for(field).map(ToString::to_string),
        }
    }
}

/// A partner row.
#[derive(Debug, Clone)]
pub struct PartnerRow {
    pub number: usize,
    pub name: RowField,
    pub entity_type: RowField,
    pub types: Vec<Choice>,
}

/// A deliverable row.
#[derive(Debug, Clone)]
pub struct FormDeliverableRow {
    pub number: usize,
    pub title: RowField,
    pub due_date: RowField,
    pub status: RowField,
    pub statuses: Vec<Choice>,
}

/// A resource row.
#[derive(Debug, Clone)]
pub struct ResourceRow {
    pub number: usize,
    pub kind: RowField,
    pub kinds: Vec<Choice>,
    pub description: RowField,
    pub amount: RowField,
    pub currency: RowField,
}

impl FormChoices<'_> {
    /// The partner rows as entered.
    pub fn partner_rows(&self, errors: &FieldErrors) -> Vec<PartnerRow> {
        self.input
            .partners
            .iter()
            .enumerate()
            .map(|(i, p)| PartnerRow {
                number: i + 1,
                name: RowField::new("partner_name", i, &p.name, errors),
                entity_type: RowField::new("partner_entity_type", i, &p.entity_type, errors),
                types: self.partner_types(p),
            })
            .collect()
    }

    /// The deliverable rows as entered.
    pub fn deliverable_rows(&self, errors: &FieldErrors) -> Vec<FormDeliverableRow> {
        self.input
            .deliverables
            .iter()
            .enumerate()
            .map(|(i, d)| FormDeliverableRow {
                number: i + 1,
                title: RowField::new("deliverable_title", i, &d.title, errors),
                due_date: RowField::new("deliverable_due_date", i, &d.due_date, errors),
                status: RowField::new("deliverable_status", i, &d.status, errors),
                statuses: self.deliverable_statuses(d),
            })
            .collect()
    }

    /// The resource rows as entered.
    pub fn resource_rows(&self, errors: &FieldErrors) -> Vec<ResourceRow> {
        self.input
            .resources
            .iter()
            .enumerate()
            .map(|(i, r)| ResourceRow {
                number: i + 1,
                kind: RowField::new("resource_kind", i, &r.kind, errors),
                kinds: self.resource_kinds(r),
                description: RowField::new("resource_description", i, &r.description, errors),
                amount: RowField::new("resource_amount", i, &r.amount, errors),
                currency: RowField::new("resource_currency", i, &r.currency, errors),
            })
            .collect()
    }
}
