//! The listings of the home page and the category pages, read from the index the build
//! writes (`model::index`), with the issues the index lacks (uploaded without a rebuild)
//! loaded directly and merged in. In the editor's preview, or where the site has no
//! readable index, the same index is built here from the content with the same code.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde::de::DeserializeOwned;

use super::assemble::Source;
use super::{fetch, preview, Fetched, LoadError};
use crate::model::index::{self, Front, Known, Listing, Page, Row, SiteIndex};
use crate::model::{Catalog, IssueEntry, IssueFile};

thread_local! {
    /// The index built in the browser (preview, or no index on the site), once per visit.
    static BUILT: RefCell<Option<Rc<SiteIndex>>> = const { RefCell::new(None) };
    /// The issues the index lacks, loaded once per visit.
    static EXTRA: RefCell<Option<Rc<Extra>>> = const { RefCell::new(None) };
    /// The site's front file and the listing pages read, once per visit: search reads its
    /// results' rows from the same pages "Xem thêm" reads.
    static FRONT: RefCell<Option<Rc<Front>>> = const { RefCell::new(None) };
    static PAGES: RefCell<HashMap<String, Rc<Page>>> = RefCell::new(HashMap::new());
}

/// Forgets what was read (the preview changed).
pub(super) fn forget() {
    BUILT.with_borrow_mut(|slot| *slot = None);
    EXTRA.with_borrow_mut(|slot| *slot = None);
    FRONT.with_borrow_mut(|slot| *slot = None);
    PAGES.with_borrow_mut(HashMap::clear);
}

/// The issues the catalog lists and the index does not hold, as loaded, with their own
/// index (the same code as the site's), which search reads beside the site's.
#[derive(Default)]
pub struct Extra {
    pub issues: Vec<(IssueEntry, Rc<IssueFile>)>,
    pub failures: Vec<(IssueEntry, LoadError)>,
    pub index: Option<SiteIndex>,
}

impl Extra {
    /// Their rows in `listing`, newest first.
    pub fn rows(&self, listing: &Listing) -> Vec<Row> {
        let issues: Vec<(&IssueEntry, &IssueFile)> =
            self.issues.iter().map(|(e, f)| (e, &**f)).collect();
        index::extra_rows(listing, &issues)
    }
}

/// What a listing page starts with: the catalog, the front (counts), the listing's first
/// page and the issues the index lacks.
#[derive(Clone)]
pub struct LoadedListing {
    pub catalog: Rc<Catalog>,
    pub front: Rc<Front>,
    pub listing: Listing,
    pub first: Rc<Page>,
    pub extra: Rc<Extra>,
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

/// The front file.
pub(super) async fn front() -> Result<Rc<Front>, LoadError> {
    if !builds_its_own() {
        if let Some(front) = FRONT.with_borrow(Clone::clone) {
            return Ok(front);
        }
        match read::<Front>(&index::front_path()).await {
            Ok(front) => {
                let front = Rc::new(front);
                FRONT.with_borrow_mut(|slot| *slot = Some(front.clone()));
                return Ok(front);
            }
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

/// The issues the index lacks, loaded. Nothing is read when the catalog's issues are the
/// index's (the fingerprint matches), nor when the index was built here.
pub(super) async fn extra(catalog: &Rc<Catalog>, front: &Front) -> Rc<Extra> {
    if builds_its_own() || index::is_current(front, catalog) {
        return Rc::default();
    }
    if let Some(extra) = EXTRA.with_borrow(Clone::clone) {
        return extra;
    }
    let known = match read::<Known>(&index::known_path()).await {
        Ok(known) => known,
        Err(_) => Known {
            index_version: index::INDEX_VERSION,
            issues: Vec::new(),
        },
    };
    let unknown: Vec<IssueEntry> = index::unknown_issues(catalog, &known)
        .into_iter()
        .cloned()
        .collect();
    let files =
        futures::future::join_all(unknown.iter().map(|e| Fetched.issue_file(catalog, e))).await;
    let mut extra = Extra::default();
    for (entry, file) in unknown.into_iter().zip(files) {
        match file {
            Ok(checked) => extra.issues.push((entry, checked.value.clone())),
            Err(error) => extra.failures.push((entry, error)),
        }
    }
    if !extra.issues.is_empty() {
        let issues: Vec<(&IssueEntry, &IssueFile)> =
            extra.issues.iter().map(|(e, f)| (e, &**f)).collect();
        extra.index = Some(SiteIndex::build(catalog, &issues));
    }
    let extra = Rc::new(extra);
    if extra.failures.is_empty() {
        EXTRA.with_borrow_mut(|slot| *slot = Some(extra.clone()));
    }
    extra
}

/// A listing's start: `Ok(None)` for a category the catalog does not have.
pub async fn listing(listing: Listing) -> Result<Option<LoadedListing>, LoadError> {
    let catalog = Fetched.catalog().await?;
    if let Listing::Category(id) = &listing {
        if catalog.category(id).is_none() {
            return Ok(None);
        }
    }
    let front = front().await?;
    let extra = extra(&catalog, &front).await;
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
        extra,
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
        extra: Rc::new(Extra {
            issues: Vec::new(),
            failures,
            index: None,
        }),
    }
}
