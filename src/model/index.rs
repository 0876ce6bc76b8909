//! The index the build writes beside the content (`data/chi-muc/`), so the home page and
//! each category page load a fixed amount whatever the archive's size: the newest articles
//! a page at a time, with what a feed row shows, and the count of each category. The
//! editor's preview builds the same index in the browser from the opened files with
//! [`SiteIndex::build`], so previewed content shows as the published site would.
//!
//! Files (ARCHITECTURE.md weighs the format):
//! - `data/chi-muc/trang-chu.json` ([`Front`]): the first page of every article, the counts,
//!   and a fingerprint of the issues the index was built from;
//! - `data/chi-muc/bai-viet/<n>.json` and `data/chi-muc/chuyen-muc/<id>/<n>.json` ([`Page`]):
//!   the pages of the whole feed (from the second) and of each category (from the first);
//! - `data/chi-muc/cac-so.json` ([`Known`]): the issues the index holds, read only when the
//!   catalog's issues differ from the fingerprint (files uploaded without a rebuild).

use std::hash::Hasher;

use serde::{Deserialize, Serialize};

use super::date::DateTime;
use super::shards::{self, SearchMeta, Shard};
use super::types::{Article, Catalog, Image, IssueEntry, IssueFile};

/// The index format's version: a reader refuses an index of another version (and then loads
/// the content itself) rather than misreading it.
/// 2: a syllable's pairs moved to files of their own, by the following syllable's letter.
/// 3: the pairs of bodies too, a phrase in any field ranking first; each article's text.
pub const INDEX_VERSION: u32 = 3;

/// Articles in each page of a listing.
pub const PAGE_SIZE: usize = 10;

/// The folder of the index, beside the content files.
pub const DIR: &str = "data/chi-muc";

/// The front file's path.
pub fn front_path() -> String {
    format!("{DIR}/trang-chu.json")
}

/// The known issues' path.
pub fn known_path() -> String {
    format!("{DIR}/cac-so.json")
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
    pub fn json(article: &super::types::Article) -> String {
        serde_json::to_string(&ArticleText {
            index_version: INDEX_VERSION,
            text: super::search::body_text(article),
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

/// Which issues an index was built from, in a few bytes: their number and a hash of their
/// sorted ids. A reader compares it with the catalog it already has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub issues: usize,
    pub hash: String,
}

impl Fingerprint {
    pub fn of<'a>(ids: impl IntoIterator<Item = &'a str>) -> Fingerprint {
        let mut ids: Vec<&str> = ids.into_iter().collect();
        ids.sort_unstable();
        // FNV-1a (the search index's hasher) over the ids, each ended by a newline: stable
        // across builds and platforms, unlike std's randomly keyed hasher.
        let mut hasher = super::search::Fnv::default();
        for id in &ids {
            hasher.write(id.as_bytes());
            hasher.write(b"\n");
        }
        Fingerprint {
            issues: ids.len(),
            hash: format!("{:016x}", hasher.finish()),
        }
    }
}

/// `data/chi-muc/trang-chu.json`: what the home page needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Front {
    pub index_version: u32,
    /// The issues the index holds.
    pub built_from: Fingerprint,
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
/// the featured special issue, how many issues it lists, and the lengths the host may send
/// the catalog file with. A reader asks the host for the file's length only (`HEAD`): one
/// of `sizes` means the file is the one the index was built from (an issue added since the
/// build makes it longer), anything else (another length, none, offline) that the whole
/// catalog must be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogHead {
    /// `catalog.json` as the editors wrote it, with only the issues above: the content
    /// format, read by the content's own parser.
    pub catalog: serde_json::Value,
    /// How many issues the whole catalog lists.
    pub issues: usize,
    /// The catalog file's length as written, and as its brotli and gzip copies.
    pub sizes: Vec<u64>,
}

impl CatalogHead {
    /// The head of `catalog`, parsed from `text`, whose file has the lengths `sizes`.
    /// `None` when `text` is not a JSON object.
    pub fn of(text: &str, catalog: &Catalog, sizes: Vec<u64>) -> Option<CatalogHead> {
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
            sizes,
        })
    }

    /// Whether a response of `length` bytes is the catalog file this head was taken from.
    pub fn describes(&self, length: Option<u64>) -> bool {
        length.is_some_and(|l| self.sizes.contains(&l))
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

/// `data/chi-muc/cac-so.json`: the ids of the issues the index holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Known {
    pub index_version: u32,
    pub issues: Vec<String>,
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

fn row_of(entry: &IssueEntry, a: &Article) -> Row {
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

/// Newest first; a stable sort, so articles of the same minute keep their reading order.
fn newest_first(rows: &mut [Row]) {
    rows.sort_by_key(|r| std::cmp::Reverse(r.published));
}

/// The whole index, built from the issues that loaded.
#[derive(Debug, Clone)]
pub struct SiteIndex {
    pub front: Front,
    pub known: Known,
    /// Every page but the front's, with its path.
    pub pages: Vec<(String, Page)>,
    /// The search files (`model::shards`): the articles numbered as the whole feed's rows.
    pub search: SearchMeta,
    pub shards: Vec<(String, Shard)>,
}

fn paged(listing: &Listing, rows: &[Row]) -> Vec<(String, Page)> {
    let pages = rows.len().div_ceil(PAGE_SIZE).max(1);
    (1..=pages)
        .map(|n| {
            let page = Page {
                index_version: INDEX_VERSION,
                total: rows.len(),
                page: n,
                pages,
                rows: rows
                    .iter()
                    .skip((n - 1) * PAGE_SIZE)
                    .take(PAGE_SIZE)
                    .cloned()
                    .collect(),
            };
            (listing.page_path(n), page)
        })
        .collect()
}

/// An index file's JSON (plain data: serialising cannot fail).
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

impl SiteIndex {
    /// The index of `issues` (newest issue first or in any order), with the catalog's
    /// categories.
    pub fn build(catalog: &Catalog, issues: &[(&IssueEntry, &IssueFile)]) -> SiteIndex {
        let mut articles: Vec<(Row, &Article)> = issues
            .iter()
            .flat_map(|(entry, file)| file.articles.iter().map(|a| (row_of(entry, a), a)))
            .collect();
        // Newest first, stable as `newest_first`: the search numbers articles in this order.
        articles.sort_by_key(|(r, _)| std::cmp::Reverse(r.published));
        let category_ids: Vec<String> = catalog
            .categories
            .iter()
            .map(|c| c.id.to_string())
            .collect();
        let (search, shards) = shards::build(
            articles.iter().map(|(row, article)| {
                (
                    *article,
                    category_ids.iter().position(|c| *c == row.category),
                )
            }),
            category_ids.clone(),
            INDEX_VERSION,
        );
        let rows: Vec<Row> = articles.into_iter().map(|(row, _)| row).collect();
        let mut all = paged(&Listing::All, &rows);
        let first = all.remove(0).1;
        let mut pages = all;
        let mut categories = Vec::new();
        for category in &catalog.categories {
            let listing = Listing::Category(category.id.to_string());
            let own: Vec<Row> = rows.iter().filter(|r| listing.admits(r)).cloned().collect();
            if own.is_empty() {
                continue;
            }
            categories.push(Count {
                id: category.id.to_string(),
                count: own.len(),
            });
            pages.extend(paged(&listing, &own));
        }
        let ids: Vec<String> = issues.iter().map(|(e, _)| e.id.to_string()).collect();
        let newest_issue = catalog
            .issues_newest_first()
            .into_iter()
            .find_map(|entry| issues.iter().find(|(e, _)| e.id == entry.id))
            .map(|(entry, file)| rows_of(entry, file))
            .unwrap_or_default();
        SiteIndex {
            front: Front {
                index_version: INDEX_VERSION,
                built_from: Fingerprint::of(ids.iter().map(String::as_str)),
                total: rows.len(),
                categories,
                first,
                newest_issue,
                head: None,
            },
            known: Known {
                index_version: INDEX_VERSION,
                issues: ids,
            },
            pages,
            search,
            shards,
        }
    }

    /// Every file of the index: its path and its JSON.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files = vec![
            (front_path(), to_json(&self.front)),
            (known_path(), to_json(&self.known)),
        ];
        files.extend(
            self.pages
                .iter()
                .map(|(path, page)| (path.clone(), to_json(page))),
        );
        files.push((shards::meta_path(), to_json(&self.search)));
        files.extend(
            self.shards
                .iter()
                .map(|(syllable, shard)| (shards::shard_path(syllable), to_json(shard))),
        );
        files
    }

    /// Page `n` of `listing` (the whole feed's first is the front's).
    /// The search file of a folded syllable.
    pub fn shard(&self, syllable: &str) -> Option<&Shard> {
        self.shards
            .binary_search_by(|(k, _)| k.as_str().cmp(syllable))
            .ok()
            .map(|i| &self.shards[i].1)
    }

    /// The row of article `doc` of the search files (the whole feed's row `doc`).
    pub fn row(&self, doc: u32) -> Option<&Row> {
        let (page, at) = row_place(doc);
        self.page(&Listing::All, page)?.rows.get(at)
    }

    pub fn page(&self, listing: &Listing, n: usize) -> Option<&Page> {
        if *listing == Listing::All && n == 1 {
            return Some(&self.front.first);
        }
        let path = listing.page_path(n);
        self.pages
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, page)| page)
    }
}

/// Where the row of article `doc` (numbered newest first) is: the whole feed's page (from
/// 1) and the place in it.
pub fn row_place(doc: u32) -> (usize, usize) {
    let doc = doc as usize;
    (doc / PAGE_SIZE + 1, doc % PAGE_SIZE)
}

/// Whether `catalog` lists issues the index does not hold: compared by the fingerprint
/// only, so the common case reads nothing more.
pub fn is_current(front: &Front, catalog: &Catalog) -> bool {
    front.built_from == Fingerprint::of(catalog.issues.iter().map(|e| e.id.as_str()))
}

/// The catalog's issues that `known` lacks: uploaded after the last build.
pub fn unknown_issues<'a>(catalog: &'a Catalog, known: &Known) -> Vec<&'a IssueEntry> {
    catalog
        .issues_newest_first()
        .into_iter()
        .filter(|e| !known.issues.iter().any(|k| k == e.id.as_str()))
        .collect()
}

/// A listing as a reader sees it: the rows fetched from the index so far merged with the
/// rows of issues the index lacks (`extra`, newest first), in date order. While the index
/// has pages not yet fetched, an extra row older than the last fetched row waits: it belongs
/// among rows still to come.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    pub rows: Vec<Row>,
    /// Rows in the whole listing, the index's and the extra ones.
    pub total: usize,
}

pub fn merge(fetched: &[Row], complete: bool, index_total: usize, extra: &[Row]) -> Merged {
    let cutoff = (!complete)
        .then(|| fetched.last().map(|r| r.published))
        .flatten();
    let mut rows: Vec<Row> = fetched.to_vec();
    rows.extend(
        extra
            .iter()
            .filter(|r| cutoff.is_none_or(|c| r.published >= c))
            .cloned(),
    );
    newest_first(&mut rows);
    Merged {
        rows,
        total: index_total + extra.len(),
    }
}

/// The rows of `issues` that `listing` shows, newest first.
pub fn extra_rows(listing: &Listing, issues: &[(&IssueEntry, &IssueFile)]) -> Vec<Row> {
    let mut rows: Vec<Row> = issues
        .iter()
        .flat_map(|(entry, file)| rows_of(entry, file))
        .filter(|r| listing.admits(r))
        .collect();
    newest_first(&mut rows);
    rows
}

/// Issues grouped by the year of their date, newest year first, each year's newest first:
/// the archive's pages.
pub fn years(catalog: &Catalog) -> Vec<(u16, Vec<&IssueEntry>)> {
    let mut years: Vec<(u16, Vec<&IssueEntry>)> = Vec::new();
    for entry in catalog.issues_newest_first() {
        match years.last_mut() {
            Some((year, list)) if *year == entry.date.year => list.push(entry),
            _ => years.push((entry.date.year, vec![entry])),
        }
    }
    years
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
        let head = CatalogHead::of(&text, &catalog, vec![text.len() as u64, 900]).unwrap();
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
        // The file as built (or compressed) is described; a longer one (an issue added) or
        // an unknown length is not.
        assert!(head.describes(Some(text.len() as u64)));
        assert!(head.describes(Some(900)));
        assert!(!head.describes(Some(text.len() as u64 + 180)));
        assert!(!head.describes(None));
        // The front file keeps it through its JSON.
        let (sample_catalog, issues) = sample();
        let mut front = SiteIndex::build(&sample_catalog, &refs(&issues)).front;
        front.head = Some(head.clone());
        let read: Front = serde_json::from_str(&to_json(&front)).unwrap();
        assert_eq!(read.head, Some(head));
    }

    #[test]
    fn issues_uploaded_without_a_rebuild_are_found_and_merged() {
        let (catalog, issues) = sample();
        // The index was built before the newest issue existed.
        let older: Vec<_> = refs(&issues)
            .into_iter()
            .filter(|(e, _)| e.id.as_str() != "so-01-2025")
            .collect();
        let index = SiteIndex::build(&catalog, &older);
        assert!(!is_current(&index.front, &catalog));
        assert!(is_current(
            &SiteIndex::build(&catalog, &refs(&issues)).front,
            &catalog
        ));
        let unknown = unknown_issues(&catalog, &index.known);
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].id.as_str(), "so-01-2025");
        let newest: Vec<_> = refs(&issues)
            .into_iter()
            .filter(|(e, _)| e.id.as_str() == "so-01-2025")
            .collect();
        let extra = extra_rows(&Listing::All, &newest);
        let first = &index.front.first;
        let merged = merge(&first.rows, false, first.total, &extra);
        // The new issue's articles lead, and the total counts them.
        assert_eq!(merged.total, 18);
        assert!(merged.rows[..extra.len()]
            .iter()
            .all(|r| r.issue == "so-01-2025"));
        assert!(merged
            .rows
            .windows(2)
            .all(|w| w[0].published >= w[1].published));
        // An extra row older than the rows fetched so far waits for the page it belongs to.
        let mut old = extra[0].clone();
        old.published = crate::model::DateTime::parse("2000-01-01T08:00").unwrap();
        let merged = merge(&first.rows, false, first.total, std::slice::from_ref(&old));
        assert!(!merged.rows.contains(&old));
        let merged = merge(&first.rows, true, first.total, std::slice::from_ref(&old));
        assert_eq!(merged.rows.last(), Some(&old));
    }

    #[test]
    fn the_archive_groups_issues_by_year_newest_first() {
        let (catalog, _) = sample();
        let years = years(&catalog);
        let shown: Vec<(u16, Vec<&str>)> = years
            .iter()
            .map(|(y, list)| (*y, list.iter().map(|e| e.id.as_str()).collect()))
            .collect();
        assert_eq!(
            shown,
            [
                (2025, vec!["so-01-2025"]),
                (
                    2024,
                    vec!["so-12-2024", "so-11-2024", "so-dac-biet-10-2024"]
                ),
            ]
        );
    }

    #[test]
    fn the_search_files_find_what_the_in_memory_search_finds() {
        let (catalog, issues) = sample();
        let index = SiteIndex::build(&catalog, &refs(&issues));
        let corpus = crate::model::feed::Corpus::new(
            issues
                .iter()
                .map(|(e, f)| (e.clone(), std::rc::Rc::new(f.clone())))
                .collect(),
        );
        let mut found_any = 0;
        for typed in [
            "di chuc",
            "Di chúc",
            "le chan",
            "Lê Chân",
            "dang",
            "đảng ủy",
            "dang uy",
            "guong sang",
            "d",
            "bac h",
            "hoc tap lam theo",
            "xyzzy",
            "2024",
        ] {
            let query = crate::model::search::Query::parse(typed).unwrap();
            let expected: Vec<(String, String)> = corpus
                .index
                .search(&query)
                .into_iter()
                .map(|d| {
                    let (entry, article) = corpus.article(d);
                    (entry.id.to_string(), article.id.to_string())
                })
                .collect();
            let from_files: Vec<(String, String)> =
                shards::search(&index.search, |k| index.shard(k), &query)
                    .into_iter()
                    .map(|d| {
                        let row = index.row(d).unwrap();
                        (row.issue.clone(), row.article.clone())
                    })
                    .collect();
            // The same articles in the same order.
            if typed == "di chuc" {
                assert_eq!(from_files[0].1, "cong-trinh-55-nam-di-chuc");
            }
            // The only article saying "Đảng ủy" (in its body) above those with "Đảng" and
            // "cấp ủy" or "Thành ủy" apart in their titles.
            if typed == "đảng ủy" || typed == "dang uy" {
                assert_eq!(
                    from_files[0].1, "chat-luong-sinh-hoat-chi-bo",
                    "{from_files:?}"
                );
            }
            assert_eq!(from_files, expected, "{typed}");
            found_any += usize::from(!expected.is_empty());
        }
        assert!(found_any >= 9);
        // Each article's category letter names its category.
        for d in 0..index.search.docs as u32 {
            let c = index.search.category_of(d).unwrap();
            assert_eq!(index.search.categories[c], index.row(d).unwrap().category);
        }
    }

    #[test]
    fn the_fingerprint_ignores_order_and_sees_any_change() {
        let a = Fingerprint::of(["a", "b"]);
        assert_eq!(a, Fingerprint::of(["b", "a"]));
        assert_ne!(a, Fingerprint::of(["a", "c"]));
        assert_ne!(a, Fingerprint::of(["ab"]));
        assert_eq!(a.issues, 2);
    }
}
