//! The browser tab's title for the current page.

use leptos::prelude::*;

use crate::model::site::SITE_NAME;

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
