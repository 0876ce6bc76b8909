//! Route targets, one per file, and the parts only pages use (the index's listings, the
//! search results, the loading wrapper). Pages ask the content store for data and hand it to components.

mod archive;
mod article;
mod category;
mod feed;
mod gallery;
mod gallery_work;
mod home;
mod issue;
mod issue_print;
mod listing;
mod loaded;
mod not_found;
#[cfg(feature = "preview")]
mod preview;
#[cfg(not(feature = "preview"))]
mod preview_elsewhere;
mod search;

pub use archive::{archive_contents, ArchivePage};
pub use article::{ArticleContents, ArticlePage};
pub use category::{CategoryContents, CategoryPage};
pub use gallery::{GalleryIndex, GalleryPage, GalleryState, StaticGalleryPage};
pub use gallery_work::GalleryWorkPage;
pub use home::{HomePage, StaticHomePage};
pub use issue::{first_collection, IssueContents, IssuePage};
pub use issue_print::{IssuePrintContents, IssuePrintPage, PRINT_KEY};
pub use not_found::NotFoundPage;
#[cfg(feature = "preview")]
pub use preview::PreviewPage;
#[cfg(not(feature = "preview"))]
pub use preview_elsewhere::PreviewPage;
pub use search::{SearchPage, StaticSearchPage};
