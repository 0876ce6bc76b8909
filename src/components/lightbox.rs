//! The lightbox: one gallery work full screen, as a modal dialog.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::zoom_stage::{View, ZoomStage};
use super::ShareBar;
use crate::content;
use crate::model::routes::Route;
use crate::model::Work;

/// The dialog's class, and the key (`handover::KEY`) of its close link: on a work's written
/// page, the page's script (`publish/shell/js/page.js`) gives Esc, ← and → their meaning before any
/// app, by following the close, previous and next links.
pub const CLASS: &str = "bt-lightbox";
pub const CLOSE_KEY: &str = "close";

/// Shows `works[index]` in a modal dialog with its title, caption, place, date and credit,
/// a "3 / 12" counter, previous/next (links to their works' addresses, ← →, swipe), zoom
/// (buttons, + −, wheel, pinch, double tap) and close (a link to the gallery, Esc, tap
/// outside). Focus moves in and stays in; the position is announced; the page behind does
/// not scroll (`style/components.css`); neighbours are preloaded. The page writer draws it
/// for a work's address, where its links work before any app.
#[component]
pub fn Lightbox(
    /// The works the reader moves through, in grid order.
    works: Vec<Work>,
    /// The collection filter in effect, kept in the links.
    collection: Option<String>,
    /// Which one is shown.
    #[prop(into)]
    index: Signal<usize>,
    /// Called with the index to show next (already wrapped around).
    on_move: Callback<usize>,
    /// Called to close the lightbox.
    on_close: Callback<()>,
) -> impl IntoView {
    let count = works.len();
    let hrefs: Vec<String> = works
        .iter()
        .map(|w| Route::work(&w.id, collection.as_deref()).relative())
        .collect();
    let hrefs = StoredValue::new(hrefs);
    let neighbour = move |delta: i64| {
        let i = (index.get() as i64 + delta).rem_euclid(count.max(1) as i64) as usize;
        hrefs.with_value(|h| h.get(i).cloned())
    };
    let gallery = Route::gallery(collection.as_deref()).relative();
    let works = StoredValue::new(works);
    let work = Memo::new(move |_| works.with_value(|w| w.get(index.get()).cloned()));
    let view = RwSignal::new(View::default());
    let dialog = NodeRef::<leptos::html::Div>::new();

    let step = move |delta: i32| {
        if count > 0 {
            let next = (index.get_untracked() as i64 + delta as i64).rem_euclid(count as i64);
            on_move.run(next as usize);
        }
    };
    let zoom = move |factor: f64| {
        // Buttons and keys zoom around the centre; the frame size only bounds the pan.
        view.update(|v| *v = v.zoomed(factor, f64::MAX, f64::MAX));
        if !view.get_untracked().is_zoomed() {
            view.set(View::default());
        }
    };

    // A new work starts unzoomed; its neighbours are fetched ahead of time.
    Effect::new(move |_| {
        let i = index.get();
        view.set(View::default());
        works.with_value(|w| preload_neighbours(w, i));
    });

    // Focus moves into the dialog when it opens (a written page's dialog has `autofocus`).
    Effect::new(move |_| {
        if let Some(element) = dialog.get() {
            let _ = element.focus();
        }
    });
    let on_keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            on_close.run(());
        }
        "ArrowLeft" => step(-1),
        "ArrowRight" => step(1),
        "+" | "=" => zoom(1.25),
        "-" | "_" => zoom(0.8),
        "Tab" => {
            if let Some(element) = dialog.get_untracked() {
                trap_focus(&element, &event);
            }
        }
        _ => {}
    };

    let position = move || format!("{} / {}", index.get() + 1, count);
    let announcement = move || {
        work.get()
            .map(|w| format!("Tác phẩm {} trên {}: {}", index.get() + 1, count, w.title))
            .unwrap_or_default()
    };
    let stage = move || {
        work.get().map(|w| {
            view! {
                <ZoomStage
                    image=w.image
                    view
                    on_swipe=Callback::new(step)
                    on_backdrop_tap=on_close
                />
            }
        })
    };

    view! {
        <div
            class=CLASS
            role="dialog"
            aria-modal="true"
            aria-labelledby="bt-lightbox-title"
            tabindex="-1"
            autofocus
            node_ref=dialog
            on:keydown=on_keydown
        >
            <div class="bt-lightbox__bar">
                <p class="bt-lightbox__counter">{position}</p>
                <div class="bt-lightbox__tools">
                    <button type="button" class="bt-lightbox__tool" data-key="zoom-out" aria-label="Thu nhỏ" on:click=move |_| zoom(0.8)>
                        "−"
                    </button>
                    <button type="button" class="bt-lightbox__tool" data-key="zoom-in" aria-label="Phóng to" on:click=move |_| zoom(1.25)>
                        "+"
                    </button>
                    <a class="bt-lightbox__tool" href=gallery aria-label="Đóng" data-key=CLOSE_KEY on:click=move |event| {
                        if in_place(&event) {
                            on_close.run(());
                        }
                    }>
                        "×"
                    </a>
                </div>
            </div>
            {stage}
            <a
                class="bt-lightbox__arrow bt-lightbox__arrow--prev"
                href=move || neighbour(-1)
                rel="prev"
                aria-label="Tác phẩm trước"
                on:click=move |event| {
                    if in_place(&event) {
                        step(-1);
                    }
                }
            >
                "‹"
            </a>
            <a
                class="bt-lightbox__arrow bt-lightbox__arrow--next"
                href=move || neighbour(1)
                rel="next"
                aria-label="Tác phẩm sau"
                on:click=move |event| {
                    if in_place(&event) {
                        step(1);
                    }
                }
            >
                "›"
            </a>
            <LightboxCaption work=Signal::derive(move || work.get()) />
            <p class="bt-visually-hidden" aria-live="polite" aria-atomic="true">
                {announcement}
            </p>
        </div>
    }
}

/// Whether a click on one of the dialog's links is the app's to answer in place (moving
/// without a history entry, closing with Back): a plain click. One with a modifier key or
/// another button opens the link as the browser does (a new tab, a new window).
fn in_place(event: &leptos::ev::MouseEvent) -> bool {
    let plain = event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
    if plain {
        event.prevent_default();
    }
    plain
}

/// Keeps Tab and Shift+Tab cycling through the dialog's buttons and links on screen (not
/// the address printed on paper).
fn trap_focus(dialog: &web_sys::HtmlDivElement, event: &KeyboardEvent) {
    let Ok(buttons) = dialog.query_selector_all("button, a[href]") else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|element| element.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (buttons.first(), buttons.last()) else {
        return;
    };
    let active = crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let is = |element: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == element.unchecked_ref::<web_sys::Element>())
    };
    let on_dialog = active
        .as_ref()
        .is_some_and(|a| a == dialog.unchecked_ref::<web_sys::Element>());
    if event.shift_key() && (is(first) || on_dialog) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && (is(last) || on_dialog) {
        event.prevent_default();
        let _ = first.focus();
    }
}

/// The shown work's title, caption, place, date, credit and share buttons.
#[component]
fn LightboxCaption(
    /// The work shown.
    work: Signal<Option<Work>>,
) -> impl IntoView {
    let caption = move || {
        work.get().map(|w| {
            let meta = match &w.image.credit {
                Some(credit) => format!("{} · {} · {}", w.place, w.date.short_vi(), credit),
                None => format!("{} · {}", w.place, w.date.short_vi()),
            };
            view! {
                <h2 id="bt-lightbox-title" class="bt-lightbox__title">{w.title.to_string()}</h2>
                <p class="bt-lightbox__text">{w.caption.to_string()}</p>
                <p class="bt-lightbox__meta">{meta}</p>
                <ShareBar title=w.title.to_string() path=Route::work(&w.id, None).href() />
            }
        })
    };
    view! { <div class="bt-lightbox__caption">{caption}</div> }
}

/// Asks the browser for the pictures before and after `works[index]`, so moving is instant.
fn preload_neighbours(works: &[Work], index: usize) {
    let count = works.len();
    if count < 2 {
        return;
    }
    for n in [(index + 1) % count, (index + count - 1) % count] {
        if let Ok(img) = web_sys::HtmlImageElement::new() {
            img.set_src(&content::image_url(&works[n].image.src));
        }
    }
}
