//! The listings of the home page and the category pages, read from the index the build
//! writes (`index`). In the editor's preview, or where the site has no readable
//! index, the same index is built here from the content with the same code.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;

use futures::future::{FutureExt, LocalBoxFuture, Shared};

use serde::de::DeserializeOwned;

use super::assemble::{self, Source};
use super::{fetch, preview, Fetched, LoadError};
use crate::index::{self, Front, Listing, Page, SiteIndex};
use crate::model::{Catalog, IssueEntry, IssueFile};

thread_local! {
    /// The index built in the browser (preview, or no index on the site), once per visit.
    static BUILT: RefCell<Option<Rc<SiteIndex>>> = const { RefCell::new(None) };
    /// The issues the build could not read, as they fail here, once per visit.
    static UNREAD: Once<Rc<Vec<(IssueEntry, LoadError)>>> = const { RefCell::new(None) };
    /// The site's front file and the listing pages read, once per visit: search reads its
    /// results' rows from the same pages "Xem thêm" reads.
    static FRONT: Once<Rc<Front>> = const { RefCell::new(None) };
    static PAGES: RefCell<HashMap<String, Rc<Page>>> = RefCell::new(HashMap::new());
    /// The catalog as `front_catalog` found it, once per visit.
    static FRONT_CATALOG: Once<FrontCatalog> = const { RefCell::new(None) };
}

/// A load made once per visit and shared by everyone who asks meanwhile (the masthead,
/// the page and the hand-over all want the front file at start-up).
type Once<T> = RefCell<Option<Shared<LocalBoxFuture<'static, Result<T, LoadError>>>>>;

/// Joins the load in `slot`, or starts it with `load` (a failed one is forgotten:
/// `content::settle`).
async fn once<T: Clone + 'static>(
    slot: &'static LocalKey<Once<T>>,
    load: impl FnOnce() -> LocalBoxFuture<'static, Result<T, LoadError>>,
) -> Result<T, LoadError> {
    let shared = slot.with_borrow_mut(|s| s.get_or_insert_with(|| load().shared()).clone());
    super::settle(shared, || slot.with_borrow_mut(|s| *s = None)).await
}

/// Forgets what was read (the preview changed).
#[cfg(feature = "preview")]
pub(super) fn forget() {
    BUILT.with_borrow_mut(|slot| *slot = None);
    UNREAD.with_borrow_mut(|slot| *slot = None);
    FRONT.with_borrow_mut(|slot| *slot = None);
    PAGES.with_borrow_mut(HashMap::clear);
    FRONT_CATALOG.with_borrow_mut(|slot| *slot = None);
}

/// The catalog as the masthead, the home page, the category pages and search need it: the
/// publication, the categories, the gallery, the newest issues and the featured special
/// issue. It may hold only those issues (`issues` says how many the catalog lists): pages
/// that look up any issue read the whole catalog with `content::catalog`.
#[derive(Clone)]
pub struct FrontCatalog {
    pub catalog: Rc<Catalog>,
    pub issues: usize,
}

/// The catalog's head the build wrote into the front file (`index::CatalogHead`): one file
/// of a few kilobytes whatever the archive's size, which the front's listing needs anyway.
/// The whole catalog where there is no such head (the preview, an index built here, an
/// older build).
pub async fn front_catalog() -> Result<FrontCatalog, LoadError> {
    if builds_its_own() {
        return whole_catalog().await;
    }
    once(&FRONT_CATALOG, || {
        async {
            let front = site_front().await;
            if let Some(head) = front.as_ref().ok().and_then(|f| f.head.as_ref()) {
                let text = serde_json::to_string(&head.catalog).map_err(|_| LoadError::Index {
                    file: index::front_path(),
                });
                if let Ok(catalog) = assemble::parse_catalog_file(text) {
                    return Ok(FrontCatalog {
                        catalog,
                        issues: head.issues,
                    });
                }
            }
            whole_catalog().await
        }
        .boxed_local()
    })
    .await
}

/// The whole catalog, as a [`FrontCatalog`].
async fn whole_catalog() -> Result<FrontCatalog, LoadError> {
    let catalog = Fetched.catalog().await?;
    Ok(FrontCatalog {
        issues: catalog.issues.len(),
        catalog,
    })
}

/// What a listing page starts with: the catalog, the front (counts), the listing's first
/// page and the issues the index lacks because their files could not be read.
#[derive(Clone)]
pub struct LoadedListing {
    pub catalog: Rc<Catalog>,
    pub front: Rc<Front>,
    pub listing: Listing,
    pub first: Rc<Page>,
    pub failures: Rc<Vec<(IssueEntry, LoadError)>>,
}

/// An index file read: `Err` when it is missing, unreadable or of another version.
pub(super) async fn read<T: DeserializeOwned>(path: &str) -> Result<T, LoadError> {
    let text = fetch::text(path).await?;
    let bad = || LoadError::Index {
        file: path.to_owned(),
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|_| bad())?;
    if value
        .get("index_version")
        .and_then(serde_json::Value::as_u64)
        != Some(u64::from(index::INDEX_VERSION))
    {
        return Err(bad());
    }
    serde_json::from_value(value).map_err(|_| bad())
}

/// The index built here from every issue (the preview's files first).
pub(super) async fn built() -> Result<Rc<SiteIndex>, LoadError> {
    if let Some(index) = BUILT.with_borrow(Clone::clone) {
        return Ok(index);
    }
    let loaded = super::every_issue(|_, _| {}).await?;
    let issues: Vec<(&IssueEntry, &IssueFile)> =
        loaded.issues.iter().map(|(e, f)| (e, &**f)).collect();
    let index = Rc::new(SiteIndex::build(&loaded.catalog, &issues));
    BUILT.with_borrow_mut(|slot| *slot = Some(index.clone()));
    Ok(index)
}

/// Whether this visit reads the index built here: in the preview, or once the site's own
/// index could not be read.
pub(super) fn builds_its_own() -> bool {
    preview::is_active() || BUILT.with_borrow(Option::is_some)
}

/// The site's front file as the build wrote it, read once per visit.
async fn site_front() -> Result<Rc<Front>, LoadError> {
    once(&FRONT, || {
        async { Ok(Rc::new(read::<Front>(&index::front_path()).await?)) }.boxed_local()
    })
    .await
}

/// The front file.
pub(super) async fn front() -> Result<Rc<Front>, LoadError> {
    if !builds_its_own() {
        match site_front().await {
            Ok(front) => return Ok(front),
            // Offline with nothing kept: the content is not there either.
            Err(error @ LoadError::Network { .. }) => return Err(error),
            // No index (an old build) or one of another version: build it from the content.
            Err(_) => {}
        }
    }
    Ok(Rc::new(built().await?.front.clone()))
}

/// Page `n` of `listing`.
pub async fn page(listing: &Listing, n: usize) -> Result<Rc<Page>, LoadError> {
    if !builds_its_own() {
        if *listing == Listing::All && n == 1 {
            return Ok(Rc::new(front().await?.first.clone()));
        }
        let path = listing.page_path(n);
        if let Some(page) = PAGES.with_borrow(|pages| pages.get(&path).cloned()) {
            return Ok(page);
        }
        let page = Rc::new(read::<Page>(&path).await?);
        PAGES.with_borrow_mut(|pages| pages.insert(path, page.clone()));
        return Ok(page);
    }
    let index = built().await?;
    Ok(Rc::new(
        index.page(listing, n).cloned().unwrap_or_else(Page::empty),
    ))
}

/// The issues the build could not read (`Front::unread`), tried again here, with what
/// fails: the listing names them, as its written page does. Nothing is read when the build
/// read every issue, nor when the index was built here (its failures are `every_issue`'s).
async fn unread(front: &Front) -> Rc<Vec<(IssueEntry, LoadError)>> {
    if builds_its_own() || front.unread.is_empty() {
        return Rc::default();
    }
    let ids = front.unread.clone();
    once(&UNREAD, move || {
        async move {
            let catalog = Fetched.catalog().await?;
            let entries: Vec<IssueEntry> = catalog
                .issues_newest_first()
                .into_iter()
                .filter(|e| ids.iter().any(|id| id == e.id.as_str()))
                .cloned()
                .collect();
            let files =
                futures::future::join_all(entries.iter().map(|e| Fetched.issue_file(&catalog, e)))
                    .await;
            Ok(Rc::new(
                entries
                    .into_iter()
                    .zip(files)
                    .filter_map(|(entry, file)| Some((entry, file.err()?)))
                    .collect(),
            ))
        }
        .boxed_local()
    })
    .await
    .unwrap_or_default()
}

/// A listing's start: `Ok(None)` for a category the catalog does not have.
pub async fn listing(listing: Listing) -> Result<Option<LoadedListing>, LoadError> {
    // Both at once: one round of requests, not two.
    let (catalog, front) = futures::future::join(front_catalog(), front()).await;
    let catalog = catalog?;
    if let Listing::Category(id) = &listing {
        if catalog.catalog.category(id).is_none() {
            return Ok(None);
        }
    }
    let front = front?;
    let failures = unread(&front).await;
    let catalog = catalog.catalog;
    // A category with no article in the index has no page file.
    let has_pages = match &listing {
        Listing::All => true,
        Listing::Category(id) => front.categories.iter().any(|c| c.id == *id),
    };
    let first = if has_pages {
        page(&listing, 1).await?
    } else {
        Rc::new(Page::empty())
    };
    Ok(Some(LoadedListing {
        catalog,
        front,
        listing,
        first,
        failures,
    }))
}

/// The same start from an index already built (the page writer's), with the issues whose
/// files failed, which the index lacks and the reader would try again and name.
pub fn from_index(
    catalog: Rc<Catalog>,
    index: &SiteIndex,
    listing: Listing,
    failures: Vec<(IssueEntry, LoadError)>,
) -> LoadedListing {
    let first = index.page(&listing, 1).cloned().unwrap_or_else(Page::empty);
    LoadedListing {
        catalog,
        front: Rc::new(index.front.clone()),
        listing,
        first: Rc::new(first),
        failures: Rc::new(failures),
    }
}
