//! Search through the files the build writes (`search::files`): the meta file once per
//! visit, then only the files of the syllables a query needs (each kept for the visit, and
//! by the service worker for offline searches), then the rows of the results on screen from
//! the whole feed's listing pages. In the editor's preview, or where the site's index cannot
//! be read, the index built here from every file (`SiteIndex::build`, as the build's)
//! answers instead, with the same ranking.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{listing, LoadError};
use crate::index::{self, Listing, Row, SiteIndex};
use crate::model::Catalog;
use crate::search::files::{self, Hit, SearchMeta, Shard};
use crate::search::Query;

thread_local! {
    static META: RefCell<Option<Rc<SearchMeta>>> = const { RefCell::new(None) };
    /// Each syllable's file, as read.
    static SHARDS: RefCell<HashMap<String, Rc<Shard>>> = RefCell::new(HashMap::new());
    /// Each result's reading text, as read (`article_text`).
    static TEXTS: RefCell<HashMap<(String, String), Rc<str>>> = RefCell::new(HashMap::new());
}

/// Forgets what was read (the preview changed).
#[cfg(feature = "preview")]
pub(super) fn forget() {
    META.with_borrow_mut(|slot| *slot = None);
    SHARDS.with_borrow_mut(HashMap::clear);
    TEXTS.with_borrow_mut(HashMap::clear);
}

/// An article's reading text, for the passage a result shows (`search::result_passage`):
/// the build's small file of it (`index::ArticleText`), or, in the preview and where the
/// site's index cannot be read, the article in its issue's file. `None` when neither
/// can be read: the result keeps its summary.
pub async fn article_text(issue: &str, article: &str) -> Option<Rc<str>> {
    let key = (issue.to_owned(), article.to_owned());
    if let Some(text) = TEXTS.with_borrow(|t| t.get(&key).cloned()) {
        return Some(text);
    }
    let built = if listing::builds_its_own() {
        None
    } else {
        match listing::read::<index::ArticleText>(&index::text_path(issue, article)).await {
            Ok(file) => Some(file.text),
            Err(LoadError::Network { .. }) => return None,
            Err(_) => None,
        }
    };
    let text: Rc<str> = match built {
        Some(text) => text.into(),
        None => {
            let loaded = super::issue(issue.to_owned()).await.ok()??;
            let found = loaded
                .file
                .articles
                .iter()
                .find(|a| a.id.as_str() == article)?;
            crate::search::body_text(found).into()
        }
    };
    TEXTS.with_borrow_mut(|t| t.insert(key, text.clone()));
    Some(text)
}

/// A search's results, best first: each an article's number in the index (its row in the
/// whole feed, `index::row_place`).
pub struct SearchResults {
    pub catalog: Rc<Catalog>,
    /// The results in the chosen category (all, if none is).
    pub found: Vec<u32>,
    /// Results per category, and in all, before the category is chosen.
    pub counts: HashMap<String, usize>,
    pub total: usize,
    /// The rows of the first page of `found`.
    pub first_rows: Vec<Row>,
}

/// The site's search meta file, or the index built here when the site's cannot be read.
async fn meta() -> Result<Result<Rc<SearchMeta>, Rc<SiteIndex>>, LoadError> {
    if listing::builds_its_own() {
        return Ok(Err(listing::built().await?));
    }
    if let Some(meta) = META.with_borrow(Clone::clone) {
        return Ok(Ok(meta));
    }
    match listing::read::<SearchMeta>(&files::meta_path()).await {
        Ok(meta) => {
            let meta = Rc::new(meta);
            META.with_borrow_mut(|slot| *slot = Some(meta.clone()));
            Ok(Ok(meta))
        }
        Err(error @ LoadError::Network { .. }) => Err(error),
        // An older build without search files, or another version: build it here.
        Err(_) => Ok(Err(listing::built().await?)),
    }
}

/// The site's search files of `keys` (`files::files_for`: only files that exist), read in
/// parallel; those read before come from memory.
async fn read_shards(keys: &[String]) -> Result<HashMap<String, Rc<Shard>>, LoadError> {
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| SHARDS.with_borrow(|m| !m.contains_key(k.as_str())))
        .collect();
    let paths: Vec<String> = missing.iter().map(|k| files::shard_path(k)).collect();
    let read = futures::future::join_all(paths.iter().map(|p| listing::read::<Shard>(p))).await;
    for (key, shard) in missing.into_iter().zip(read) {
        let shard = Rc::new(shard?);
        SHARDS.with_borrow_mut(|m| m.insert(key.clone(), shard));
    }
    Ok(SHARDS.with_borrow(|m| {
        keys.iter()
            .filter_map(|k| m.get(k).map(|shard| (k.clone(), shard.clone())))
            .collect()
    }))
}

/// The site's hits for `query`, best first, with the categories' ids and each article's
/// category (an index into them): a search finds tens of thousands of articles at 100,000,
/// so no string per hit.
struct SiteHits {
    hits: Vec<(Hit, Option<usize>)>,
    categories: Vec<String>,
}

impl SiteHits {
    fn of(meta: &SearchMeta, hits: Vec<Hit>) -> SiteHits {
        SiteHits {
            hits: hits
                .into_iter()
                .map(|h| (h, meta.category_of(h.doc)))
                .collect(),
            categories: meta.categories.clone(),
        }
    }
}

/// Ranks the site's articles for `query`.
async fn site_hits(query: &Query) -> Result<SiteHits, LoadError> {
    Ok(match meta().await? {
        Ok(meta) => {
            let loaded = read_shards(&files::files_for(query, &meta)).await?;
            SiteHits::of(
                &meta,
                files::ranked(&meta, |s| loaded.get(s).map(|r| &**r), query),
            )
        }
        Err(built) => SiteHits::of(
            &built.search,
            files::ranked(&built.search, |s| built.shard(s), query),
        ),
    })
}

/// Searches every article for `text`, keeping `category`'s results when one is chosen.
pub async fn search(
    text: String,
    category: Option<String>,
) -> Result<Rc<SearchResults>, LoadError> {
    let Some(query) = Query::parse(&text) else {
        let catalog = listing::front_catalog().await?.catalog;
        return Ok(Rc::new(SearchResults {
            catalog,
            found: Vec::new(),
            counts: HashMap::new(),
            total: 0,
            first_rows: Vec::new(),
        }));
    };
    // The catalog's head and the site's search files at once: one round fewer.
    let (catalog, site) = futures::future::join(listing::front_catalog(), site_hits(&query)).await;
    let catalog = catalog?;
    let SiteHits { hits, categories } = site?;
    let mut per_category = vec![0usize; categories.len()];
    for (_, c) in &hits {
        if let Some(n) = c.and_then(|c| per_category.get_mut(c)) {
            *n += 1;
        }
    }
    let counts: HashMap<String, usize> = categories
        .iter()
        .zip(per_category)
        .filter(|(_, n)| *n > 0)
        .map(|(c, n)| (c.clone(), n))
        .collect();
    let total = hits.len();
    // The chosen category's place in `categories` (`Some(None)`: one no result is in).
    let chosen = category.map(|id| categories.iter().position(|c| *c == id));
    let found: Vec<u32> = hits
        .into_iter()
        .filter(|(_, c)| chosen.is_none_or(|chosen| chosen.is_some() && *c == chosen))
        .map(|(hit, _)| hit.doc)
        .collect();
    let first_rows = rows(&found[..found.len().min(index::PAGE_SIZE)]).await?;
    Ok(Rc::new(SearchResults {
        catalog: catalog.catalog,
        found,
        counts,
        total,
        first_rows,
    }))
}

/// The rows of articles `found`, from the whole feed's pages (each read once, in parallel).
pub async fn rows(found: &[u32]) -> Result<Vec<Row>, LoadError> {
    let mut pages: Vec<usize> = found.iter().map(|&doc| index::row_place(doc).0).collect();
    pages.sort_unstable();
    pages.dedup();
    let read =
        futures::future::join_all(pages.iter().map(|&n| listing::page(&Listing::All, n))).await;
    let mut by_number = HashMap::new();
    for (n, page) in pages.into_iter().zip(read) {
        by_number.insert(n, page?);
    }
    found
        .iter()
        .map(|&doc| {
            let (n, at) = index::row_place(doc);
            by_number
                .get(&n)
                .and_then(|page| page.rows.get(at).cloned())
                .ok_or_else(|| LoadError::Index {
                    file: Listing::All.page_path(n),
                })
        })
        .collect()
}
