//! Parsing and checking content files. Each `parse_*` function turns the text of one file into
//! checked data or into every problem found in it, each with file, path and line:column.
//!
//! Parsing stops at the first syntax or type error (serde cannot go on after one); the rules
//! that span a whole file (unique ids, known categories) are all checked and all reported.

use std::collections::HashSet;

use serde::de::DeserializeOwned;

use super::error::{
    line_column, locate, translate_serde_message, ContentError, FieldPath, Segment,
};
use super::types::{Block, Catalog, GalleryFile, Image, IssueEntry, IssueFile};

/// The largest content file the reader accepts; larger ones are refused before parsing so a
/// mistaken upload cannot freeze a phone.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Every problem found in one file.
pub type Problems = Vec<ContentError>;

fn parse_json<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problems> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![ContentError::whole_file(
            file,
            format!(
                "tệp quá lớn ({} KB); giới hạn là {} KB: hãy chia bớt bài viết sang tệp khác",
                text.len() / 1024,
                MAX_FILE_BYTES / 1024
            ),
        )]);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = result.map_err(|err| {
        let inner = err.inner();
        // serde_path_to_error writes `?` for steps it could not name (inside a syntax error).
        let segments: Vec<String> = err
            .path()
            .iter()
            .map(|s| s.to_string())
            .take_while(|s| s != "?")
            .collect();
        let path = segments.join(".").replace(".[", "[");
        let path = path.strip_prefix('.').unwrap_or(&path).to_owned();
        // For a wrong value, point at where the value starts (serde_json points past its end);
        // for broken syntax, serde_json's own position is the right one.
        let located = (inner.classify() == serde_json::error::Category::Data)
            .then(|| locate(text, &field_path(err.path())))
            .flatten()
            .map(|offset| line_column(text, offset));
        let position = located.or_else(|| {
            (inner.line() > 0).then(|| {
                // serde_json counts columns in bytes; editors count characters.
                let line_start: usize = text
                    .split_inclusive('\n')
                    .take(inner.line() - 1)
                    .map(str::len)
                    .sum();
                line_column(text, line_start + inner.column().saturating_sub(1))
            })
        });
        vec![ContentError::with_position(
            file,
            text,
            path,
            position,
            translate_serde_message(&inner.to_string()),
        )]
    })?;
    de.end().map_err(|err| {
        vec![ContentError::with_position(
            file,
            text,
            String::new(),
            Some((err.line(), err.column())),
            translate_serde_message(&err.to_string()),
        )]
    })?;
    Ok(value)
}

/// Converts serde_path_to_error's path into ours, stopping at the first unnamed step.
fn field_path(path: &serde_path_to_error::Path) -> Vec<Segment> {
    use serde_path_to_error::Segment as S;
    path.iter()
        .map_while(|s| match s {
            S::Seq { index } => Some(Segment::Index(*index)),
            S::Map { key } => Some(Segment::Key(key.clone())),
            S::Enum { variant } => Some(Segment::Key(variant.clone())),
            S::Unknown => None,
        })
        .collect()
}

/// Collects problems for one file, located in its text.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    problems: Problems,
}

impl<'a> Report<'a> {
    fn new(file: &'a str, text: &'a str) -> Self {
        Report {
            file,
            text,
            problems: Vec::new(),
        }
    }

    fn add(&mut self, path: &FieldPath, message: String) {
        self.problems
            .push(ContentError::at(self.file, self.text, path, message));
    }

    fn image(&mut self, path: &FieldPath, image: &Image) {
        for (i, source) in image.srcset.iter().enumerate() {
            if source.width == 0 || source.width > 20_000 {
                self.add(
                    &path.key("srcset").index(i).key("width"),
                    format!(
                        "chiều rộng {} không hợp lệ: ghi chiều rộng thật của tệp \"{}\", tính \
                         bằng điểm ảnh (1 đến 20000)",
                        source.width, source.src
                    ),
                );
            }
        }
        if image.width == 0 || image.height == 0 || image.width > 20_000 || image.height > 20_000 {
            self.add(
                &path.key(if image.width == 0 || image.width > 20_000 {
                    "width"
                } else {
                    "height"
                }),
                format!(
                    "kích thước ảnh {}×{} không hợp lệ: ghi đúng chiều rộng và chiều cao thật \
                     của ảnh, tính bằng điểm ảnh (1 đến 20000)",
                    image.width, image.height
                ),
            );
        }
    }

    /// Reports each id seen before, at the path of its second use.
    fn unique<'i>(&mut self, what: &str, items: impl Iterator<Item = (FieldPath, &'i str)>) {
        let mut seen = HashSet::new();
        for (path, id) in items {
            if !seen.insert(id) {
                self.add(
                    &path,
                    format!("mã {what} \"{id}\" bị trùng: mỗi {what} cần một mã riêng"),
                );
            }
        }
    }

    fn finish<T>(self, value: T) -> Result<T, Problems> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(self.problems)
        }
    }
}

/// Parses and checks `catalog.json`.
pub fn parse_catalog(file: &str, text: &str) -> Result<Catalog, Problems> {
    let catalog: Catalog = parse_json(file, text)?;
    let mut report = Report::new(file, text);
    let root = FieldPath::root();
    report.unique(
        "chuyên mục",
        catalog
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (root.key("categories").index(i).key("id"), c.id.as_str())),
    );
    report.unique(
        "số",
        catalog
            .issues
            .iter()
            .enumerate()
            .map(|(i, c)| (root.key("issues").index(i).key("id"), c.id.as_str())),
    );
    report.unique(
        "bộ sưu tập",
        catalog
            .gallery
            .iter()
            .enumerate()
            .map(|(i, c)| (root.key("gallery").index(i).key("id"), c.id.as_str())),
    );
    if catalog.categories.is_empty() {
        report.add(
            &root.key("categories"),
            "cần ít nhất một chuyên mục".to_owned(),
        );
    }
    for (i, issue) in catalog.issues.iter().enumerate() {
        let path = root.key("issues").index(i);
        report.image(&path.key("cover"), &issue.cover);
        if !issue.file.ends_with(".json") {
            report.add(
                &path.key("file"),
                format!("tệp của số \"{}\" phải là tệp .json", issue.id),
            );
        }
    }
    for (i, entry) in catalog.gallery.iter().enumerate() {
        if !entry.file.ends_with(".json") {
            report.add(
                &root.key("gallery").index(i).key("file"),
                format!("tệp của bộ sưu tập \"{}\" phải là tệp .json", entry.id),
            );
        }
    }
    report.finish(catalog)
}

/// Parses an issue file and checks it against the catalog entry that points to it.
pub fn parse_issue(
    file: &str,
    text: &str,
    catalog: &Catalog,
    entry: &IssueEntry,
) -> Result<IssueFile, Problems> {
    let issue: IssueFile = parse_json(file, text)?;
    let mut report = Report::new(file, text);
    let root = FieldPath::root();
    if issue.issue != entry.id {
        report.add(
            &root.key("issue"),
            format!(
                "tệp này ghi mã số \"{}\" nhưng catalog.json trỏ tới nó từ số \"{}\": hai mã phải \
                 giống nhau",
                issue.issue, entry.id
            ),
        );
    }
    if issue.articles.is_empty() {
        report.add(
            &root.key("articles"),
            "số báo cần ít nhất một bài viết".to_owned(),
        );
    }
    report.unique(
        "bài viết",
        issue
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (root.key("articles").index(i).key("id"), a.id.as_str())),
    );
    let known: Vec<&str> = catalog.categories.iter().map(|c| c.id.as_str()).collect();
    for (i, article) in issue.articles.iter().enumerate() {
        let path = root.key("articles").index(i);
        if !known.contains(&article.category.as_str()) {
            report.add(
                &path.key("category"),
                format!(
                    "chuyên mục \"{}\" không có trong catalog.json; các chuyên mục hiện có: {}",
                    article.category,
                    known.join(", ")
                ),
            );
        }
        if article.body.is_empty() {
            report.add(&path.key("body"), "bài viết chưa có nội dung".to_owned());
        }
        if let Some(image) = &article.image {
            report.image(&path.key("image"), image);
        }
        for (j, block) in article.body.iter().enumerate() {
            let block_path = path.key("body").index(j);
            match block {
                Block::Figure { image } => report.image(&block_path.key("image"), image),
                Block::List { items, .. } if items.is_empty() => report.add(
                    &block_path.key("items"),
                    "danh sách cần ít nhất một mục".to_owned(),
                ),
                _ => {}
            }
        }
    }
    report.finish(issue)
}

/// Parses a gallery file and checks it against the catalog's id for it.
pub fn parse_gallery(file: &str, text: &str, collection_id: &str) -> Result<GalleryFile, Problems> {
    let gallery: GalleryFile = parse_json(file, text)?;
    let mut report = Report::new(file, text);
    let root = FieldPath::root();
    if gallery.collection.as_str() != collection_id {
        report.add(
            &root.key("collection"),
            format!(
                "tệp này ghi mã bộ sưu tập \"{}\" nhưng catalog.json trỏ tới nó từ \"{}\"",
                gallery.collection, collection_id
            ),
        );
    }
    report.unique(
        "tác phẩm",
        gallery
            .works
            .iter()
            .enumerate()
            .map(|(i, w)| (root.key("works").index(i).key("id"), w.id.as_str())),
    );
    for (i, work) in gallery.works.iter().enumerate() {
        report.image(&root.key("works").index(i).key("image"), &work.image);
    }
    report.finish(gallery)
}
