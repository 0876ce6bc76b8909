//! The hand-over's contract and its app side: what the written page promises the app (the
//! constants below, which the page writer and its loader `publish/shell/js/loader.js` use too) and
//! how the app takes over the page the build wrote (`static_page`).
//!
//! Each address's file already shows its page as static HTML, drawn by the same components.
//! The app mounts beside it, hidden, and loads what the page needs. When its page is ready
//! (nothing left loading, `readiness`), it is shown and the written page removed in the same
//! task, so no frame shows both or neither, and with the same markup nothing moves. Focus,
//! scroll and text typed into the search box carry over, and a button pressed before the app
//! was there (the loader starts the app for it) is pressed again, both found by [`KEY`].
//! Where the written page is not this page
//! (a filtered feed or search, the editor's preview of local files) it is removed at once
//! and the app draws the page as before. If the app's page fails to load (offline, a server
//! error) the written page stays. ARCHITECTURE.md ("Static pages") says why this rather than Leptos hydration.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use leptos::prelude::*;

use crate::app::App;
use crate::content;
use crate::model::routes::Route;
use crate::readiness;

/// The id of the element that holds a page written by the build; its `data-path` names the
/// address it was written for, so the app knows whether it may take it over, and its
/// `data-failed` how many of its parts show a failed load.
pub const STATIC_ROOT: &str = "bt-static";

/// Where this browser keeps the files an editor opened (`localStorage`). While it is set,
/// every page's loader starts the preview's bundle instead of the readers'
/// (`publish::shell::Bundles`), which reads them back (`content::preview`).
pub const PREVIEW_KEY: &str = "ban-tin-le-chan:xem-truoc";

/// The `data-path` of the page in `404.html`, which static hosts serve for any address
/// without a file: the app takes it over wherever it is served, once its own page (not
/// found, or one drawn from what it kept offline) is ready.
pub const ANY_PATH: &str = "*";

/// The attribute the written page's loader puts on a button pressed before the app was
/// there (`publish/shell/js/loader.js`): the hand-over presses the app's twin of it.
pub const ASKED: &str = "data-asked";

/// The attribute a component writes on each control only the app answers (every
/// `<button type="button">`) and on the parts the written page's script fills: a stable
/// name, the same in the written page and the app's copy, by which the hand-over finds a
/// pressed button's twin and carries focus over (`KEY`'s value, then its rank among those
/// with the same value).
pub const KEY: &str = "data-key";

/// The controls the written page's own script answers (`publish/shell/js/page.js`): they need
/// no content, so a tap on one is answered at once, keeps its user activation (the share
/// sheet and the clipboard ask for it) and does not start the app.
pub const ANSWERED_BY_PAGE: [&str; 6] = [
    crate::components::site_header::MENU_KEY,
    crate::components::text_size::SMALLER_KEY,
    crate::components::text_size::LARGER_KEY,
    crate::components::share_bar::COPY_KEY,
    crate::components::share_bar::SHEET_KEY,
    crate::pages::PRINT_KEY,
];

/// The event the hand-over sends the window when the app came but could not draw this page
/// (its content failed to load): the loader releases the pressed control and tells the
/// reader (`publish::shell`'s loader).
pub const APP_FAILED: &str = "ban-tin:app-failed";

/// The attribute of `<html>` that holds the site's public address (`app::site_url`), which
/// the page writer knows from the build and the app reads, so both write the same shared
/// and printed addresses.
pub const SITE_URL: &str = "data-site-url";

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
    let app_root = root.clone();
    leptos::mount::mount_to(root, move || {
        let app = App();
        // The masthead's links need the catalog's head; then the page's own loads.
        let catalog_in = RwSignal::new(false);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = content::listing::front_catalog().await;
            catalog_in.set(true);
        });
        wait_for_page(app_root, written, catalog_in);
        app
    })
    .forget();
}

/// Takes the page over once the app's copy is ready: an effect that runs again whenever
/// anything the page waits on changes (`readiness::watch`: a load starting or ending, a
/// failure shown) and the catalog's head is in. A page that looks ready is checked again a
/// frame later, once what the change draws is in the document.
fn wait_for_page(root: HtmlElement, written: Element, catalog_in: RwSignal<bool>) {
    let done = StoredValue::new(false);
    let settle = move || {
        let (root, written) = (root.clone(), written.clone());
        wasm_bindgen_futures::spawn_local(async move {
            next_frame().await;
            if done.get_value() || !catalog_in.get_untracked() {
                return;
            }
            match page_state(&root, &written) {
                PageState::Loading => {}
                PageState::Ready => {
                    done.set_value(true);
                    take_over(&written, &root);
                }
                // `404.html` cannot know what this address needed (served offline by the
                // service worker for a page never read): the app's message says it.
                PageState::Failed if for_any_path(&written) => {
                    done.set_value(true);
                    take_over(&written, &root);
                }
                // The written page already shows what failed to load (offline, a server
                // error): the reader keeps it, and its links load pages as files. The
                // loader releases a pressed control and says why nothing happened.
                PageState::Failed => {
                    done.set_value(true);
                    tell_loader_failed();
                }
            }
        });
    };
    Effect::new(move |_| {
        let loading = readiness::watch();
        if catalog_in.get() && !loading && !done.get_value() {
            settle();
        }
    });
}

/// Tells the written page's loader that the app could not draw this page ([`APP_FAILED`]).
fn tell_loader_failed() {
    let event = web_sys::Event::new(APP_FAILED);
    if let (Some(window), Ok(event)) = (crate::dom::window(), event) {
        let _ = window.dispatch_event(&event);
    }
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
        .filter(|active| written.contains(Some(active)));
    // The app's copies of the focused element and of a button the reader pressed before the
    // app was there (the loader marks it), found while both pages are in the document.
    let focus_twin = focused.and_then(|active| twin(written, root, &active));
    let asked = written
        .query_selector(&format!("[{ASKED}]"))
        .ok()
        .flatten()
        .and_then(|button| twin(written, root, &button));
    let typed = typed_text(written);

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
    let target = focus_twin.or_else(|| {
        root.query_selector("[role=dialog]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
    // The app's own button answers the tap now.
    if let Some(button) = asked {
        button.click();
    }
}

/// What names `element` in both pages: the key its component wrote ([`KEY`]), else its
/// `id`, else a link's `href`, else nothing (the dialog itself, which takes focus anyway).
fn key_of(element: &Element) -> Option<(&'static str, String)> {
    [KEY, "id", "href"]
        .into_iter()
        .find_map(|name| Some((name, element.get_attribute(name)?)))
}

/// The app's copy of `element` of the written page: the element with the same key at the
/// same rank among those, so a button only the app shows (the share sheet's) cannot stand
/// in for it, and two links to one address (a list's picture and title) stay apart.
fn twin(written: &Element, root: &HtmlElement, element: &Element) -> Option<HtmlElement> {
    let (name, value) = key_of(element)?;
    let selector = format!("[{name}=\"{}\"]", css_escape(&value));
    let alike = |page: &Element| -> Vec<Element> {
        let Ok(all) = page.query_selector_all(&selector) else {
            return Vec::new();
        };
        (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
            .collect()
    };
    let rank = alike(written)
        .iter()
        .position(|e| e.is_same_node(Some(element)))?;
    alike(root).get(rank)?.clone().dyn_into().ok()
}

/// `value` for a quoted CSS attribute selector: `"` and `\` escaped.
fn css_escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
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
