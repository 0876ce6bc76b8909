//! Parsing and checking content files. Each `parse_*` function turns the text of one file into
//! checked data or into every problem found in it, each with file, path and line:column.
//!
//! Parsing stops at the first syntax or type error (serde cannot go on after one); the rules
//! that span a whole file (unique ids, known categories) are all checked and all reported.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::error::{ContentError, FieldPath};
use super::suggest::did_you_mean;
use super::text::{SchemaVersion, Slug, Text};
use super::types::{Article, Block, Catalog, GalleryFile, IssueEntry, IssueFile, Work};

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

mod report;

use report::{keep_valid, limit_message, parse_items, parse_json, too_many, Report};

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
