//! The browser tab's title for the current page.

use leptos::prelude::*;

/// The site's name, at the end of every page title and in the masthead until the catalog
/// gives its own.
pub const SITE_NAME: &str = "Bản tin điện tử Đảng bộ quận Lê Chân";

/// The page titles that are words rather than content, shared by `DocumentTitle` and the
/// files the build writes, so both say the same.
pub mod titles {
    pub const HOME: &str = "Trang chủ";
    pub const GALLERY: &str = "Trưng bày";
    pub const SEARCH: &str = "Tìm kiếm";
    pub const ARCHIVE: &str = "Lưu trữ các số";
    pub const PREVIEW: &str = "Xem trước nội dung";
    pub const NOT_FOUND: &str = "Không tìm thấy trang";

    /// An issue's printed copy.
    pub fn print(issue_title: &str) -> String {
        format!("Bản in: {issue_title}")
    }
}

/// Sets `document.title` to "<text> – Bản tin điện tử" while mounted, so each page has its
/// own title in tabs, history and screen readers. The browser call sits in an effect, which
/// keeps rendering free of browser APIs.
#[component]
pub fn DocumentTitle(
    /// The page's own part of the title.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| {
        let full = format!("{} – {SITE_NAME}", text.get());
        if let Some(document) = crate::dom::window().and_then(|w| w.document()) {
            document.set_title(&full);
        }
    });
}
