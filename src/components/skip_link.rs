//! Keyboard and screen-reader focus: the skip link, and focus after navigation.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use leptos_router::hooks::use_location;

use crate::app::{current_site_path, use_route};
use crate::model::routes::Route;

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
/// pressed; so are moves between addresses of one page (`Route::page_key`: the lightbox).
#[component]
pub fn FocusOnNavigate(
    /// The id of the main content element (it needs `tabindex="-1"`).
    target: &'static str,
) -> impl IntoView {
    let route = use_route();
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        // An address no page has: its own path (each is a page of its own).
        let current = route
            .with(|r| r.as_ref().map(Route::page_key))
            .unwrap_or_else(|| current_site_path(&location.pathname.get()));
        if previous.is_some_and(|p| p != current) {
            focus_by_id(target);
        }
        current
    });
}
