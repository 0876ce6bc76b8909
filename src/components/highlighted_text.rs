//! Text with the words of a search marked.

use leptos::prelude::*;

use crate::model::search::highlight;

/// Renders `text` with every accent-insensitive match of `terms` inside `<mark>`, as text
/// nodes (never HTML).
#[component]
pub fn HighlightedText(
    /// The text to show.
    text: String,
    /// Folded search words; empty shows the text as it is.
    terms: Vec<String>,
) -> impl IntoView {
    highlight(&text, &terms)
        .into_iter()
        .map(|segment| {
            if segment.matched {
                view! { <mark>{segment.text}</mark> }.into_any()
            } else {
                segment.text.into_any()
            }
        })
        .collect_view()
}
