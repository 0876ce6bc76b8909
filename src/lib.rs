//! Bản tin điện tử Đảng bộ quận Lê Chân: a static, client-side reader for the district's
//! electronic bulletin. See ARCHITECTURE.md for the map of this crate.

pub mod app;
pub mod components;
pub mod content;
pub mod model;
pub mod pages;
