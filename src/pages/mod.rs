//! Route targets, one per file, and the parts only pages use (the home page's feed, the
//! loading wrapper). Pages ask the content store for data and hand it to components.

mod article;
mod feed;
mod gallery;
mod gallery_work;
mod home;
mod issue;
mod loaded;
mod not_found;
mod preview;

pub use article::{ArticleContents, ArticlePage};
pub use gallery::{GalleryIndex, GalleryPage, GalleryState, StaticGalleryPage};
pub use gallery_work::GalleryWorkPage;
pub use home::{HomePage, StaticHomePage};
pub use issue::{IssueContents, IssuePage};
pub use not_found::NotFoundPage;
pub use preview::PreviewPage;
