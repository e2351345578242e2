//! Repeated rows (partners, deliverables, resources): blank rows ignored, partly filled rows refused.

use super::commitment::{choice_at, date_at, one_line, Deliverable, Partner, Resource};
use super::errors::{Field, FieldErrors};
use super::input::{DeliverableInput, PartnerInput, ResourceInput};
use super::vocab::{DeliverableStatus, EntityType, ResourceKind};

/// The most partners, deliverables or resources one commitment may list.
pub const MAX_ROWS: usize = 50;

/// Refuses filled rows beyond [`MAX_ROWS`], naming the first one too many.
fn check_row_count(
    mut filled: impl Iterator<Item = usize>,
    field: &'static str,
    what: &str,
    errors: &mut FieldErrors,
) {
    if let Some(row) = filled.nth(MAX_ROWS) {
        let n = row + 1;
        errors.add(
            Field::in_row(field, row),
            format!("A commitment can list at most {MAX_ROWS} {what}: remove row {n} and those after it"),
        );
    }
}

/// Partners that are filled in; errors name the row.
pub fn parse_partners(rows: &[PartnerInput], errors: &mut FieldErrors) -> Vec<Partner> {
    let filled = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .map(|(i, _)| i);
    check_row_count(filled, "partner_name", "partners", errors);
    let mut partners = Vec::new();
    for (row, input) in rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .take(MAX_ROWS)
    {
        let n = row + 1;
        let name = one_line(
            &input.name,
            Field::in_row("partner_name", row),
            &format!("the name of partner {n}"),
            true,
            errors,
        );
        let entity_type = choice_at(
            &input.entity_type,
            Field::in_row("partner_entity_type", row),
            &format!("the type of partner {n}"),
            errors,
            EntityType::from_slug,
        );
        if let (Some(name), Some(entity_type)) = (name, entity_type) {
            partners.push(Partner { name, entity_type });
        }
    }
    partners
}

/// Deliverables that are filled in; errors name the row.
pub fn parse_deliverables(rows: &[DeliverableInput], errors: &mut FieldErrors) -> Vec<Deliverable> {
    let filled = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .map(|(i, _)| i);
    check_row_count(filled, "deliverable_title", "deliverables", errors);
    let mut deliverables = Vec::new();
    for (row, input) in rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .take(MAX_ROWS)
    {
        let n = row + 1;
        let title = one_line(
            &input.title,
            Field::in_row("deliverable_title", row),
            &format!("the title of deliverable {n}"),
            true,
            errors,
        );
        let due_date = date_at(
            &input.due_date,
            Field::in_row("deliverable_due_date", row),
            &format!("Due date of deliverable {n}"),
            errors,
        );
        let status = choice_at(
            &input.status,
            Field::in_row("deliverable_status", row),
            &format!("the status of deliverable {n}"),
            errors,
            DeliverableStatus::from_slug,
        );
        if let (Some(title), Some(due_date), Some(status)) = (title, due_date, status) {
            deliverables.push(Deliverable {
                title,
                due_date,
                status,
            });
        }
    }
    deliverables
}

/// Resources that are filled in; errors name the row.
pub fn parse_resources(rows: &[ResourceInput], errors: &mut FieldErrors) -> Vec<Resource> {
    let filled = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .map(|(i, _)| i);
    check_row_count(filled, "resource_kind", "resources", errors);
    let mut resources = Vec::new();
    for (row, input) in rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .take(MAX_ROWS)
    {
        let n = row + 1;
        let kind = choice_at(
            &input.kind,
            Field::in_row("resource_kind", row),
            &format!("the kind of resource {n}"),
            errors,
            ResourceKind::from_slug,
        );
        let description = one_line(
            &input.description,
            Field::in_row("resource_description", row),
            &format!("a description of resource {n}"),
            true,
            errors,
        );
        let amount = amount(&input.amount, row, errors);
        let currency = currency(&input.currency, row, errors);
        if let (Some(kind), Some(description), Some(amount), Some(currency)) =
            (kind, description, amount, currency)
        {
            resources.push(Resource {
                kind,
                description,
                amount,
                currency,
            });
        }
    }
    resources
}

fn amount(raw: &str, row: usize, errors: &mut FieldErrors) -> Option<u64> {
    let field = Field::in_row("resource_amount", row);
    let value = raw.trim();
    let n = row + 1;
    if value.is_empty() {
        errors.add(
            field,
            format!("Enter the amount of resource {n}, as a whole number (0 if none)"),
        );
        return None;
    }
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        errors.add(field, format!("The amount of resource {n} must be a whole number of 0 or more, digits only, like 25000"));
        return None;
    }
    let parsed = value
        .parse::<u64>()
        .ok()
        .filter(|a| i64::try_from(*a).is_ok());
    if parsed.is_none() {
        errors.add(
            field,
            format!("The amount of resource {n} is too large: enter at most 9223372036854775807"),
        );
    }
    parsed
}

fn currency(raw: &str, row: usize, errors: &mut FieldErrors) -> Option<String> {
    let field = Field::in_row("resource_currency", row);
    let value = raw.trim();
    let n = row + 1;
    if value.len() == 3 && value.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some(value.to_ascii_uppercase());
    }
    if value.is_empty() {
        errors.add(
            field,
            format!("Enter the currency of resource {n}, as a 3-letter code like USD"),
        );
    } else {
        errors.add(
            field,
            format!("The currency of resource {n} must be a 3-letter code like USD or EUR"),
        );
    }
    None
}
