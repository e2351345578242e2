//! The JSON API under /api/v1: search, one record, and the OpenAPI description.

pub(super) mod guard;
pub(super) mod openapi;
pub(super) mod records;
