//! Start-up: the app takes over the page the build wrote (`static_page`).
//!
//! Each address's file already shows its page as static HTML, drawn by the same components.
//! The app mounts beside it, hidden, and loads what the page needs. When its page is ready
//! (nothing left loading), it is shown and the written page removed in the same task, so
//! no frame shows both or neither, and with the same markup nothing moves. Focus, scroll
//! and text typed into the search box carry over, and a button pressed before the app was
//! there (the loader starts the app for it: `publish::html::start_on_demand`) is pressed
//! again. Where the written page is not this page
//! (a filtered feed or search, the editor's preview of local files) it is removed at once
//! and the app draws the page as before. If the app's page fails to load (offline, a server
//! error) the written page stays. ARCHITECTURE.md ("Static pages") says why this rather than Leptos hydration.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use crate::app::App;
use crate::content;
use crate::model::routes::Route;
use crate::readiness;

/// The id of the element that holds a page written by the build; its `data-path` names the
/// address it was written for, so the app knows whether it may take it over, and its
/// `data-failed` how many of its parts show a failed load.
pub const STATIC_ROOT: &str = "bt-static";

/// The `data-path` of the page in `404.html`, which static hosts serve for any address
/// without a file: the app takes it over wherever it is served, once its own page (not
/// found, or an address the content gained after the build) is ready.
pub const ANY_PATH: &str = "*";

/// The attribute the written page's loader puts on a button pressed before the app was
/// there (`publish::html::start_on_demand`): the hand-over presses the app's twin of it.
pub const ASKED: &str = "data-asked";

/// What can hold focus in a page, in the order both pages have it.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Mounts the app, taking over the written page when it is this page, in a task of its
/// own: the wasm's compilation and instantiation end one task, and the app's first render
/// (with the lazy compilation of the functions it calls) is the next, so neither blocks the
/// page as long as both did together (BENCHMARKS.md, "Total blocking time").
pub fn mount() {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let later = Closure::once_into_js(mount_now);
    if window
        .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0)
        .is_err()
    {
        mount_now();
    }
}

fn mount_now() {
    let Some(document) = crate::dom::window().and_then(|w| w.document()) else {
        return;
    };
    let written = document.get_element_by_id(STATIC_ROOT);
    let Some(written) = written.filter(is_this_page) else {
        if let Some(other) = document.get_element_by_id(STATIC_ROOT) {
            other.remove();
        }
        leptos::mount::mount_to_body(App);
        return;
    };
    keep_links_plain(&written);
    let Some(root) = hidden_root(&document) else {
        written.remove();
        leptos::mount::mount_to_body(App);
        return;
    };
    leptos::mount::mount_to(root.clone(), App).forget();
    wasm_bindgen_futures::spawn_local(async move {
        // The masthead's links need the catalog's head; then wait for the page.
        let _ = content::listing::front_catalog().await;
        loop {
            match page_state(&root, &written) {
                PageState::Loading => next_frame().await,
                PageState::Ready => break take_over(&written, &root),
                // `404.html` cannot know what this address needed (served offline by the
                // service worker for a page never read): the app's message says it.
                PageState::Failed if for_any_path(&written) => break take_over(&written, &root),
                // The written page already shows what failed to load (offline, a server
                // error): the reader keeps it, and its links load pages as files.
                PageState::Failed => break,
            }
        }
    });
}

enum PageState {
    Loading,
    Ready,
    Failed,
}

/// Until the app takes over, the written page's links load their page as a file: the
/// router (listening on the window) must not send a click on them to the hidden app, which
/// would change the address but not what the reader sees.
fn keep_links_plain(written: &Element) {
    let stop = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        event.stop_propagation();
    });
    let _ = written.add_event_listener_with_callback("click", stop.as_ref().unchecked_ref());
    // Lives as long as the page; it goes with the written page when that is removed.
    stop.forget();
}

/// Whether the written page is `404.html`'s, served for any address without a file.
fn for_any_path(written: &Element) -> bool {
    written.get_attribute("data-path").as_deref() == Some(ANY_PATH)
}

/// The written page shows what the app would: same address, no filter or search in the
/// query (but for the search page), and no preview of local files.
fn is_this_page(written: &Element) -> bool {
    let Some(location) = crate::dom::window().map(|w| w.location()) else {
        return false;
    };
    let path = crate::app::current_site_path(&location.pathname().unwrap_or_default());
    let here = Route::parse(&path, "").map(|route| route.path());
    let written_for = written.get_attribute("data-path").unwrap_or_default();
    // The search page is written before any search: with one, it stays in view (not a blank
    // page) until the app's results are ready.
    let query_allowed = written_for == Route::search(None, None).path();
    let same = for_any_path(written)
        || (here.as_deref() == Some(written_for.as_str())
            && (query_allowed || location.search().unwrap_or_default().is_empty()));
    same && !content::preview::is_active()
}

/// A hidden `<div class="bt-root">` at the end of `<body>` for the app.
fn hidden_root(document: &Document) -> Option<HtmlElement> {
    let root: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    root.set_class_name("bt-root");
    root.set_hidden(true);
    document.body()?.append_child(&root).ok()?;
    Some(root)
}

/// Where the app's page is (`readiness`): still loading; drawn; or drawn with a failed load
/// that the written page does not have.
fn page_state(root: &HtmlElement, written: &Element) -> PageState {
    let drawn = root
        .query_selector("main")
        .ok()
        .flatten()
        .is_some_and(|main| main.child_element_count() > 0);
    if !drawn || readiness::loading() {
        return PageState::Loading;
    }
    let written_failed = written
        .get_attribute("data-failed")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    if readiness::failures() > written_failed {
        PageState::Failed
    } else {
        PageState::Ready
    }
}

/// Resolves at the next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = crate::dom::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Shows the app's page and removes the written one, keeping what the reader was doing.
fn take_over(written: &Element, root: &HtmlElement) {
    let window = crate::dom::window();
    let scroll = window.as_ref().and_then(|w| w.scroll_y().ok());
    let document = written.owner_document();
    let focused = document
        .as_ref()
        .and_then(Document::active_element)
        .and_then(|active| position_in(written, &active));
    let typed = typed_text(written);
    // A button the reader pressed before the app was there (the loader marks it).
    let asked = written
        .query_selector(&format!("[{ASKED}]"))
        .ok()
        .flatten()
        .and_then(|button| twin(written, root, &button));

    root.set_hidden(false);
    written.remove();

    if let (Some(window), Some(y)) = (&window, scroll) {
        if window.scroll_y().ok() != Some(y) {
            window.scroll_to_with_x_and_y(0.0, y);
        }
    }
    for (id, text) in typed {
        let input = root
            .query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input {
            input.set_value(&text);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    // Focus where it was; else into a dialog the page opened (a work's lightbox), which
    // could not take focus while hidden.
    let target = match focused {
        Some(index) => root
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|all| all.item(index)),
        None => root
            .query_selector("[role=dialog]")
            .ok()
            .flatten()
            .map(Into::into),
    };
    if let Some(target) = target.and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
    // The app's own button answers the tap now.
    if let Some(button) = asked {
        button.click();
    }
}

/// The app's copy of `button` of the written page: the button with the same class and
/// words at the same rank among those, so a button only the app shows (the share sheet's)
/// cannot stand in for it.
fn twin(written: &Element, root: &HtmlElement, button: &Element) -> Option<HtmlElement> {
    let alike = |page: &Element| -> Vec<Element> {
        let Ok(all) = page.query_selector_all("button") else {
            return Vec::new();
        };
        (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
            .filter(|b| b.class_name() == button.class_name())
            .filter(|b| b.text_content() == button.text_content())
            .collect()
    };
    let rank = alike(written)
        .iter()
        .position(|b| b.is_same_node(Some(button)))?;
    alike(root).get(rank)?.clone().dyn_into().ok()
}

/// Where `active` is among the focusable elements of `page`, if it is in it.
fn position_in(page: &Element, active: &Element) -> Option<u32> {
    let all = page.query_selector_all(FOCUSABLE).ok()?;
    (0..all.length()).find(|&i| {
        all.item(i)
            .is_some_and(|node| node.is_same_node(Some(active)))
    })
}

/// Text the reader typed into the written page's fields, by field id.
fn typed_text(page: &Element) -> Vec<(String, String)> {
    let Ok(inputs) = page.query_selector_all("input[id]") else {
        return Vec::new();
    };
    (0..inputs.length())
        .filter_map(|i| inputs.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| !input.value().is_empty())
        .map(|input| (input.id(), input.value()))
        .collect()
}
