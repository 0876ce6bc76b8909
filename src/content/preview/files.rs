//! Reading the files an editor chose or pasted into the preview, and checking the opened
//! folder as `check-content` does.

use std::collections::{HashMap, HashSet};

use wasm_bindgen_futures::JsFuture;

use super::{image_url, open};
use crate::model::check::{
    check_folder_report, FolderReport, ImageCheck, PictureRef, CATALOG_FILE,
};
use crate::model::preview::{
    catalog_among, folder_without_catalog, lone_picture_unnamed, opened_summary, opening,
    pictures_by_name, place_json, Opening, PASTED,
};
use crate::model::{parse_catalog, Catalog, ContentError};

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
        crate::content::file_text(&path)
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
