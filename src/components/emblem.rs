//! The bulletin's emblem, drawn for this project: a gold star over a waving band, in a
//! red disc with a gold ring. Not a copy of any official emblem.

use leptos::prelude::*;

/// The emblem's shapes: a constant of this file, never content. (Written as markup because
/// the app's renderer wraps SVG children built one by one in `<g>` elements, which the
/// written page does not have, and the hand-over compares both.)
const SHAPES: &str = r#"<circle class="bt-emblem__disc" cx="24" cy="24" r="22.5"></circle><polygon class="bt-emblem__gold" points="24,10 26.6,17.4 34.5,17.6 28.2,22.4 30.5,29.9 24,25.4 17.5,29.9 19.8,22.4 13.5,17.6 21.4,17.4"></polygon><path class="bt-emblem__gold" d="M10 35q7-4.5 14 0t14 0v3.5q-7 4.5-14 0t-14 0z"></path>"#;

/// The emblem beside the bulletin's name; decorative (the name says who it is).
#[component]
pub fn Emblem() -> impl IntoView {
    view! {
        <svg
            class="bt-emblem"
            viewBox="0 0 48 48"
            aria-hidden="true"
            focusable="false"
            inner_html=SHAPES
        ></svg>
    }
}
