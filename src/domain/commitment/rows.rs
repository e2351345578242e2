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

/// Partners that are filled in; errors name the row.
pub fn parse_partners(rows: &[PartnerInput], errors: &mut FieldErrors) -> Vec<Partner> {
    parse_rows(
        rows,
        ("partner_name", "partners"),
        errors,
        |row, input, errors| {
            let n = row + 1;
            let name = one_line(
                &input.name,
                Field::in_row("partner_name", row),
                Message::new("what-partner-name").number("row", n),
                true,
                errors,
            );
            let entity_type = choice_at(
                &input.entity_type,
                Field::in_row("partner_entity_type", row),
                Message::new("what-partner-type").number("row", n),
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
            let n = row + 1;
            let title = one_line(
                &input.title,
                Field::in_row("deliverable_title", row),
                Message::new("what-deliverable-title").number("row", n),
                true,
                errors,
            );
            let due_date = date_at(
                &input.due_date,
                Field::in_row("deliverable_due_date", row),
                DateNames {
                    label: Message::new("label-deliverable-due-date").number("row", n),
                    what: Message::new("what-deliverable-due-date").number("row", n),
                },
                errors,
            );
            let status = choice_at(
                &input.status,
                Field::in_row("deliverable_status", row),
                Message::new("what-deliverable-status").number("row", n),
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
            let n = row + 1;
            let kind = choice_at(
                &input.kind,
                Field::in_row("resource_kind", row),
                Message::new("what-resource-kind").number("row", n),
                errors,
                ResourceKind::from_slug,
            );
            let description = one_line(
                &input.description,
                Field::in_row("resource_description", row),
                Message::new("what-resource-description").number("row", n),
                true,
                errors,
            );
            let amount = parse_money(&input.amount, &input.currency, row, errors);
            Some(Resource {
                kind: kind?,
                description: description?,
                amount: amount?,
            })
        },
    )
}
