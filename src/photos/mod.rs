//! Photos of commitments: checking and cleaning an upload, and keeping its file beside its row.
//!
//! An upload is trusted only once it decodes as a JPEG, PNG or WebP image; what is stored and
//! served back is a fresh encoding of the pixels (no metadata, no trailing payload), under a
//! name the server chose.

pub mod clean;
pub mod files;
pub mod slots;

pub use clean::{clean, CleanPhoto, Encoding};
