//! The first thing a keyboard user reaches on every page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Bỏ qua, đến nội dung chính": moves focus to the element with id `target`. Handled here
/// rather than left to the browser, because the router intercepts in-page `#` links.
#[component]
pub fn SkipLink(
    /// The id of the main content element (it needs `tabindex="-1"`).
    target: &'static str,
) -> impl IntoView {
    let on_click = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    };
    view! {
        <a class="bt-skip" href=format!("#{target}") on:click=on_click>
            "Bỏ qua, đến nội dung chính"
        </a>
    }
}
