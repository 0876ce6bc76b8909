//! Text with the words of a search marked.

use leptos::prelude::*;

use crate::search::{highlight, Query, Segment};

/// Renders `text` with every accent-insensitive match of the query's words inside `<mark>`,
/// as text nodes (never HTML).
#[component]
pub fn HighlightedText(
    /// The text to show.
    text: String,
    /// The search; `None` shows the text as it is.
    query: Option<Query>,
) -> impl IntoView {
    let segments = match &query {
        Some(query) => highlight(&text, query),
        None => vec![Segment {
            text,
            matched: false,
        }],
    };
    segments
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
