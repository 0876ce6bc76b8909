//! Search through the files the build writes (`model::shards`): the meta file once per
//! visit, then only the files of the syllables a query needs (each kept for the visit, and
//! by the service worker for offline searches), then the rows of the results on screen from
//! the whole feed's listing pages. Issues the index lacks (uploaded without a rebuild) are
//! searched in an index built here from their files, and their results merged by rank. In
//! the editor's preview, or where the site's index cannot be read, the index built here
//! from every file answers instead, with the same code.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{listing, LoadError};
use crate::model::index::{self, Listing, Row, SiteIndex};
use crate::model::search::Query;
use crate::model::shards::{self, Hit, SearchMeta, Shard};
use crate::model::{Catalog, IssueEntry};

thread_local! {
    static META: RefCell<Option<Rc<SearchMeta>>> = const { RefCell::new(None) };
    /// Each syllable's file, as read.
    static SHARDS: RefCell<HashMap<String, Rc<Shard>>> = RefCell::new(HashMap::new());
}

/// Forgets what was read (the preview changed).
pub(super) fn forget() {
    META.with_borrow_mut(|slot| *slot = None);
    SHARDS.with_borrow_mut(HashMap::clear);
}

/// A result: an article of the site's index (its number there), or of an issue the index
/// lacks (its row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Index(u32),
    Extra(Box<Row>),
}

/// A search's results, best first.
pub struct SearchResults {
    pub catalog: Rc<Catalog>,
    /// The results in the chosen category (all, if none is).
    pub found: Vec<Found>,
    /// Results per category, and in all, before the category is chosen.
    pub counts: HashMap<String, usize>,
    pub total: usize,
    /// The rows of the first page of `found`.
    pub first_rows: Vec<Row>,
    /// Issues the index lacks whose files could not be read.
    pub failures: Vec<(IssueEntry, LoadError)>,
}

/// The site's search meta file, or the index built here when the site's cannot be read.
async fn meta() -> Result<Result<Rc<SearchMeta>, Rc<SiteIndex>>, LoadError> {
    if listing::builds_its_own() {
        return Ok(Err(listing::built().await?));
    }
    if let Some(meta) = META.with_borrow(Clone::clone) {
        return Ok(Ok(meta));
    }
    match listing::read::<SearchMeta>(&shards::meta_path()).await {
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

/// The site's search files of `keys` (`shards::files_for`: only files that exist), read in
/// parallel; those read before come from memory.
async fn read_shards(keys: &[String]) -> Result<HashMap<String, Rc<Shard>>, LoadError> {
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| SHARDS.with_borrow(|m| !m.contains_key(k.as_str())))
        .collect();
    let paths: Vec<String> = missing.iter().map(|k| shards::shard_path(k)).collect();
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

/// Ranks the site's articles for `query`, each with its category's id.
async fn site_hits(query: &Query) -> Result<Vec<(Hit, Found, Option<String>)>, LoadError> {
    let found = |meta: &SearchMeta, hits: Vec<Hit>| {
        hits.into_iter()
            .map(|h| {
                (
                    h,
                    Found::Index(h.doc),
                    meta.category_id(h.doc).map(str::to_owned),
                )
            })
            .collect()
    };
    Ok(match meta().await? {
        Ok(meta) => {
            let loaded = read_shards(&shards::files_for(query, &meta)).await?;
            found(
                &meta,
                shards::ranked(&meta, |s| loaded.get(s).map(|r| &**r), query),
            )
        }
        Err(built) => found(
            &built.search,
            shards::ranked(&built.search, |s| built.shard(s), query),
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
            failures: Vec::new(),
        }));
    };
    // The catalog's head, the site's search files, and the front file whose fingerprint
    // says whether issues were uploaded since the build, all at once: fewer rounds.
    let builds_its_own = listing::builds_its_own();
    let (catalog, hits, front) =
        futures::future::join3(listing::front_catalog(), site_hits(&query), async {
            if builds_its_own {
                None
            } else {
                Some(listing::front().await)
            }
        })
        .await;
    let catalog = catalog?;
    let mut hits = hits?;
    let mut failures = Vec::new();
    if let Some(front) = front {
        let front = front?;
        let extra = listing::extra(&front, &catalog).await;
        failures = extra.failures.clone();
        if let Some(extra) = &extra.index {
            for hit in shards::ranked(&extra.search, |s| extra.shard(s), &query) {
                if let Some(row) = extra.row(hit.doc) {
                    // Among equals, the issues uploaded since the build are the newest.
                    let first = Hit {
                        tier: hit.tier,
                        doc: 0,
                    };
                    hits.push((
                        first,
                        Found::Extra(Box::new(row.clone())),
                        Some(row.category.clone()),
                    ));
                }
            }
        }
    }
    // A stable sort: the site's hits keep their order within a tier, after the new ones.
    hits.sort_by_key(|(hit, found, _)| (hit.tier, matches!(found, Found::Index(_)), hit.doc));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, _, c) in &hits {
        if let Some(c) = c {
            *counts.entry(c.clone()).or_default() += 1;
        }
    }
    let total = hits.len();
    let found: Vec<Found> = hits
        .into_iter()
        .filter(|(_, _, c)| category.is_none() || *c == category)
        .map(|(_, found, _)| found)
        .collect();
    let first_rows = rows(&found[..found.len().min(index::PAGE_SIZE)]).await?;
    Ok(Rc::new(SearchResults {
        catalog: catalog.catalog,
        found,
        counts,
        total,
        first_rows,
        failures,
    }))
}

/// The rows of `found`, from the whole feed's pages (each read once, in parallel).
pub async fn rows(found: &[Found]) -> Result<Vec<Row>, LoadError> {
    let mut pages: Vec<usize> = found
        .iter()
        .filter_map(|f| match f {
            Found::Index(doc) => Some(index::row_place(*doc).0),
            Found::Extra(_) => None,
        })
        .collect();
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
        .map(|f| match f {
            Found::Index(doc) => {
                let (n, at) = index::row_place(*doc);
                by_number
                    .get(&n)
                    .and_then(|page| page.rows.get(at).cloned())
                    .ok_or_else(|| LoadError::Index {
                        file: Listing::All.page_path(n),
                    })
            }
            Found::Extra(row) => Ok((**row).clone()),
        })
        .collect()
}
