//! The whole index built from the issues that loaded: its pages, its front file and its
//! search files, and every file's path and JSON.

use serde::Serialize;

use super::{
    front_path, row_of, row_place, rows_of, Count, Front, Listing, Page, Row, INDEX_VERSION,
    PAGE_SIZE,
};
use crate::model::types::{Article, Catalog, IssueEntry, IssueFile};
use crate::search::files::{self, SearchMeta, Shard};

/// The whole index, built from the issues that loaded.
#[derive(Debug, Clone)]
pub struct SiteIndex {
    pub front: Front,
    /// Every page but the front's, with its path.
    pub pages: Vec<(String, Page)>,
    /// The search files (`search::files`): the articles numbered as the whole feed's rows.
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
pub(super) fn to_json(value: &impl Serialize) -> String {
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
        // Newest first, a stable sort (articles of the same minute keep their reading order):
        // the search numbers articles in this order.
        articles.sort_by_key(|(r, _)| std::cmp::Reverse(r.published));
        let category_ids: Vec<String> = catalog
            .categories
            .iter()
            .map(|c| c.id.to_string())
            .collect();
        let (search, shards) = files::build(
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
        let newest_issue = catalog
            .issues_newest_first()
            .into_iter()
            .find_map(|entry| issues.iter().find(|(e, _)| e.id == entry.id))
            .map(|(entry, file)| rows_of(entry, file))
            .unwrap_or_default();
        let unread = catalog
            .issues_newest_first()
            .into_iter()
            .filter(|entry| !issues.iter().any(|(e, _)| e.id == entry.id))
            .map(|entry| entry.id.to_string())
            .collect();
        SiteIndex {
            front: Front {
                index_version: INDEX_VERSION,
                total: rows.len(),
                categories,
                first,
                newest_issue,
                unread,
                head: None,
            },
            pages,
            search,
            shards,
        }
    }

    /// Every file of the index: its path and its JSON.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files = vec![(front_path(), to_json(&self.front))];
        files.extend(
            self.pages
                .iter()
                .map(|(path, page)| (path.clone(), to_json(page))),
        );
        files.push((files::meta_path(), to_json(&self.search)));
        files.extend(
            self.shards
                .iter()
                .map(|(syllable, shard)| (files::shard_path(syllable), to_json(shard))),
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
