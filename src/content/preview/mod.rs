//! The editor preview's files: JSON and pictures an editor opened from their own computer,
//! served to the loading layer in place of the site's files. Nothing is uploaded. The JSON
//! is kept in this browser's `localStorage` and the pictures in its Cache Storage, so the
//! preview survives a reload; pictures are shown from object URLs made from those copies.
//! Reading the chosen files and checking them is here too (the I/O); where each file goes
//! and what the editor is told are the pure rules of `model::preview`.

use std::cell::RefCell;
use std::collections::BTreeMap;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::handover::PREVIEW_KEY as STORAGE_KEY;

mod files;

pub use files::{check, paste, read_files};
/// The Cache Storage cache that keeps opened pictures, keyed by `xem-truoc/<site path>`.
const PICTURE_CACHE: &str = "ban-tin-le-chan-xem-truoc";

/// What `localStorage` keeps: the JSON texts and which pictures are in the cache.
#[derive(serde::Serialize, serde::Deserialize)]
struct Saved {
    json: BTreeMap<String, String>,
    #[serde(default)]
    pictures: Vec<String>,
}

/// What the editor opened.
#[derive(Default)]
struct Opened {
    /// JSON text by site path (`data/issues/so-11-2024.json`).
    json: BTreeMap<String, String>,
    /// Object URLs of pictures by site path (`images/bai/a.jpg`).
    images: BTreeMap<String, String>,
}

impl Opened {
    /// Frees the object URLs of the pictures (their blobs stay in memory until then).
    fn revoke_pictures(&self) {
        for url in self.images.values() {
            let _ = web_sys::Url::revoke_object_url(url);
        }
    }
}

thread_local! {
    /// Pictures being restored from the cache after a reload; content waits for them.
    static RESTORING: RefCell<Option<Shared<LocalBoxFuture<'static, ()>>>> =
        const { RefCell::new(None) };
    static OPENED: RefCell<Option<Opened>> = RefCell::new(restore());
    /// Bumped whenever the preview changes, so whatever shows content loads it again.
    static GENERATION: ArcRwSignal<u64> = ArcRwSignal::new(0);
}

fn storage() -> Option<web_sys::Storage> {
    crate::dom::window()?.local_storage().ok().flatten()
}

fn restore() -> Option<Opened> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    let saved: Saved = serde_json::from_str(&text).ok()?;
    if !saved.pictures.is_empty() {
        // Pictures come back from the cache a moment later; content waits (`ready`), so no
        // page asks for the site's picture in the meantime.
        let restoring = restore_pictures(saved.pictures).boxed_local().shared();
        wasm_bindgen_futures::spawn_local(restoring.clone());
        RESTORING.with_borrow_mut(|slot| *slot = Some(restoring));
    }
    Some(Opened {
        json: saved.json,
        images: BTreeMap::new(),
    })
}

async fn picture_cache() -> Option<web_sys::Cache> {
    let caches = crate::dom::window()?.caches().ok()?;
    let cache = JsFuture::from(caches.open(PICTURE_CACHE)).await.ok()?;
    cache.dyn_into().ok()
}

fn picture_key(path: &str) -> String {
    format!("xem-truoc/{path}")
}

async fn restore_pictures(paths: Vec<String>) {
    let Some(cache) = picture_cache().await else {
        return;
    };
    let mut restored = Vec::new();
    for path in paths {
        let Ok(found) = JsFuture::from(cache.match_with_str(&picture_key(&path))).await else {
            continue;
        };
        let Ok(response) = found.dyn_into::<web_sys::Response>() else {
            continue;
        };
        let Some(blob) = response.blob().ok().map(JsFuture::from) else {
            continue;
        };
        let Some(blob) = blob
            .await
            .ok()
            .and_then(|b| b.dyn_into::<web_sys::Blob>().ok())
        else {
            continue;
        };
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
            restored.push((path, url));
        }
    }
    OPENED.with_borrow_mut(|slot| {
        if let Some(opened) = slot {
            opened.images.extend(restored);
        }
    });
}

/// Resolves once the preview's pictures are back after a reload (at once otherwise).
pub async fn ready() {
    // Touch OPENED first: restoring starts when it is first read.
    let _ = is_active();
    let restoring = RESTORING.with_borrow(Clone::clone);
    if let Some(restoring) = restoring {
        restoring.await;
    }
}

async fn drop_picture_cache() {
    if let Some(caches) = crate::dom::window().and_then(|w| w.caches().ok()) {
        let _ = JsFuture::from(caches.delete(PICTURE_CACHE)).await;
    }
}

/// Keeps the pictures for the next reload (replacing the cache's content with `replace`).
async fn keep_pictures(pictures: Vec<(String, web_sys::Blob)>, replace: bool) {
    if replace {
        drop_picture_cache().await;
    }
    let Some(cache) = picture_cache().await else {
        return;
    };
    for (path, blob) in pictures {
        if let Ok(response) = web_sys::Response::new_with_opt_blob(Some(&blob)) {
            let _ = JsFuture::from(cache.put_with_str(&picture_key(&path), &response)).await;
        }
    }
}

/// A signal that changes whenever the preview's files change; read it to load again.
pub fn generation() -> ArcRwSignal<u64> {
    GENERATION.with(Clone::clone)
}

/// Whether this browser is showing an editor's files instead of the site's.
pub fn is_active() -> bool {
    OPENED.with_borrow(Option::is_some)
}

/// The text of an opened JSON file.
pub fn json(path: &str) -> Option<String> {
    OPENED.with_borrow(|o| o.as_ref()?.json.get(path).cloned())
}

/// Where to load a picture from: the opened file's object URL, or the site path.
pub fn image_url(path: &str) -> String {
    OPENED
        .with_borrow(|o| o.as_ref()?.images.get(path).cloned())
        .unwrap_or_else(|| path.to_owned())
}

/// The site paths of the opened JSON files and pictures.
pub fn opened() -> (Vec<String>, Vec<String>) {
    OPENED.with_borrow(|o| match o {
        Some(o) => (
            o.json.keys().cloned().collect(),
            o.images.keys().cloned().collect(),
        ),
        None => (Vec::new(), Vec::new()),
    })
}

/// Adds files to the preview (a file opened again replaces its earlier text); with
/// `replace`, drops what was opened before (a whole folder). Returns once the pictures are
/// kept for the next reload.
pub async fn open(
    json: Vec<(String, String)>,
    images: Vec<(String, web_sys::Blob)>,
    replace: bool,
) {
    let urls: Vec<(String, String)> = images
        .iter()
        .filter_map(|(path, blob)| {
            let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
            Some((path.clone(), url))
        })
        .collect();
    OPENED.with_borrow_mut(|slot| {
        let opened = slot.get_or_insert_with(Opened::default);
        if replace {
            opened.revoke_pictures();
            *opened = Opened::default();
        }
        opened.json.extend(json);
        for (path, url) in urls {
            if let Some(old) = opened.images.insert(path, url) {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
        }
    });
    changed();
    // Written once the pictures are in the cache, so a reload never lists missing ones.
    keep_pictures(images, replace).await;
    OPENED.with_borrow(|slot| {
        if let Some(opened) = slot {
            save(opened);
        }
    });
}

/// Leaves the preview: the site's own files show again.
pub fn close() {
    if let Some(opened) = OPENED.with_borrow_mut(Option::take) {
        opened.revoke_pictures();
    }
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    wasm_bindgen_futures::spawn_local(drop_picture_cache());
    changed();
}

fn save(opened: &Opened) {
    let saved = Saved {
        json: opened.json.clone(),
        pictures: opened.images.keys().cloned().collect(),
    };
    let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&saved)) else {
        return;
    };
    // Over the browser's quota the preview still works, until the next reload.
    let _ = storage.set_item(STORAGE_KEY, &text);
}

fn changed() {
    super::forget_loads();
    GENERATION.with(|g| g.update(|n| *n += 1));
}
