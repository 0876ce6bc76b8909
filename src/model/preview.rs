//! Where files an editor opens for the preview belong in the site: pure rules, so the page
//! that reads the files stays thin.

use serde::Deserialize;

use super::check::CATALOG_FILE;
use super::types::Catalog;

/// The site path of a file opened from a folder, from its path inside the folder the editor
/// chose: everything from the first `data/` or `images/` segment on. The editor may pick the
/// content folder itself, `public/`, or the project.
///
/// `public/data/issues/so-11-2024.json` → `data/issues/so-11-2024.json`.
pub fn site_path_in_folder(relative: &str) -> Option<String> {
    let relative = relative.replace('\\', "/");
    let segments: Vec<&str> = relative.split('/').filter(|s| !s.is_empty()).collect();
    let start = segments
        .iter()
        .position(|s| *s == "data" || *s == "images")?;
    (start + 1 < segments.len()).then(|| segments[start..].join("/"))
}

/// What a content file is, read from its top-level fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    Catalog,
    Issue(String),
    Gallery(String),
}

/// Recognises a content file by its fields: `publication` (catalog), `issue` (an issue
/// file) or `collection` (a gallery file). `None` for text that is not JSON or none of these.
pub fn probe_kind(text: &str) -> Option<FileKind> {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        publication: Option<serde::de::IgnoredAny>,
        #[serde(default)]
        issue: Option<String>,
        #[serde(default)]
        collection: Option<String>,
    }
    let probe: Probe = serde_json::from_str(text).ok()?;
    if probe.publication.is_some() {
        Some(FileKind::Catalog)
    } else if let Some(id) = probe.issue {
        Some(FileKind::Issue(id))
    } else {
        probe.collection.map(FileKind::Gallery)
    }
}

/// The site path a single opened (or pasted) JSON file stands for: the catalog, or the file
/// the catalog names for its issue or collection id; failing that, the catalog entry whose
/// file has the same name. `Err` says, in Vietnamese, why it could not be placed.
pub fn place_json(name: &str, text: &str, catalog: Option<&Catalog>) -> Result<String, String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let by_name = || {
        if base == "catalog.json" {
            return Some(CATALOG_FILE.to_owned());
        }
        let catalog = catalog?;
        let files = catalog
            .issues
            .iter()
            .map(|i| i.file.as_str())
            .chain(catalog.gallery.iter().map(|g| g.file.as_str()));
        files
            .into_iter()
            .find(|f| f.rsplit('/').next() == Some(base))
            .map(str::to_owned)
    };
    match probe_kind(text) {
        Some(FileKind::Catalog) => Ok(CATALOG_FILE.to_owned()),
        Some(FileKind::Issue(id)) => catalog
            .and_then(|c| c.issue(&id))
            .map(|entry| entry.file.to_string())
            .or_else(by_name)
            .ok_or_else(|| {
                format!(
                    "tệp {name} là tệp số báo \"{id}\" nhưng catalog.json không có số nào mang \
                     mã này: hãy thêm số vào catalog.json (và mở lại), hoặc sửa trường \"issue\""
                )
            }),
        Some(FileKind::Gallery(id)) => catalog
            .and_then(|c| c.gallery.iter().find(|g| g.id.as_str() == id))
            .map(|entry| entry.file.to_string())
            .or_else(by_name)
            .ok_or_else(|| {
                format!(
                    "tệp {name} là tệp bộ sưu tập \"{id}\" nhưng catalog.json không có bộ sưu \
                     tập nào mang mã này"
                )
            }),
        None => by_name().ok_or_else(|| {
            format!(
                "không nhận ra tệp {name}: tệp nội dung cần có trường \"publication\" \
                 (catalog.json), \"issue\" (tệp số báo) hoặc \"collection\" (tệp bộ sưu tập). \
                 Nếu tệp có lỗi cú pháp, hãy đặt tên tệp giống tên trong catalog.json"
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_catalog;

    fn catalog() -> Catalog {
        let text = include_str!("../../public/data/catalog.json");
        parse_catalog(CATALOG_FILE, text).unwrap()
    }

    #[test]
    fn folder_paths_start_at_data_or_images() {
        let cases = [
            ("public/data/catalog.json", Some("data/catalog.json")),
            (
                "ban-tin/public/data/issues/so-11-2024.json",
                Some("data/issues/so-11-2024.json"),
            ),
            (
                "data/gallery/55-nam-di-chuc.json",
                Some("data/gallery/55-nam-di-chuc.json"),
            ),
            ("public/images/bia/so-11.svg", Some("images/bia/so-11.svg")),
            ("public\\images\\bai\\a.svg", Some("images/bai/a.svg")),
            ("public/index.html", None),
            ("notes/data", None),
        ];
        for (relative, expected) in cases {
            assert_eq!(
                site_path_in_folder(relative).as_deref(),
                expected,
                "{relative}"
            );
        }
    }

    #[test]
    fn single_files_are_placed_by_their_fields_then_by_name() {
        let catalog = catalog();
        let issue = r#"{"schema_version": 1, "issue": "so-11-2024", "articles": []}"#;
        assert_eq!(
            place_json("bat-ky.json", issue, Some(&catalog)).unwrap(),
            "data/issues/so-11-2024.json"
        );
        let gallery = r#"{"collection": "55-nam-di-chuc"}"#;
        assert_eq!(
            place_json("x.json", gallery, Some(&catalog)).unwrap(),
            "data/gallery/55-nam-di-chuc.json"
        );
        assert_eq!(
            place_json("c.json", r#"{"publication": {}}"#, None).unwrap(),
            CATALOG_FILE
        );
        // Broken JSON: placed by its file name, so its syntax error can be shown.
        assert_eq!(
            place_json("so-12-2024.json", "{ \"issue\": ", Some(&catalog)).unwrap(),
            "data/issues/so-12-2024.json"
        );
        let unknown = r#"{"issue": "so-99-2030", "articles": []}"#;
        let said = place_json("so-99.json", unknown, Some(&catalog)).unwrap_err();
        assert!(said.contains("không có số nào mang mã này"), "{said}");
        let said = place_json("ghi-chu.json", "[1, 2]", Some(&catalog)).unwrap_err();
        assert!(said.contains("không nhận ra tệp ghi-chu.json"), "{said}");
    }
}
