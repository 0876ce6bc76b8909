//! The bulletin's emblem, drawn for this project: a gold star over a waving band, in a
//! red disc with a gold ring. Not a copy of any official emblem.

use leptos::prelude::*;

/// The star and the band, one outline: the `<svg>` has a single child, which the app's
/// renderer draws as the page writer does (several SVG children built one by one got
/// `<g>` wrappers the written page lacks). The disc and its ring are the `<svg>`'s own
/// background and border (`.bt-emblem`).
const STAR_AND_BAND: &str =
    "M24 10l2.6 7.4 7.9.2-6.3 4.8 2.3 7.5-6.5-4.5-6.5 4.5 2.3-7.5-6.3-4.8 7.9-.2z\
                             M10 35q7-4.5 14 0t14 0v3.5q-7 4.5-14 0t-14 0z";

/// The emblem beside the bulletin's name; decorative (the name says who it is).
#[component]
pub fn Emblem() -> impl IntoView {
    view! {
        <svg class="bt-emblem" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <path class="bt-emblem__gold" d=STAR_AND_BAND />
        </svg>
    }
}
