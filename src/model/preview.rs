//! Where files an editor opens for the preview belong in the site, and what the editor is
//! told about them: pure rules, so the code that reads the files (`content::preview`) stays
//! thin.

use std::collections::HashMap;

use super::check::{PictureRef, CATALOG_FILE};
use super::error::{skip_string, ContentError};
use super::parse::parse_catalog;
use super::suggest::did_you_mean;
use super::types::Catalog;

/// What to do with one file the editor opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// A JSON file to read: at its site path when it came in a folder, else to be placed by
    /// its fields (`place_json`).
    Json { path: Option<String> },
    /// A picture at its site path (from a folder).
    Picture { path: String },
    /// A picture opened alone: it goes where the content names a picture of its file name.
    LonePicture,
    /// A file of the folder outside `data/` and `images/`, skipped.
    Ignored,
    /// A file that cannot be previewed, with why.
    Refused(ContentError),
}

/// Sorts one opened file by its name, its path inside the chosen folder (empty for single
/// files) and its MIME type.
pub fn opening(name: &str, relative: &str, mime: &str, folder: bool) -> Opening {
    let is_json = name.to_lowercase().ends_with(".json");
    let is_image = mime.starts_with("image/");
    if folder {
        return match site_path_in_folder(relative) {
            Some(path) if is_json && path.starts_with("data/") => {
                Opening::Json { path: Some(path) }
            }
            Some(path) if is_image && path.starts_with("images/") => Opening::Picture { path },
            _ => Opening::Ignored,
        };
    }
    if is_json {
        Opening::Json { path: None }
    } else if is_image {
        Opening::LonePicture
    } else {
        Opening::Refused(ContentError::whole_file(
            name,
            "chỉ mở được tệp JSON và tệp ảnh",
        ))
    }
}

/// The catalog among single opened JSON files (`(name, text)`), which places the others.
pub fn catalog_among<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<Catalog> {
    texts
        .into_iter()
        .find(|(name, text)| name.ends_with("catalog.json") || text.contains("\"publication\""))
        .and_then(|(_, text)| parse_catalog(CATALOG_FILE, text).ok())
}

/// The site path of every picture the content names, by its file name.
pub fn pictures_by_name(pictures: Vec<PictureRef>) -> HashMap<String, String> {
    pictures
        .into_iter()
        .map(|p| {
            let name = p.src.rsplit('/').next().unwrap_or(&p.src).to_owned();
            (name, p.src)
        })
        .collect()
}

/// Why a picture opened alone could not be placed.
pub fn lone_picture_unnamed(name: &str) -> ContentError {
    ContentError::whole_file(
        name,
        "không có bài viết, số báo hay tác phẩm nào dùng ảnh mang tên này: hãy mở cả thư mục \
         nội dung, hoặc kiểm tra đường dẫn \"src\" trong JSON",
    )
}

/// A chosen folder without the catalog.
pub fn folder_without_catalog() -> ContentError {
    ContentError::whole_file(
        CATALOG_FILE,
        "thư mục đã chọn không có data/catalog.json: hãy chọn thư mục chứa thư mục data (ví \
         dụ thư mục public của dự án)",
    )
}

/// What the editor is told once files are open: how many JSON files and pictures, and how
/// many files of the folder were skipped.
pub fn opened_summary(json: usize, pictures: usize, ignored: usize) -> String {
    let mut said = format!("Đã mở {json} tệp JSON");
    if pictures > 0 {
        said.push_str(&format!(" và {pictures} ảnh"));
    }
    said.push('.');
    if ignored > 0 {
        said.push_str(&format!(
            " Bỏ qua {ignored} tệp không thuộc data/ hay images/."
        ));
    }
    said
}

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
/// file) or `collection` (a gallery file), read from the top level of the object. A file
/// broken further down (a missing comma, an unclosed string) is still recognised by what can
/// be read of its start. `None` for text that is none of these.
pub fn probe_kind(text: &str) -> Option<FileKind> {
    let fields = top_level_fields(text);
    let value = |name: &str| {
        fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    if value("publication").is_some() {
        Some(FileKind::Catalog)
    } else if let Some(Some(id)) = value("issue") {
        Some(FileKind::Issue(id))
    } else if let Some(Some(id)) = value("collection") {
        Some(FileKind::Gallery(id))
    } else {
        None
    }
}

/// The keys at the top level of a JSON object, each with its value when that is a string,
/// as far as the text can be read: a scanner that counts brackets and skips strings, so
/// a syntax error further on does not hide the fields before it.
fn top_level_fields(text: &str) -> Vec<(String, Option<String>)> {
    let bytes = text.as_bytes();
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    // The string just read at depth 1 and where it ended, to tell a key from a value.
    let mut pending_key: Option<String> = None;
    // A string that runs past its line was not closed: the text is unreadable from there.
    let read_string = |start: usize| -> Option<(String, usize)> {
        let end = skip_string(bytes, start)?;
        let raw = &text[start..end];
        (!raw.contains('\n')).then(|| Some((serde_json::from_str(raw).ok()?, end)))?
    };
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let Some((string, end)) = read_string(i) else {
                    break;
                };
                i = end;
                if depth != 1 {
                    continue;
                }
                let after = text[i..].trim_start();
                if let Some(key) = pending_key.take() {
                    // A string value of the key before.
                    fields.push((key, Some(string)));
                } else if after.starts_with(':') {
                    i = text.len() - after.len() + 1;
                    pending_key = Some(string);
                }
                continue;
            }
            b'{' | b'[' => {
                if depth == 1 {
                    if let Some(key) = pending_key.take() {
                        fields.push((key, None));
                    }
                }
                depth += 1;
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            c if !c.is_ascii_whitespace() && c != b',' && depth == 1 => {
                if let Some(key) = pending_key.take() {
                    fields.push((key, None));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(key) = pending_key {
        fields.push((key, None));
    }
    fields
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
        catalog?
            .files()
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
                let guess = catalog
                    .map(|c| did_you_mean(&id, c.issues.iter().map(|i| i.id.as_str())))
                    .unwrap_or_default();
                format!(
                    "tệp {name} là tệp số báo \"{id}\" nhưng catalog.json không có số nào mang \
                     mã này. {guess}Hãy thêm số vào catalog.json (và mở lại), hoặc sửa trường \
                     \"issue\""
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
            let fix = if name == PASTED {
                "Nếu đó là một tệp nội dung, hãy chọn tệp ấy trong ô “Đoạn dán là tệp” rồi bấm \
                 lại"
            } else {
                "Nếu tệp có lỗi cú pháp, hãy đặt tên tệp giống tên trong catalog.json"
            };
            format!(
                "không nhận ra {}: tệp nội dung cần có trường \"publication\" (catalog.json), \
                 \"issue\" (tệp số báo) hoặc \"collection\" (tệp bộ sưu tập) ở đầu tệp. {fix}",
                if name == PASTED {
                    "đoạn đã dán".to_owned()
                } else {
                    format!("tệp {name}")
                }
            )
        }),
    }
}

/// The name a pasted text goes by in messages (it has no file name).
pub const PASTED: &str = "(đoạn đã dán)";

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
    fn opened_files_are_sorted_by_where_they_came_from() {
        let json = "application/json";
        assert_eq!(
            opening("a.json", "public/data/issues/a.json", json, true),
            Opening::Json {
                path: Some("data/issues/a.json".to_owned())
            }
        );
        assert_eq!(
            opening("a.svg", "public/images/bai/a.svg", "image/svg+xml", true),
            Opening::Picture {
                path: "images/bai/a.svg".to_owned()
            }
        );
        assert_eq!(
            opening("index.html", "public/index.html", "text/html", true),
            Opening::Ignored
        );
        assert_eq!(
            opening("a.json", "", json, false),
            Opening::Json { path: None }
        );
        assert_eq!(
            opening("a.jpg", "", "image/jpeg", false),
            Opening::LonePicture
        );
        match opening("ghi-chu.txt", "", "text/plain", false) {
            Opening::Refused(problem) => {
                assert_eq!(problem.file, "ghi-chu.txt");
                assert!(problem.message.contains("chỉ mở được tệp JSON"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_editor_is_told_what_was_opened() {
        assert_eq!(opened_summary(1, 0, 0), "Đã mở 1 tệp JSON.");
        assert_eq!(
            opened_summary(6, 30, 2),
            "Đã mở 6 tệp JSON và 30 ảnh. Bỏ qua 2 tệp không thuộc data/ hay images/."
        );
        let text = include_str!("../../public/data/catalog.json");
        assert!(catalog_among([("x.json", "{}"), ("catalog.json", text)]).is_some());
        assert!(catalog_among([("x.json", "{}")]).is_none());
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
        // Broken JSON, pasted without a name: recognised by what can be read of its start.
        let broken = "{\n  \"schema_version\": 1\n  \"issue\": \"so-11-2024\",\n  \"articles\": [{\"id\": \"a\" \"x\": ]";
        assert_eq!(
            place_json(PASTED, broken, Some(&catalog)).unwrap(),
            "data/issues/so-11-2024.json"
        );
        let gallery = "{\"schema_version\": 1, \"collection\": \"55-nam-di-chuc\", \"title\": \"x";
        assert_eq!(
            probe_kind(gallery),
            Some(FileKind::Gallery("55-nam-di-chuc".into()))
        );
        let catalog_start = "{\"schema_version\": 1, \"publication\": {\"name\": ";
        assert_eq!(probe_kind(catalog_start), Some(FileKind::Catalog));
        // A field of that name inside an article is not the file's.
        assert_eq!(
            probe_kind(r#"{"articles": [{"issue": "so-11-2024"}]}"#),
            None
        );
        // Broken JSON: placed by its file name, so its syntax error can be shown.
        assert_eq!(
            place_json("so-12-2024.json", "{ \"issue\": ", Some(&catalog)).unwrap(),
            "data/issues/so-12-2024.json"
        );
        let unknown = r#"{"issue": "so-99-2030", "articles": []}"#;
        let said = place_json("so-99.json", unknown, Some(&catalog)).unwrap_err();
        assert!(said.contains("không có số nào mang mã này"), "{said}");
        let near = r#"{"issue": "so-11-2042", "articles": []}"#;
        let said = place_json("x.json", near, Some(&catalog)).unwrap_err();
        assert!(said.contains("Có phải: so-11-2024?"), "{said}");
        // A paste has no file name to give: the editor is told to choose its file.
        let said = place_json(PASTED, "[1, 2]", Some(&catalog)).unwrap_err();
        assert!(
            said.contains("không nhận ra đoạn đã dán") && said.contains("“Đoạn dán là tệp”"),
            "{said}"
        );
        assert!(!said.contains("đặt tên tệp"), "{said}");
        let said = place_json("ghi-chu.json", "[1, 2]", Some(&catalog)).unwrap_err();
        assert!(said.contains("không nhận ra tệp ghi-chu.json"), "{said}");
    }
}
