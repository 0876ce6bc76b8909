//! The index the build writes beside the content (`data/chi-muc/`), so the home page and
//! each category page load a fixed amount whatever the archive's size: the newest articles
//! a page at a time, with what a feed row shows, and the count of each category. The
//! editor's preview builds the same index in the browser from the opened files with
//! [`SiteIndex::build`], so previewed content shows as the published site would.
//!
//! Files (ARCHITECTURE.md weighs the format):
//! - `data/chi-muc/trang-chu.json` ([`Front`]): the first page of every article, the counts,
//!   the newest issue's rows and the catalog's head;
//! - `data/chi-muc/bai-viet/<n>.json` and `data/chi-muc/chuyen-muc/<id>/<n>.json` ([`Page`]):
//!   the pages of the whole feed (from the second) and of each category (from the first);
//! - `data/chi-muc/van-ban/<issue>/<article>.json` ([`ArticleText`]): an article's text.
//!
//! The index is the content's as the build saw it: a site changes by building it again
//! (`scripts/publish.sh`), never by uploading a content file alone.

use serde::{Deserialize, Serialize};

use crate::model::date::DateTime;
use crate::model::types::{Article, Catalog, Image, IssueEntry, IssueFile};

mod build;

#[cfg(test)]
use build::to_json;
pub use build::SiteIndex;

/// The index format's version: a reader refuses an index of another version (and then loads
/// the content itself) rather than misreading it.
/// 2: a syllable's pairs moved to files of their own, by the following syllable's letter.
/// 3: the pairs of bodies too, a phrase in any field ranking first; each article's text.
/// 4: a bitmap's mark is `#`, no base-36 digit; the front file names the issues the build
/// could not read, and no longer holds a fingerprint nor the catalog's lengths.
pub const INDEX_VERSION: u32 = 4;

/// Articles in each page of a listing.
pub const PAGE_SIZE: usize = 10;

/// The folder of the index, beside the content files.
pub const DIR: &str = "data/chi-muc";

/// The front file's path.
pub fn front_path() -> String {
    format!("{DIR}/trang-chu.json")
}

/// The path of an article's reading text ([`ArticleText`]), by its issue's and its own id
/// (which an editor's change of other issues leaves alone, so the file does too).
pub fn text_path(issue: &str, article: &str) -> String {
    format!("{DIR}/van-ban/{issue}/{article}.json")
}

/// `van-ban/<issue>/<article>.json`: an article's reading text, one block per line
/// (`search::body_text`), from which a search result shows the passage holding the words
/// (`search::result_passage`) without loading its whole issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleText {
    pub index_version: u32,
    pub text: String,
}

impl ArticleText {
    /// The file of `article`'s text, as JSON.
    pub fn json(article: &Article) -> String {
        serde_json::to_string(&ArticleText {
            index_version: INDEX_VERSION,
            text: crate::search::body_text(article),
        })
        .unwrap_or_default()
    }
}

/// Every article's text file ([`ArticleText`]) of `issues`: its path and JSON, one at a
/// time (a copy of every body at once would double the build's memory at 100,000).
pub fn texts<'a>(
    issues: impl IntoIterator<Item = (&'a IssueEntry, &'a IssueFile)> + 'a,
) -> impl Iterator<Item = (String, String)> + 'a {
    issues.into_iter().flat_map(|(entry, file)| {
        file.articles.iter().map(move |article| {
            (
                text_path(&entry.id, &article.id),
                ArticleText::json(article),
            )
        })
    })
}

/// What one row of a listing shows: enough to draw it with no other request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub issue: String,
    pub issue_title: String,
    pub article: String,
    pub title: String,
    pub summary: String,
    pub category: String,
    pub published: DateTime,
    /// The article's picture, for the lists' thumbnails and the front page's lead (its
    /// caption and credit left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

/// A category and how many articles it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub id: String,
    pub count: usize,
}

/// `data/chi-muc/trang-chu.json`: what the home page needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Front {
    pub index_version: u32,
    /// Every article in the index.
    pub total: usize,
    /// Articles per category, in the catalog's order, categories with none left out.
    pub categories: Vec<Count>,
    /// The first page of the whole feed, newest first.
    pub first: Page,
    /// The newest issue's articles in the issue's order, its lead first: the home page's
    /// front (empty in an index without issues).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub newest_issue: Vec<Row>,
    /// The ids of the catalog's issues the index lacks, their files having failed to load,
    /// newest first: a listing names them (a build with content errors, which
    /// `scripts/publish.sh` refuses, but the development build writes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<String>,
    /// The head of the catalog the index was built from, when the build wrote it (not in an
    /// index built in the browser).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<CatalogHead>,
}

/// The issues a catalog's head keeps: the home page's newest issues.
pub const HEAD_ISSUES: usize = 6;

/// What the masthead, the home page, the category pages and search need of the catalog,
/// written by the build into the front file, so those pages do not download a catalog that
/// grows with every issue: the catalog itself with only its [`HEAD_ISSUES`] newest issues and
/// the featured special issue, and how many issues it lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogHead {
    /// `catalog.json` as the editors wrote it, with only the issues above: the content
    /// format, read by the content's own parser.
    pub catalog: serde_json::Value,
    /// How many issues the whole catalog lists.
    pub issues: usize,
}

impl CatalogHead {
    /// The head of `catalog`, parsed from `text`. `None` when `text` is not a JSON object.
    pub fn of(text: &str, catalog: &Catalog) -> Option<CatalogHead> {
        let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
        let mut kept: Vec<&str> = catalog
            .issues_newest_first()
            .into_iter()
            .take(HEAD_ISSUES)
            .map(|e| e.id.as_str())
            .collect();
        kept.extend(catalog.featured_special().map(|e| e.id.as_str()));
        kept.extend(catalog.newest_special().map(|e| e.id.as_str()));
        let issues = value.get_mut("issues")?.as_array_mut()?;
        issues.retain(|issue| {
            issue
                .get("id")
                .and_then(serde_json::Value::as_str)
                .is_some_and(|id| kept.contains(&id))
        });
        Some(CatalogHead {
            catalog: value,
            issues: catalog.issues.len(),
        })
    }
}

/// One page of a listing, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub index_version: u32,
    /// Articles in the whole listing.
    pub total: usize,
    /// This page's number, from 1, and how many there are.
    pub page: usize,
    pub pages: usize,
    pub rows: Vec<Row>,
}

impl Page {
    /// Up to `count` articles of this page other than `article` of `issue`: an article's
    /// "Cùng chuyên mục", from its category's first page (the newest).
    pub fn others(&self, issue: &str, article: &str, count: usize) -> Vec<Row> {
        self.rows
            .iter()
            .filter(|row| !(row.issue == issue && row.article == article))
            .take(count)
            .cloned()
            .collect()
    }

    /// The one page of a listing with no article.
    pub fn empty() -> Page {
        Page {
            index_version: INDEX_VERSION,
            total: 0,
            page: 1,
            pages: 1,
            rows: Vec::new(),
        }
    }
}

/// A listing: the whole feed or one category's.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Listing {
    All,
    Category(String),
}

impl Listing {
    /// The file of page `n` (from 1). The whole feed's first page is in the front file.
    pub fn page_path(&self, n: usize) -> String {
        match self {
            Listing::All => format!("{DIR}/bai-viet/{n}.json"),
            Listing::Category(id) => format!("{DIR}/chuyen-muc/{id}/{n}.json"),
        }
    }

    pub fn admits(&self, row: &Row) -> bool {
        match self {
            Listing::All => true,
            Listing::Category(id) => row.category == *id,
        }
    }
}

/// The rows of an issue's articles, in the issue's order.
pub fn rows_of(entry: &IssueEntry, file: &IssueFile) -> Vec<Row> {
    file.articles.iter().map(|a| row_of(entry, a)).collect()
}

pub(crate) fn row_of(entry: &IssueEntry, a: &Article) -> Row {
    Row {
        issue: entry.id.to_string(),
        issue_title: entry.title.to_string(),
        article: a.id.to_string(),
        title: a.title.to_string(),
        summary: a.summary.to_string(),
        category: a.category.to_string(),
        published: a.published,
        image: a.image.clone().map(|image| Image {
            caption: None,
            credit: None,
            ..image
        }),
    }
}

/// Where the row of article `doc` (numbered newest first) is: the whole feed's page (from
/// 1) and the place in it.
pub fn row_place(doc: u32) -> (usize, usize) {
    let doc = doc as usize;
    (doc / PAGE_SIZE + 1, doc % PAGE_SIZE)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{parse_catalog, parse_issue};

    /// The bundled sample: its catalog and every issue file, parsed.
    pub(crate) fn sample() -> (Catalog, Vec<(IssueEntry, IssueFile)>) {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/public/");
        let read = |p: &str| std::fs::read_to_string(format!("{root}{p}")).unwrap();
        let catalog = parse_catalog("data/catalog.json", &read("data/catalog.json")).unwrap();
        let issues = catalog
            .issues
            .iter()
            .map(|e| {
                let file = parse_issue(&e.file, &read(&e.file), &catalog, e)
                    .unwrap()
                    .strict()
                    .unwrap();
                (e.clone(), file)
            })
            .collect();
        (catalog, issues)
    }

    fn refs(issues: &[(IssueEntry, IssueFile)]) -> Vec<(&IssueEntry, &IssueFile)> {
        issues.iter().map(|(e, f)| (e, f)).collect()
    }

    #[test]
    fn the_front_file_names_the_issues_the_build_could_not_read() {
        let (catalog, issues) = sample();
        let all = SiteIndex::build(&catalog, &refs(&issues));
        assert!(all.front.unread.is_empty());
        // The newest and an older issue's files failed: named newest first, through the JSON.
        let read: Vec<(&IssueEntry, &IssueFile)> = refs(&issues)
            .into_iter()
            .filter(|(e, _)| !["so-01-2025", "so-11-2024"].contains(&e.id.as_str()))
            .collect();
        let index = SiteIndex::build(&catalog, &read);
        assert_eq!(index.front.unread, ["so-01-2025", "so-11-2024"]);
        let written: Front = serde_json::from_str(&to_json(&index.front)).unwrap();
        assert_eq!(written.unread, index.front.unread);
        assert!(!to_json(&all.front).contains("unread"));
    }

    #[test]
    fn the_sample_pages_newest_first_with_counts() {
        let (catalog, issues) = sample();
        let index = SiteIndex::build(&catalog, &refs(&issues));
        let front = &index.front;
        assert_eq!(front.total, 18);
        assert_eq!(front.first.rows.len(), PAGE_SIZE);
        assert_eq!((front.first.page, front.first.pages), (1, 2));
        assert_eq!(front.first.rows[0].issue, "so-01-2025");
        assert_eq!(front.categories.iter().map(|c| c.count).sum::<usize>(), 18);
        let second = index.page(&Listing::All, 2).unwrap();
        assert_eq!(second.rows.len(), 8);
        let all: Vec<&Row> = front.first.rows.iter().chain(&second.rows).collect();
        assert!(all.windows(2).all(|w| w[0].published >= w[1].published));
        // Each category's pages hold its articles only, as many as its count.
        for count in &front.categories {
            let listing = Listing::Category(count.id.clone());
            let first = index.page(&listing, 1).unwrap();
            assert_eq!(first.total, count.count, "{}", count.id);
            assert!(first.rows.iter().all(|r| r.category == count.id));
            assert_eq!(first.pages, count.count.div_ceil(PAGE_SIZE));
        }
        assert!(index.page(&Listing::All, 3).is_none());
    }

    #[test]
    fn every_file_reads_back_and_stays_small() {
        let (catalog, issues) = sample();
        let index = SiteIndex::build(&catalog, &refs(&issues));
        let files = index.files();
        assert!(files.iter().any(|(p, _)| *p == front_path()));
        assert!(files
            .iter()
            .any(|(p, _)| p == "data/chi-muc/bai-viet/2.json"));
        assert!(files
            .iter()
            .any(|(p, _)| p == "data/chi-muc/chuyen-muc/hoc-tap-lam-theo-bac/1.json"));
        for (path, json) in &files {
            // A page of ten rows with their summaries, well under what a phone should wait for.
            assert!(json.len() < 12_000, "{path}: {} bytes", json.len());
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(value["index_version"], INDEX_VERSION, "{path}");
        }
        let front: Front = serde_json::from_str(&files[0].1).unwrap();
        assert_eq!(front, index.front);
    }

    #[test]
    fn the_catalog_head_keeps_the_newest_issues_and_the_special_issue() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/catalog.json");
        let mut value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root).unwrap()).unwrap();
        // Ten newer regular issues after the sample's four: the special issue is not among
        // the newest six, and is kept all the same (the masthead and home feature it).
        let regular = value["issues"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["kind"] != "special")
            .unwrap()
            .clone();
        for month in 2..12 {
            let mut newer = regular.clone();
            newer["id"] = format!("so-{month:02}-2025").into();
            newer["number"] = month.into();
            newer["date"] = format!("2025-{month:02}-15").into();
            newer["file"] = format!("data/issues/so-{month:02}-2025.json").into();
            value["issues"].as_array_mut().unwrap().push(newer);
        }
        let text = serde_json::to_string_pretty(&value).unwrap();
        let catalog = parse_catalog("data/catalog.json", &text).unwrap();
        let head = CatalogHead::of(&text, &catalog).unwrap();
        assert_eq!(head.issues, 14);
        // The content's own parser reads it: the newest six, and the special issue.
        let kept = parse_catalog("data/catalog.json", &head.catalog.to_string()).unwrap();
        let ids: Vec<&str> = kept
            .issues_newest_first()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "so-11-2025",
                "so-10-2025",
                "so-09-2025",
                "so-08-2025",
                "so-07-2025",
                "so-06-2025",
                "so-dac-biet-10-2024"
            ]
        );
        assert_eq!(
            kept.featured_special().map(|e| e.id.as_str()),
            catalog.featured_special().map(|e| e.id.as_str())
        );
        assert_eq!(kept.categories.len(), catalog.categories.len());
        assert_eq!(kept.gallery.len(), catalog.gallery.len());
        // The front file keeps it through its JSON.
        let (sample_catalog, issues) = sample();
        let mut front = SiteIndex::build(&sample_catalog, &refs(&issues)).front;
        front.head = Some(head.clone());
        let read: Front = serde_json::from_str(&to_json(&front)).unwrap();
        assert_eq!(read.head, Some(head));
    }
}
