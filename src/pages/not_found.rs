//! The page for any unknown path or id.

use leptos::prelude::*;

use crate::components::{titles, DocumentTitle};
use crate::model::routes::Route;
use crate::model::IssueEntry;

/// A real "not found" page in Vietnamese with a way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <DocumentTitle text=titles::NOT_FOUND />
        <section class="bt-not-found">
            <h1>"Không tìm thấy trang"</h1>
            <p>
                "Địa chỉ này không có trong Bản tin điện tử. Có thể đường dẫn bị gõ sai, hoặc bài viết đã được chuyển đi."
            </p>
            <p>
                <a href=Route::HOME.relative() class="bt-button">
                    "Về trang chủ"
                </a>
            </p>
        </section>
    }
}

/// An address naming an article its issue does not have (a mistyped or old link): says so
/// in the issue's own words, with the way to its table of contents.
#[component]
pub fn MissingArticlePage(
    /// The issue the address names.
    entry: IssueEntry,
) -> impl IntoView {
    let title = entry.title.to_string();
    view! {
        <DocumentTitle text=titles::NOT_FOUND />
        <section class="bt-not-found">
            <h1>"Không tìm thấy bài viết"</h1>
            <p>
                {format!("{title} không có bài viết ở địa chỉ này. Có thể đường dẫn bị gõ sai, hoặc bài viết đã được chuyển đi.")}
            </p>
            <p class="bt-not-found__actions">
                <a href=Route::issue(&entry.id).relative() class="bt-button">
                    {format!("Xem mục lục {title}")}
                </a>
                <a href=Route::HOME.relative() class="bt-button bt-button--secondary">
                    "Về trang chủ"
                </a>
            </p>
        </section>
    }
}
