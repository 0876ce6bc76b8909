//! The page for any unknown path or id, and the other pages that only say something.

use leptos::prelude::*;

use crate::components::{titles, DocumentTitle};
use crate::model::routes::Route;
use crate::model::IssueEntry;

/// A page that only tells the reader something: a heading, what happened, a way on if there
/// is a nearer one, and the way home.
#[component]
pub fn MessagePage(
    /// The browser tab's title.
    title: &'static str,
    heading: &'static str,
    text: String,
    /// A nearer way on than home: its address and label.
    #[prop(optional)]
    way: Option<(String, String)>,
) -> impl IntoView {
    let home_class = if way.is_some() {
        "bt-button bt-button--secondary"
    } else {
        "bt-button"
    };
    view! {
        <DocumentTitle text=title />
        <section class="bt-not-found">
            <h1>{heading}</h1>
            <p>{text}</p>
            <p class="bt-not-found__actions">
                {way.map(|(href, label)| view! { <a href=href class="bt-button">{label}</a> })}
                <a href=Route::HOME.relative() class=home_class>
                    "Về trang chủ"
                </a>
            </p>
        </section>
    }
}

/// A real "not found" page in Vietnamese with a way home, pointing to the search box at the
/// top of the page (the header shows it on this page as on the search page: one box, not
/// two).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <MessagePage
            title=titles::NOT_FOUND
            heading="Không tìm thấy trang"
            text="Địa chỉ này không có trong Bản tin điện tử. Có thể đường dẫn bị gõ sai, hoặc bài viết đã được chuyển đi. Hãy tìm bài viết bạn cần ở ô tìm kiếm đầu trang, hoặc về trang chủ.".to_owned()
        />
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
    let way = (
        Route::issue(&entry.id).relative(),
        format!("Xem mục lục {title}"),
    );
    view! {
        <MessagePage
            title=titles::NOT_FOUND
            heading="Không tìm thấy bài viết"
            text=format!("{title} không có bài viết ở địa chỉ này. Có thể đường dẫn bị gõ sai, hoặc bài viết đã được chuyển đi.")
            way
        />
    }
}
