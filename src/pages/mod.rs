//! Route targets, one per file. Pages ask the loading layer for data and hand it to
//! components.

mod article;
mod gallery;
mod gallery_work;
mod home;
mod issue;
mod not_found;
mod preview;

pub use article::{ArticleContents, ArticlePage};
pub use gallery::{GalleryIndex, GalleryPage, GalleryState, StaticGalleryPage};
pub use gallery_work::GalleryWorkPage;
pub use home::{HomePage, StaticHomePage};
pub use issue::{IssueContents, IssuePage};
pub use not_found::NotFoundPage;
pub use preview::PreviewPage;
