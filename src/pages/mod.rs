//! Route targets, one per file. Pages ask the loading layer for data and hand it to
//! components.

mod article;
mod home;
mod issue;
mod not_found;

pub use article::ArticlePage;
pub use home::HomePage;
pub use issue::IssuePage;
pub use not_found::NotFoundPage;
