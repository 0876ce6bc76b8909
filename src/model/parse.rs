//! Parsing and checking content files. Each `parse_*` function turns the text of one file into
//! checked data or into every problem found in it, each with file, path and line:column.
//!
//! Parsing stops at the first syntax or type error (serde cannot go on after one); the rules
//! that span a whole file (unique ids, known categories) are all checked and all reported.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::error::{
    line_column, locate, translate_serde_message, ContentError, FieldPath, Segment,
};
use super::suggest::{did_you_mean, with_field_hint};
use super::syntax::{place_fix, serde_offset};
use super::text::{SchemaVersion, Slug, Text};
use super::types::{Article, Block, Catalog, GalleryFile, Image, IssueEntry, IssueFile, Work};

/// The largest content file the reader accepts; larger ones are refused before parsing so a
/// mistaken upload cannot freeze a phone.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// How many items a list may hold. Far above what a real bulletin needs (ten years of
/// monthly issues is 120), low enough that a mistaken or hostile file cannot make a phone
/// build tens of thousands of rows. The JSON Schemas carry the same figures as `maxItems`
/// (`tests/schema.rs` checks they agree).
pub mod limits {
    pub const CATEGORIES: usize = 50;
    pub const ISSUES: usize = 1000;
    pub const COLLECTIONS: usize = 50;
    pub const ARTICLES_PER_ISSUE: usize = 200;
    pub const WORKS_PER_COLLECTION: usize = 500;
}

/// Every problem found in one file.
pub type Problems = Vec<ContentError>;

fn parse_json<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, Problems> {
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
    let value = deserialize_part(file, text, &mut de, &[])?;
    de.end().map_err(|err| {
        vec![ContentError::with_position(
            file,
            text,
            &FieldPath::root(),
            Some((err.line(), err.column())),
            translate_serde_message(&err.to_string()),
        )]
    })?;
    Ok(value)
}

/// Deserialises one part of `text` (the whole file, or one item of it held as raw JSON)
/// whose place in the file is `prefix`, locating any error in the whole file.
fn deserialize_part<'a, T: Deserialize<'a>>(
    file: &str,
    text: &str,
    de: &mut serde_json::Deserializer<serde_json::de::StrRead<'a>>,
    prefix: &[Segment],
) -> Result<T, Problems> {
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut *de);
    result.map_err(|err| {
        let inner = err.inner();
        let mut segments = prefix.to_vec();
        segments.extend(field_path(err.path()));
        let path = FieldPath(segments);
        // For a wrong value, point at where the value starts (serde_json points past its end);
        // for broken syntax, at where the fix goes.
        let located = (inner.classify() == serde_json::error::Category::Data)
            .then(|| locate(text, &path.0))
            .flatten()
            .map(|offset| line_column(text, offset));
        let mut message = translate_serde_message(&inner.to_string());
        let position = located.or_else(|| {
            (inner.line() > 0 && prefix.is_empty()).then(|| {
                // serde_json counts columns in bytes; editors count characters.
                let offset = serde_offset(text, inner.line(), inner.column());
                match place_fix(text, offset, &inner.to_string()) {
                    Some(fix) => {
                        message = fix.message;
                        line_column(text, fix.offset)
                    }
                    None => line_column(text, offset),
                }
            })
        });
        let position = position.or_else(|| locate(text, prefix).map(|o| line_column(text, o)));
        let message = with_field_hint(&path, message);
        vec![ContentError::with_position(
            file, text, &path, position, message,
        )]
    })
}

/// Parses each item of a list kept as raw JSON: the valid ones, and the problems of the
/// others. One bad article (or work) must not hide the rest of its file.
fn parse_items<'a, T: Deserialize<'a>>(
    file: &str,
    text: &str,
    field: &str,
    items: &[&'a RawValue],
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let mut parsed = Vec::with_capacity(items.len());
    for (i, raw) in items.iter().enumerate() {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        let prefix = [Segment::Key(field.to_owned()), Segment::Index(i)];
        match deserialize_part(file, text, &mut de, &prefix) {
            Ok(item) => parsed.push((i, item)),
            Err(mut found) => problems.append(&mut found),
        }
    }
    parsed
}

/// The first `limit` items; when there are more, a problem placed at the first one left out.
fn too_many<'i, T>(
    file: &str,
    text: &str,
    (field, what): (&str, &str),
    items: &'i [T],
    limit: usize,
    problems: &mut Problems,
) -> &'i [T] {
    if items.len() > limit {
        let mut report = Report::new(file, text);
        report.add(
            &FieldPath::root().key(field).index(limit),
            limit_message(what, items.len(), limit, Some("chưa hiển thị")),
        );
        problems.append(&mut report.problems);
    }
    &items[..items.len().min(limit)]
}

/// "There are `count`, the limit is `limit`", and what became of the rest (`None`: the
/// whole file is refused).
fn limit_message(what: &str, count: usize, limit: usize, rest: Option<&str>) -> String {
    let mut message = format!("có {count} {what}, quá giới hạn {limit} {what} trong một tệp");
    if let Some(rest) = rest {
        message += &format!(": {what} thứ {} trở đi {rest}", limit + 1);
    }
    message + "; hãy chia sang tệp khác hoặc bớt đi"
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

/// The items of a list (articles, works) that have a unique id and pass `check`, with their
/// indices in the file; the others' problems go to `report`.
fn keep_valid<T>(
    report: &mut Report,
    field: &str,
    what: &str,
    items: Vec<(usize, T)>,
    id: impl Fn(&T) -> &Slug,
    mut check: impl FnMut(&mut Report, &FieldPath, &T),
) -> (Vec<T>, Vec<usize>) {
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(items.len());
    let mut kept_at = Vec::with_capacity(items.len());
    for (i, item) in items {
        let before = report.problems.len();
        let path = FieldPath::root().key(field).index(i);
        if !seen.insert(id(&item).clone()) {
            report.add(
                &path.key("id"),
                format!(
                    "mã {what} \"{}\" bị trùng: mỗi {what} cần một mã riêng",
                    id(&item)
                ),
            );
        }
        check(report, &path, &item);
        if report.problems.len() == before {
            kept.push(item);
            kept_at.push(i);
        }
    }
    (kept, kept_at)
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
    for (field, what, count, limit) in [
        (
            "categories",
            "chuyên mục",
            catalog.categories.len(),
            limits::CATEGORIES,
        ),
        ("issues", "số báo", catalog.issues.len(), limits::ISSUES),
        (
            "gallery",
            "bộ sưu tập",
            catalog.gallery.len(),
            limits::COLLECTIONS,
        ),
    ] {
        if count > limit {
            report.add(
                &root.key(field).index(limit),
                limit_message(what, count, limit, None),
            );
        }
    }
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

/// A file that could be read: the items that passed every check, and the problems of the
/// items left out (and of the file). Readers see the valid part; editors see the list.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    pub value: T,
    /// For each item kept (article or work), its index in the file as written.
    pub kept: Vec<usize>,
    pub problems: Problems,
}

impl<T> Checked<T> {
    /// The value when nothing was wrong; every problem otherwise.
    pub fn strict(self) -> Result<T, Problems> {
        if self.problems.is_empty() {
            Ok(self.value)
        } else {
            Err(self.problems)
        }
    }
}

/// Puts problems in the order of the file, as an editor reads it.
fn in_file_order(mut problems: Problems) -> Problems {
    problems.sort_by_key(|p| p.position.unwrap_or((usize::MAX, 0)));
    problems
}

/// Parses an issue file and checks it against the catalog entry that points to it.
///
/// `Err` when the file cannot be read as an issue at all (broken JSON, a wrong top-level
/// field); otherwise the articles that passed, and each other article's problems.
pub fn parse_issue(
    file: &str,
    text: &str,
    catalog: &Catalog,
    entry: &IssueEntry,
) -> Result<Checked<IssueFile>, Problems> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Parts<'a> {
        #[serde(rename = "$schema", default)]
        schema: Option<String>,
        schema_version: SchemaVersion,
        issue: Slug,
        #[serde(borrow)]
        articles: Vec<&'a RawValue>,
    }
    let parts: Parts = parse_json(file, text)?;
    let mut problems = Vec::new();
    let shown = too_many(
        file,
        text,
        ("articles", "bài viết"),
        &parts.articles,
        limits::ARTICLES_PER_ISSUE,
        &mut problems,
    );
    let articles = parse_items::<Article>(file, text, "articles", shown, &mut problems);
    let mut report = Report::new(file, text);
    let root = FieldPath::root();
    if parts.issue != entry.id {
        report.add(
            &root.key("issue"),
            format!(
                "tệp này ghi mã số \"{}\" nhưng catalog.json trỏ tới nó từ số \"{}\": hai mã phải \
                 giống nhau; hãy viết \"issue\": \"{}\" (hoặc sửa tệp trong catalog.json)",
                parts.issue, entry.id, entry.id
            ),
        );
    }
    if parts.articles.is_empty() {
        report.add(
            &root.key("articles"),
            "số báo cần ít nhất một bài viết".to_owned(),
        );
    }
    let known: Vec<&str> = catalog.categories.iter().map(|c| c.id.as_str()).collect();
    let (kept, kept_at) = keep_valid(
        &mut report,
        "articles",
        "bài viết",
        articles,
        |a: &Article| &a.id,
        |report, path, article| {
            if !known.contains(&article.category.as_str()) {
                report.add(
                    &path.key("category"),
                    format!(
                        "chuyên mục \"{}\" không có trong catalog.json. {}Các chuyên mục hiện \
                         có: {}",
                        article.category,
                        did_you_mean(article.category.as_str(), known.iter().copied()),
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
        },
    );
    problems.append(&mut report.problems);
    Ok(Checked {
        value: IssueFile {
            schema: parts.schema,
            schema_version: parts.schema_version,
            issue: parts.issue,
            articles: kept,
        },
        kept: kept_at,
        problems: in_file_order(problems),
    })
}

/// Parses a gallery file and checks it against the catalog's id for it: the works that
/// passed, and each other work's problems.
pub fn parse_gallery(
    file: &str,
    text: &str,
    collection_id: &str,
) -> Result<Checked<GalleryFile>, Problems> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Parts<'a> {
        #[serde(rename = "$schema", default)]
        schema: Option<String>,
        schema_version: SchemaVersion,
        collection: Slug,
        title: Text,
        description: Text,
        #[serde(borrow)]
        works: Vec<&'a RawValue>,
    }
    let parts: Parts = parse_json(file, text)?;
    let mut problems = Vec::new();
    let shown = too_many(
        file,
        text,
        ("works", "tác phẩm"),
        &parts.works,
        limits::WORKS_PER_COLLECTION,
        &mut problems,
    );
    let works = parse_items::<Work>(file, text, "works", shown, &mut problems);
    let mut report = Report::new(file, text);
    let root = FieldPath::root();
    if parts.collection.as_str() != collection_id {
        report.add(
            &root.key("collection"),
            format!(
                "tệp này ghi mã bộ sưu tập \"{}\" nhưng catalog.json trỏ tới nó từ \"{}\"",
                parts.collection, collection_id
            ),
        );
    }
    let (kept, kept_at) = keep_valid(
        &mut report,
        "works",
        "tác phẩm",
        works,
        |w: &Work| &w.id,
        |report, path, work| report.image(&path.key("image"), &work.image),
    );
    problems.append(&mut report.problems);
    Ok(Checked {
        value: GalleryFile {
            schema: parts.schema,
            schema_version: parts.schema_version,
            collection: parts.collection,
            title: parts.title,
            description: parts.description,
            works: kept,
        },
        kept: kept_at,
        problems: in_file_order(problems),
    })
}
