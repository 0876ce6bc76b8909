//! The editor preview's files: JSON and pictures an editor opened from their own computer,
//! served to the loading layer in place of the site's files. Nothing is uploaded. The JSON
//! is kept in this browser's `localStorage` and the pictures in its Cache Storage, so the
//! preview survives a reload; pictures are shown from object URLs made from those copies.
//! Reading the chosen files and checking them is here too (the I/O); where each file goes
//! and what the editor is told are the pure rules of `model::preview`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::check::{
    check_folder_report, FolderReport, ImageCheck, PictureRef, CATALOG_FILE,
};
use crate::model::preview::{
    catalog_among, folder_without_catalog, lone_picture_unnamed, opened_summary, opening,
    pictures_by_name, place_json, Opening, PASTED,
};
use crate::model::{parse_catalog, Catalog, ContentError};

use crate::handover::PREVIEW_KEY as STORAGE_KEY;
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

/// Reads the files an editor chose (a folder, or single files) into the preview. `catalog`
/// places single files. Returns what to tell the editor and the files that could not be
/// placed, with why.
pub async fn read_files(
    files: Vec<web_sys::File>,
    folder: bool,
    catalog: Option<Catalog>,
) -> (String, Vec<ContentError>) {
    let mut refused = Vec::new();
    let mut ignored = 0;
    let mut texts = Vec::new();
    let mut pictures = Vec::new();
    let mut lone_pictures = Vec::new();
    for file in files {
        let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match opening(&file.name(), &relative, &file.type_(), folder) {
            Opening::Json { path } => texts.push((file.name(), path, file)),
            Opening::Picture { path } => pictures.push((path, web_sys::Blob::from(file))),
            Opening::LonePicture => lone_pictures.push(file),
            Opening::Ignored => ignored += 1,
            Opening::Refused(problem) => refused.push(problem),
        }
    }
    let mut read = Vec::new();
    for (name, path, file) in texts {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => read.push((name, path, text)),
            None => refused.push(ContentError::whole_file(&name, "không đọc được tệp")),
        }
    }
    // Single files: a catalog among them places the others.
    let catalog = (!folder)
        .then(|| catalog_among(read.iter().map(|(n, _, t)| (n.as_str(), t.as_str()))))
        .flatten()
        .or(catalog);
    let mut json = Vec::new();
    for (name, path, text) in read {
        match path.map_or_else(|| place_json(&name, &text, catalog.as_ref()), Ok) {
            Ok(path) => json.push((path, text)),
            Err(why) => refused.push(ContentError::whole_file(&name, why)),
        }
    }
    if !lone_pictures.is_empty() {
        let named = pictures_by_name(named_pictures(&json).await);
        for file in lone_pictures {
            match named.get(file.name().as_str()) {
                Some(path) => pictures.push((path.clone(), web_sys::Blob::from(file))),
                None => refused.push(lone_picture_unnamed(&file.name())),
            }
        }
    }
    let said = opened_summary(json.len(), pictures.len(), ignored);
    if folder && !json.iter().any(|(p, _)| p == CATALOG_FILE) {
        refused.push(folder_without_catalog());
        return (said, refused);
    }
    if !json.is_empty() || !pictures.is_empty() {
        open(json, pictures, folder).await;
    }
    (said, refused)
}

/// Opens a pasted text as the file at `target` (empty: recognised by its fields). `Err`
/// says why it could not be placed.
pub async fn paste(
    text: String,
    target: String,
    catalog: Option<Catalog>,
) -> Result<String, ContentError> {
    let name = PASTED;
    let path = if target.is_empty() {
        place_json(name, &text, catalog.as_ref())
            .map_err(|why| ContentError::whole_file(name, why))?
    } else {
        target
    };
    open(vec![(path.clone(), text)], Vec::new(), false).await;
    Ok(path)
}

/// The pictures the content names, with `extra` files not yet opened in their place.
async fn named_pictures(extra: &[(String, String)]) -> Vec<PictureRef> {
    let files = gather(extra).await;
    check_folder_report(&|p: &str| files.get(p).cloned(), ImageCheck::Skip).pictures
}

/// The catalog and every file it names, as the app would load them now (opened copies
/// first, then the site's), with `extra` files not yet opened in their place.
async fn gather(extra: &[(String, String)]) -> HashMap<String, Vec<u8>> {
    let mut files: HashMap<String, Vec<u8>> = extra
        .iter()
        .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
        .collect();
    let load = |path: String| async move {
        super::file_text(&path)
            .await
            .ok()
            .map(|t| (path, t.into_bytes()))
    };
    if !files.contains_key(CATALOG_FILE) {
        if let Some((path, text)) = load(CATALOG_FILE.to_owned()).await {
            files.insert(path, text);
        }
    }
    let catalog = files
        .get(CATALOG_FILE)
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|t| parse_catalog(CATALOG_FILE, t).ok());
    if let Some(catalog) = catalog {
        let loads: Vec<_> = catalog
            .files()
            .into_iter()
            .filter(|p| !files.contains_key(*p))
            .map(|p| load(p.to_owned()))
            .collect();
        for (path, text) in futures::future::join_all(loads).await.into_iter().flatten() {
            files.insert(path, text);
        }
    }
    files
}

/// Checks what the app would show now: the same rules as `check-content`, and each picture
/// asked of the browser (a picture that does not load is a problem at its `src`, one whose
/// size is not the JSON's at its `width`, as `check-content` says it).
pub async fn check() -> FolderReport {
    let files = gather(&[]).await;
    let mut report = check_folder_report(&|p: &str| files.get(p).cloned(), ImageCheck::Skip);
    let mut seen = HashSet::new();
    let probes: Vec<_> = std::mem::take(&mut report.pictures)
        .into_iter()
        .filter(|picture| seen.insert(picture.src.clone()))
        .map(|picture| async move {
            match loads(&image_url(&picture.src)).await {
                None => Some(picture.if_missing()),
                Some((width, height)) => picture.size_problem(width, height),
            }
        })
        .collect();
    report.problems.extend(
        futures::future::join_all(probes)
            .await
            .into_iter()
            .flatten(),
    );
    report
}

/// The size of the picture at `url` once the browser has loaded and decoded it; `None` when
/// it cannot.
async fn loads(url: &str) -> Option<(u32, u32)> {
    let image = web_sys::HtmlImageElement::new().ok()?;
    image.set_src(url);
    JsFuture::from(image.decode()).await.ok()?;
    Some((image.natural_width(), image.natural_height()))
}
