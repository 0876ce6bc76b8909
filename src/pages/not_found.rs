//! The page for any unknown path or id.

use leptos::prelude::*;

use crate::components::{titles, DocumentTitle};
use crate::model::routes::Route;

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
