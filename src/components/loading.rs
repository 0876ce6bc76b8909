//! What the reader sees while content loads.

use leptos::prelude::*;

/// A polite status message, announced by screen readers, shown while a file loads.
#[component]
pub fn Loading(
    /// What is loading, when more can be said than "Đang tải nội dung…" (a progress count).
    #[prop(optional, into)]
    text: Option<Signal<String>>,
) -> impl IntoView {
    // `try_get`: the status can be drawn once more after the part it belongs to is gone
    // (its load finished while the page around it was replaced); it then says the default.
    let text = move || {
        text.and_then(|t| t.try_get())
            .unwrap_or_else(|| "Đang tải nội dung…".to_owned())
    };
    view! {
        <p class="bt-loading" role="status">
            {text}
        </p>
    }
}
