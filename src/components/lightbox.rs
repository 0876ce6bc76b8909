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
    let hrefs = StoredValue::new(work_links(&works, collection.as_deref()));
    let neighbour =
        move |delta: i32| hrefs.with_value(|h| h.get(wrapped(index.get(), delta, count)).cloned());
    let gallery = Route::gallery(collection.as_deref()).relative();
    let works = StoredValue::new(works);
    let work = Memo::new(move |_| works.with_value(|w| w.get(index.get()).cloned()));
    let view = RwSignal::new(View::default());
    let dialog = NodeRef::<leptos::html::Div>::new();

    let step = move |delta: i32| {
        if count > 0 {
            on_move.run(wrapped(index.get_untracked(), delta, count));
        }
    };
    let zoom = move |factor: f64| view.update(|v| *v = v.zoomed_by(factor));

    // A new work starts unzoomed; its neighbours are fetched ahead of time.
    Effect::new(move |_| {
        let i = index.get();
        view.set(View::default());
        works.with_value(|w| preload_neighbours(w, i));
    });

    focus_when_open(dialog);
    let on_keydown = move |event: KeyboardEvent| {
        let key = event.key();
        match Key::of(&key) {
            Some(Key::Close) => {
                event.prevent_default();
                on_close.run(());
            }
            Some(Key::Step(delta)) => step(delta),
            Some(Key::Zoom(factor)) => zoom(factor),
            Some(Key::Tab) => {
                if let Some(element) = dialog.get_untracked() {
                    trap_focus(&element, &event);
                }
            }
            None => {}
        }
    };

    let position = move || format!("{} / {}", index.get() + 1, count);
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
            <LightboxBar
                position=Signal::derive(position)
                zoom=Callback::new(zoom)
                gallery
                on_close
            />
            {stage}
            <LightboxArrows
                previous=Signal::derive(move || neighbour(-1))
                next=Signal::derive(move || neighbour(1))
                step=Callback::new(step)
            />
            <LightboxCaption work=Signal::derive(move || work.get()) />
            <Announcement work=Signal::derive(move || work.get()) index count />
        </div>
    }
}

/// The dialog's bar: where the reader is ("3 / 12"), zooming out and in, and closing (a
/// link to the gallery, for a reader without the app).
#[component]
fn LightboxBar(
    position: Signal<String>,
    zoom: Callback<f64>,
    gallery: String,
    on_close: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="bt-lightbox__bar">
            <p class="bt-lightbox__counter">{position}</p>
            <div class="bt-lightbox__tools">
                <button type="button" class="bt-lightbox__tool" data-key="zoom-out" aria-label="Thu nhỏ" on:click=move |_| zoom.run(0.8)>
                    "−"
                </button>
                <button type="button" class="bt-lightbox__tool" data-key="zoom-in" aria-label="Phóng to" on:click=move |_| zoom.run(1.25)>
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
    }
}

/// Focus moves into the dialog when it opens (a written page's dialog has `autofocus`).
fn focus_when_open(dialog: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        if let Some(element) = dialog.get() {
            let _ = element.focus();
        }
    });
}

/// The previous and next works, as links (`rel`), moved to in place by the app.
#[component]
fn LightboxArrows(
    previous: Signal<Option<String>>,
    next: Signal<Option<String>>,
    step: Callback<i32>,
) -> impl IntoView {
    view! {
        <Arrow href=previous delta=-1 step />
        <Arrow href=next delta=1 step />
    }
}

/// The arrow to the work `delta` (-1 or 1) away, at `href`.
#[component]
fn Arrow(href: Signal<Option<String>>, delta: i32, step: Callback<i32>) -> impl IntoView {
    let (rel, label, sign) = if delta < 0 {
        ("prev", "Tác phẩm trước", "‹")
    } else {
        ("next", "Tác phẩm sau", "›")
    };
    view! {
        <a
            class=format!("bt-lightbox__arrow bt-lightbox__arrow--{rel}")
            href=href
            rel=rel
            aria-label=label
            on:click=move |event| {
                if in_place(&event) {
                    step.run(delta);
                }
            }
        >
            {sign}
        </a>
    }
}

/// Says which work is shown, to a screen reader, as the reader moves.
#[component]
fn Announcement(work: Signal<Option<Work>>, index: Signal<usize>, count: usize) -> impl IntoView {
    let text = move || {
        work.get()
            .map(|w| format!("Tác phẩm {} trên {}: {}", index.get() + 1, count, w.title))
            .unwrap_or_default()
    };
    view! {
        <p class="bt-visually-hidden" aria-live="polite" aria-atomic="true">
            {text}
        </p>
    }
}

/// The place `delta` works from `index` among `count`, round from the last to the first.
fn wrapped(index: usize, delta: i32, count: usize) -> usize {
    (index as i64 + i64::from(delta)).rem_euclid(count.max(1) as i64) as usize
}

/// What a key does in the dialog: Escape closes, the arrows move, `+`/`-` zoom, Tab keeps
/// focus inside.
enum Key {
    Close,
    Step(i32),
    Zoom(f64),
    Tab,
}

impl Key {
    fn of(key: &str) -> Option<Key> {
        Some(match key {
            "Escape" => Key::Close,
            "ArrowLeft" => Key::Step(-1),
            "ArrowRight" => Key::Step(1),
            "+" | "=" => Key::Zoom(1.25),
            "-" | "_" => Key::Zoom(0.8),
            "Tab" => Key::Tab,
            _ => return None,
        })
    }
}

/// Each work's address, the collection filter kept.
fn work_links(works: &[Work], collection: Option<&str>) -> Vec<String> {
    works
        .iter()
        .map(|w| Route::work(&w.id, collection).relative())
        .collect()
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
