//! Bản tin điện tử Đảng bộ quận Lê Chân: a static, client-side reader for the district's
//! electronic bulletin. See ARCHITECTURE.md for the map of this crate.

// The page writer renders whole pages on the host; their view types nest deeply.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod content;
pub mod dom;
pub mod handover;
pub mod index;
pub mod model;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod readiness;
pub mod search;
