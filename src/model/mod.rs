//! The content model: types of the content format, parsing, validation and lookups.
//!
//! Pure Rust: nothing here imports leptos or web_sys, so every rule about content is tested
//! with plain `cargo test`, and build-time tools can share the same rules as the app.

pub mod check;
pub mod date;
pub mod error;
pub mod parse;
pub mod preview;
pub mod query;
pub mod routes;
pub mod schema;
pub mod suggest;
pub mod syntax;
pub mod text;
pub mod types;

pub use date::{Date, DateTime};
pub use error::{ContentError, FieldPath};
pub use parse::{parse_catalog, parse_gallery, parse_issue, Checked, Problems};
pub use text::{SitePath, Slug, Text};
pub use types::*;
