//! What the reader sees while content loads.

use leptos::prelude::*;

/// A polite status message, announced by screen readers, shown while a file loads.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="bt-loading" role="status">
            "Đang tải nội dung…"
        </p>
    }
}
