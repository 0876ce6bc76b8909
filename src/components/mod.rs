//! Reusable pieces of the reader. Components receive data as props and do no I/O.

mod article_body;
mod article_list_item;
mod breadcrumbs;
mod category_chips;
mod cover;
pub mod document_title;
mod emblem;
mod feed_item;
mod figure;
#[cfg(feature = "preview")]
mod file_picker;
mod found_works;
mod gallery_grid;
mod gallery_strip;
mod highlighted_text;
pub mod issue_card;
mod issue_masthead;
mod kicker;
mod lead_story;
pub mod lightbox;
mod load_error;
mod loading;
mod occasion_list;
#[cfg(feature = "preview")]
mod paste_box;
mod picture;
#[cfg(feature = "preview")]
mod preview_banner;
#[cfg(feature = "preview")]
mod preview_report;
pub mod print_address;
pub mod related_articles;
mod search_box;
pub mod share_bar;
mod site_footer;
pub mod site_header;
mod skip_link;
pub mod text_size;
pub mod zoom_stage;

pub use article_body::ArticleBody;
pub use article_list_item::ArticleListItem;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use category_chips::CategoryChips;
pub use cover::Cover;
pub use document_title::{titles, DocumentTitle, SITE_NAME};
pub use emblem::Emblem;
pub use feed_item::FeedItem;
pub use figure::Figure;
#[cfg(feature = "preview")]
pub use file_picker::{file_list, FilePicker};
pub use found_works::FoundWorks;
pub use gallery_grid::GalleryGrid;
pub use gallery_strip::GalleryStrip;
pub use highlighted_text::HighlightedText;
pub use issue_card::IssueCard;
pub use issue_masthead::IssueMasthead;
pub use kicker::Kicker;
pub use lead_story::{LeadStory, Story};
pub use lightbox::Lightbox;
pub use load_error::{LoadErrorPanel, PartialNotice, ProblemList};
pub use loading::Loading;
pub use occasion_list::OccasionList;
#[cfg(feature = "preview")]
pub use paste_box::PasteBox;
pub use picture::Picture;
#[cfg(feature = "preview")]
pub use preview_banner::PreviewBanner;
#[cfg(feature = "preview")]
pub use preview_report::PreviewReport;
pub use print_address::PrintAddress;
pub use related_articles::{RelatedArticles, RELATED};
pub use search_box::SearchBox;
pub use share_bar::ShareBar;
pub use site_footer::SiteFooter;
pub use site_header::{SiteHeader, TODAY_CLASS};
pub use skip_link::{FocusOnNavigate, SkipLink};
pub use text_size::TextSize;
