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
/// the build's small file of it (`index::ArticleText`), or, in the preview and for an
/// issue uploaded without a rebuild, the article in its issue's file. `None` when neither
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
            crate::model::search::body_text(found).into()
        }
    };
    TEXTS.with_borrow_mut(|t| t.insert(key, text.clone()));
    Some(text)
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
            let loaded = read_shards(&shards::files_for(query, &meta)).await?;
            SiteHits::of(
                &meta,
                shards::ranked(&meta, |s| loaded.get(s).map(|r| &**r), query),
            )
        }
        Err(built) => SiteHits::of(
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
    let (catalog, site, front) =
        futures::future::join3(listing::front_catalog(), site_hits(&query), async {
            if builds_its_own {
                None
            } else {
                Some(listing::front().await)
            }
        })
        .await;
    let catalog = catalog?;
    let SiteHits {
        hits,
        mut categories,
    } = site?;
    let category_index = |categories: &mut Vec<String>, id: &str| {
        categories.iter().position(|c| c == id).unwrap_or_else(|| {
            categories.push(id.to_owned());
            categories.len() - 1
        })
    };
    // Each result, its rank, and its category as an index into `categories`.
    let mut scored: Vec<(Hit, Found, Option<usize>)> = hits
        .into_iter()
        .map(|(h, c)| (h, Found::Index(h.doc), c))
        .collect();
    let mut failures = Vec::new();
    if let Some(front) = front {
        let front = front?;
        let extra = listing::extra(&front, &catalog).await;
        failures = extra.failures.clone();
        if let Some(extra) = &extra.index {
            let mut new = Vec::new();
            for hit in shards::ranked(&extra.search, |s| extra.shard(s), &query) {
                if let Some(row) = extra.row(hit.doc) {
                    // Among equals, the issues uploaded since the build are the newest.
                    let first = Hit {
                        tier: hit.tier,
                        doc: 0,
                    };
                    let c = category_index(&mut categories, &row.category);
                    new.push((first, Found::Extra(Box::new(row.clone())), Some(c)));
                }
            }
            if !new.is_empty() {
                scored.extend(new);
                // A stable sort: the site's hits keep their order within a tier, after
                // the new ones.
                scored.sort_by_key(|(hit, found, _)| {
                    (hit.tier, matches!(found, Found::Index(_)), hit.doc)
                });
            }
        }
    }
    let mut per_category = vec![0usize; categories.len()];
    for (_, _, c) in &scored {
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
    let total = scored.len();
    // The chosen category's place in `categories` (`Some(None)`: one no result is in).
    let chosen = category.map(|id| categories.iter().position(|c| *c == id));
    let found: Vec<Found> = scored
        .into_iter()
        .filter(|(_, _, c)| chosen.is_none_or(|chosen| chosen.is_some() && *c == chosen))
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
