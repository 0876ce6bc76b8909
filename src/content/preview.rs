//! The editor preview's files: JSON and pictures an editor opened from their own computer,
//! served to the loading layer in place of the site's files. Nothing is uploaded: the JSON
//! is kept in this browser's `localStorage` (so the preview survives a reload) and pictures
//! as object URLs (which do not survive one; the site's own picture at the same path shows
//! instead, or the picture is reported as not loading).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;

const STORAGE_KEY: &str = "ban-tin-le-chan:xem-truoc";

/// What the editor opened.
#[derive(Default)]
struct Opened {
    /// JSON text by site path (`data/issues/so-11-2024.json`).
    json: BTreeMap<String, String>,
    /// Object URLs of pictures by site path (`images/bai/a.jpg`).
    images: HashMap<String, String>,
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = RefCell::new(restore());
    /// Bumped whenever the preview changes, so whatever shows content loads it again.
    static GENERATION: ArcRwSignal<u64> = ArcRwSignal::new(0);
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn restore() -> Option<Opened> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    let json: BTreeMap<String, String> = serde_json::from_str(&text).ok()?;
    Some(Opened {
        json,
        images: HashMap::new(),
    })
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
        Some(o) => {
            let mut images: Vec<String> = o.images.keys().cloned().collect();
            images.sort();
            (o.json.keys().cloned().collect(), images)
        }
        None => (Vec::new(), Vec::new()),
    })
}

/// Adds files to the preview (a file opened again replaces its earlier text); with
/// `replace`, drops what was opened before (a whole folder).
pub fn open(json: Vec<(String, String)>, images: Vec<(String, String)>, replace: bool) {
    OPENED.with_borrow_mut(|slot| {
        let opened = slot.get_or_insert_with(Opened::default);
        if replace {
            for url in opened.images.values() {
                let _ = web_sys::Url::revoke_object_url(url);
            }
            *opened = Opened::default();
        }
        opened.json.extend(json);
        for (path, url) in images {
            if let Some(old) = opened.images.insert(path, url) {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
        }
        save(opened);
    });
    changed();
}

/// Leaves the preview: the site's own files show again.
pub fn close() {
    OPENED.with_borrow_mut(|slot| {
        if let Some(opened) = slot.take() {
            for url in opened.images.values() {
                let _ = web_sys::Url::revoke_object_url(url);
            }
        }
    });
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    changed();
}

fn save(opened: &Opened) {
    let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&opened.json)) else {
        return;
    };
    // Over the browser's quota the preview still works, until the next reload.
    let _ = storage.set_item(STORAGE_KEY, &text);
}

fn changed() {
    super::forget_loads();
    GENERATION.with(|g| g.update(|n| *n += 1));
}
