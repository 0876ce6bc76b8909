//! `/trung-bay/<work-id>`: the gallery with one work open in the lightbox. Shared links and
//! reloads open the same work. Moving between works replaces the history entry, so Back
//! closes the lightbox in one step.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::{titles, DocumentTitle, Lightbox};
use crate::model::routes::{param, Route};
use crate::pages::gallery::GalleryState;

/// The lightbox route, nested in the gallery page.
#[component]
pub fn GalleryWorkPage() -> impl IntoView {
    let Some(state) = use_context::<GalleryState>() else {
        return ().into_any();
    };
    let params = use_params_map();
    let work_id = Memo::new(move |_| params.read().get(param::WORK).unwrap_or_default());
    let navigate = use_navigate();

    // When the lightbox closes (button, Esc, Back), focus returns to the work's thumbnail.
    let shown = StoredValue::new(String::new());
    Effect::new(move |_| shown.set_value(work_id.get()));
    on_cleanup(move || focus_thumbnail(&shown.get_value()));

    let lightbox = move || {
        let navigate = navigate.clone();
        let collections = state.collections.get()?.ok()?;
        let filter = state.collection.get();
        let works = GalleryState::visible_works(&collections, filter.as_deref());
        let ids: Vec<String> = works.iter().map(|w| w.id.to_string()).collect();
        let position = {
            let ids = ids.clone();
            Memo::new(move |_| ids.iter().position(|id| *id == work_id.get()))
        };
        let title = Signal::derive({
            let works = works.clone();
            move || {
                position
                    .get()
                    .and_then(|i| works.get(i))
                    .map_or_else(|| titles::GALLERY.to_owned(), |w| w.title.to_string())
            }
        });
        let quiet = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        let on_move = {
            let (navigate, filter, quiet) = (navigate.clone(), filter.clone(), quiet.clone());
            Callback::new(move |i: usize| {
                if let Some(id) = ids.get(i) {
                    navigate(&Route::work(id, filter.as_deref()).href(), quiet.clone());
                }
            })
        };
        let on_close = {
            let filter = filter.clone();
            Callback::new(move |()| {
                let history = crate::dom::window().and_then(|w| w.history().ok());
                match history {
                    Some(history) if state.opened_from_grid.get_untracked() => {
                        state.opened_from_grid.set(false);
                        let _ = history.back();
                    }
                    _ => navigate(&Route::gallery(filter.as_deref()).href(), quiet.clone()),
                }
            })
        };
        Some(view! {
            <DocumentTitle text=title />
            <Show
                when=move || position.get().is_some()
                fallback=move || {
                    view! {
                        <div class="bt-notice" role="alert">
                            <p>"Không có tác phẩm này trong phòng trưng bày."</p>
                            <p>
                                <a href=Route::gallery(None).relative()>"Xem tất cả tác phẩm"</a>
                            </p>
                        </div>
                    }
                }
            >
                <Lightbox
                    works=works.clone()
                    collection=filter.clone()
                    index=Signal::derive(move || position.get().unwrap_or(0))
                    on_move
                    on_close
                />
            </Show>
        })
    };
    lightbox.into_any()
}

fn focus_thumbnail(work_id: &str) {
    let element = crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("tac-pham-{work_id}")))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
