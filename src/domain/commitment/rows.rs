//! Repeated rows (partners, deliverables, resources): blank rows ignored, partly filled rows refused.

use super::input::{DeliverableInput, PartnerInput, ResourceInput};
use super::money::parse_money;
use super::{Deliverable, Partner, Resource};
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::fields::{choice_at, date_at, one_line, DateNames};
use crate::domain::message::Message;
use crate::domain::vocab::{DeliverableStatus, EntityType, ResourceKind};

/// The most partners, deliverables or resources one commitment may list.
pub const MAX_ROWS: usize = 50;

/// Refuses filled rows beyond [`MAX_ROWS`], naming the first one too many.
fn check_row_count(
    mut filled: impl Iterator<Item = usize>,
    field: &'static str,
    list: &'static str,
    errors: &mut FieldErrors,
) {
    if let Some(row) = filled.nth(MAX_ROWS) {
        errors.add(
            Field::in_row(field, row),
            Message::new("rows-too-many")
                .number("max", MAX_ROWS)
                .text("list", list)
                .number("row", row + 1),
        );
    }
}

/// A repeated row of the form: blank rows are skipped.
pub trait Row {
    /// True when every field of the row is empty.
    fn is_blank(&self) -> bool;
}

impl Row for PartnerInput {
    fn is_blank(&self) -> bool {
        PartnerInput::is_blank(self)
    }
}

impl Row for DeliverableInput {
    fn is_blank(&self) -> bool {
        DeliverableInput::is_blank(self)
    }
}

impl Row for ResourceInput {
    fn is_blank(&self) -> bool {
        ResourceInput::is_blank(self)
    }
}

/// Parses the filled rows (at most [`MAX_ROWS`]) with `parse_one(row index, row, errors)`.
fn parse_rows<I: Row, T>(
    rows: &[I],
    (first_field, list): (&'static str, &'static str),
    errors: &mut FieldErrors,
    mut parse_one: impl FnMut(usize, &I, &mut FieldErrors) -> Option<T>,
) -> Vec<T> {
    let filled: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .map(|(i, _)| i)
        .collect();
    check_row_count(filled.iter().copied(), first_field, list, errors);
    filled
        .into_iter()
        .take(MAX_ROWS)
        .filter_map(|row| parse_one(row, &rows[row], errors))
        .collect()
}

/// Field `name` of row `row`, and the message naming it for that row ("the name of partner 2").
fn row_field(row: usize, name: &'static str, what: &'static str) -> (Field, Message) {
    (
        Field::in_row(name, row),
        Message::new(what).number("row", row + 1),
    )
}

/// Partners that are filled in; errors name the row.
pub fn parse_partners(rows: &[PartnerInput], errors: &mut FieldErrors) -> Vec<Partner> {
    parse_rows(
        rows,
        ("partner_name", "partners"),
        errors,
        |row, input, errors| {
            let (field, what) = row_field(row, "partner_name", "what-partner-name");
            let name = one_line(&input.name, field, what, true, errors);
            let (field, what) = row_field(row, "partner_entity_type", "what-partner-type");
            let entity_type = choice_at(
                &input.entity_type,
                field,
                what,
                errors,
                EntityType::from_slug,
            );
            Some(Partner {
                name: name?,
                entity_type: entity_type?,
            })
        },
    )
}

/// Deliverables that are filled in; errors name the row.
pub fn parse_deliverables(rows: &[DeliverableInput], errors: &mut FieldErrors) -> Vec<Deliverable> {
    parse_rows(
        rows,
        ("deliverable_title", "deliverables"),
        errors,
        |row, input, errors| {
            let (field, what) = row_field(row, "deliverable_title", "what-deliverable-title");
            let title = one_line(&input.title, field, what, true, errors);
            let (field, what) = row_field(row, "deliverable_due_date", "what-deliverable-due-date");
            let label = Message::new("label-deliverable-due-date").number("row", row + 1);
            let due_date = date_at(&input.due_date, field, DateNames { label, what }, errors);
            let (field, what) = row_field(row, "deliverable_status", "what-deliverable-status");
            let status = choice_at(
                &input.status,
                field,
                what,
                errors,
                DeliverableStatus::from_slug,
            );
            Some(Deliverable {
                title: title?,
                due_date: due_date?,
                status: status?,
            })
        },
    )
}

/// Resources that are filled in; errors name the row.
pub fn parse_resources(rows: &[ResourceInput], errors: &mut FieldErrors) -> Vec<Resource> {
    parse_rows(
        rows,
        ("resource_kind", "resources"),
        errors,
        |row, input, errors| {
            let (field, what) = row_field(row, "resource_kind", "what-resource-kind");
            let kind = choice_at(&input.kind, field, what, errors, ResourceKind::from_slug);
            let (field, what) = row_field(row, "resource_description", "what-resource-description");
            let description = one_line(&input.description, field, what, true, errors);
            let amount = parse_money(&input.amount, &input.currency, row, errors);
            Some(Resource {
                kind: kind?,
                description: description?,
                amount: amount?,
            })
        },
    )
}
