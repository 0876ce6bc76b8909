//! Keyboard and screen-reader focus: the skip link, and focus after navigation.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::current_site_path;
use wasm_bindgen::JsCast;

/// Focuses the element with this id without scrolling (so Back keeps its scroll position).
fn focus_by_id(id: &str) {
    let element = crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// "Bỏ qua, đến nội dung chính": moves focus to the element with id `target`. Handled here
/// rather than left to the browser, because the router intercepts in-page `#` links.
#[component]
pub fn SkipLink(
    /// The id of the main content element (it needs `tabindex="-1"`).
    target: &'static str,
) -> impl IntoView {
    let on_click = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_by_id(target);
    };
    view! {
        <a class="bt-skip" href=format!("#{target}") on:click=on_click>
            "Bỏ qua, đến nội dung chính"
        </a>
    }
}

/// After each navigation to another page inside the app, moves focus to `target`, so a
/// keyboard or screen reader user starts at the new page's content instead of on a link that
/// no longer exists. The first page load is left alone, and so are changes of the query
/// (`?q=`, `?chuyen-muc=`): the reader is still typing in the search box or on the chip they
/// pressed.
#[component]
pub fn FocusOnNavigate(
    /// The id of the main content element (it needs `tabindex="-1"`).
    target: &'static str,
    /// Maps a path to the page it shows; moves between paths of one page keep focus.
    page_key: fn(&str) -> &str,
) -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let current = page_key(&current_site_path(&location.pathname.get())).to_owned();
        if previous.is_some_and(|p| p != current) {
            focus_by_id(target);
        }
        current
    });
}
