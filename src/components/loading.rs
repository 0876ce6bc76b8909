//! What the reader sees while content loads.

use leptos::prelude::*;

/// A polite status message, announced by screen readers, shown while a file loads.
#[component]
pub fn Loading(
    /// What is loading, when more can be said than "Đang tải nội dung…" (a progress count).
    #[prop(optional, into)]
    text: Option<Signal<String>>,
) -> impl IntoView {
    // `try_get`: a status whose signal is gone says the default rather than stop the app.
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
