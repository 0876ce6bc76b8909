//! The search box in the header, on every page.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::{current_site_path, feed_href};

/// A search form. On the home page results follow the typing (the address is replaced, so
/// typing does not fill the history); elsewhere, or on Enter, it opens the results at
/// `/?q=…` as a new history entry. The category filter in effect is kept.
#[component]
pub fn SearchBox() -> impl IntoView {
    let location = use_location();
    let query = use_query_map();
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_home = move || current_site_path(&location.pathname.get_untracked()) == "/";
    let url_text = Memo::new(move |_| {
        (current_site_path(&location.pathname.get()) == "/")
            .then(|| query.read().get("q"))
            .flatten()
            .unwrap_or_default()
    });
    // Keep the box in step with the address when something else changed it (Back, "Xóa tìm
    // kiếm"). The address holds the text trimmed, so a box that differs only by spaces the
    // reader is still typing ("dang ") is left alone, and so is the caret.
    Effect::new(move |_| {
        let text = url_text.get();
        if let Some(element) = input.get() {
            if element.value().trim() != text {
                element.set_value(&text);
            }
        }
    });
    let category = move || {
        on_home()
            .then(|| query.read_untracked().get("chuyen-muc"))
            .flatten()
    };
    let go = {
        let navigate = navigate.clone();
        move |replace: bool| {
            let text = input.get_untracked().map(|e| e.value()).unwrap_or_default();
            let options = NavigateOptions {
                replace,
                scroll: !replace,
                ..Default::default()
            };
            navigate(&feed_href(Some(&text), category().as_deref()), options);
        }
    };
    let on_input = {
        let go = go.clone();
        move |_| {
            if on_home() {
                go(true);
            }
        }
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        go(false);
    };
    view! {
        <form class="bt-search" role="search" action="./" method="get" on:submit=on_submit>
            <label class="bt-visually-hidden" for="tim-kiem">
                "Tìm bài viết"
            </label>
            <input
                id="tim-kiem"
                class="bt-search__input"
                type="search"
                name="q"
                placeholder="Tìm bài viết…"
                autocomplete="off"
                node_ref=input
                on:input=on_input
            />
            <button class="bt-search__button" type="submit">
                "Tìm"
            </button>
        </form>
    }
}
