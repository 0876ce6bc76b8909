//! The search box in the header, on every page.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::use_route;
use crate::model::routes::{query_key, Route};

/// A search form. On the search page results follow the typing (the address is replaced, so
/// typing does not fill the history); elsewhere, or on Enter, it opens the results at
/// `/tim-kiem?q=…` as a new history entry. The category kept on the search page stays.
/// Before the app starts, the form itself opens the search page.
#[component]
pub fn SearchBox() -> impl IntoView {
    let route = use_route();
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_search = move || route.with_untracked(|r| matches!(r, Some(Route::Search { .. })));
    let url_text = Memo::new(move |_| match route.get() {
        Some(Route::Search { search, .. }) => search.unwrap_or_default(),
        _ => String::new(),
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
    let category = move || match route.get_untracked() {
        Some(Route::Search { category, .. }) => category,
        _ => None,
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
            navigate(
                &Route::search(Some(&text), category().as_deref()).href(),
                options,
            );
        }
    };
    // Typing on the search page searches after the letter is on screen: the search runs in a
    // task of its own after the next paint (a frame, then a timeout), so a keystroke never
    // waits for the ranking, and keystrokes that come faster than searches make one search
    // of the box's text as it is then.
    let pending = StoredValue::new(false);
    let on_input = {
        let go = go.clone();
        move |_| {
            if !on_search() || pending.try_get_value().unwrap_or(true) {
                return;
            }
            pending.set_value(true);
            let go = go.clone();
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if pending.try_set_value(false).is_none() && on_search() {
                            go(true);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            });
        }
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        go(false);
    };
    view! {
        <form class="bt-search" role="search" action=Route::search(None, None).relative() method="get" on:submit=on_submit>
            <label class="bt-visually-hidden" for="tim-kiem">
                "Tìm bài viết"
            </label>
            <input
                id="tim-kiem"
                class="bt-search__input"
                type="search"
                name=query_key::SEARCH
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
