//! Reusable pieces of the reader. Components receive data as props and do no I/O.

mod article_body;
mod article_list_item;
mod breadcrumbs;
mod category_chips;
mod document_title;
mod feed_item;
mod figure;
mod gallery_grid;
mod highlighted_text;
pub mod issue_card;
mod lightbox;
mod load_error;
mod loading;
mod search_box;
mod site_footer;
mod site_header;
mod skip_link;
pub mod zoom_stage;

pub use article_body::ArticleBody;
pub use article_list_item::ArticleListItem;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use category_chips::CategoryChips;
pub use document_title::DocumentTitle;
pub use feed_item::FeedItem;
pub use figure::Figure;
pub use gallery_grid::GalleryGrid;
pub use highlighted_text::HighlightedText;
pub use issue_card::IssueCard;
pub use lightbox::Lightbox;
pub use load_error::LoadErrorPanel;
pub use loading::Loading;
pub use search_box::SearchBox;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::{FocusOnNavigate, SkipLink};
