//! Each address's page as static HTML, for the files the build writes: the app's own
//! components, given the content read from disk, rendered to text on the host. A reader
//! sees the page before the WebAssembly arrives (and without it); the app then draws the
//! same markup and takes the page over (`handover`). The content comes through the same
//! assembly as in the browser (`content::assemble`), from files read once.

use std::rc::Rc;

use futures::FutureExt;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

use super::pages::{self, PageMeta};
use crate::app::{Frame, Masthead};
use crate::components::RELATED;
use crate::content::assemble::{self, FileLoad, Source};
use crate::content::{listing, LoadError, LoadedCollection, LoadedIssue};
use crate::handover::{ANY_PATH, STATIC_ROOT};
use crate::index::{Listing, SiteIndex};
use crate::model::check::CATALOG_FILE;
use crate::model::routes::Route;
use crate::model::{Catalog, GalleryEntry, GalleryFile, IssueEntry, IssueFile, IssueKind};
use crate::pages::{
    archive_contents, first_collection, ArticleContents, CategoryContents, IssueContents,
    IssuePrintContents, NotFoundPage, StaticGalleryPage, StaticHomePage, StaticSearchPage,
};
use crate::readiness;

/// The content of a built site's folder, every file read and parsed once.
pub struct Site {
    catalog: Rc<Catalog>,
    /// Every issue in catalog order, with its file as loaded.
    issues: Vec<(IssueEntry, FileLoad<IssueFile>)>,
    galleries: Vec<LoadedCollection>,
    /// The index of the issues that loaded (`index`), written beside the content.
    index: SiteIndex,
    /// The path the build is deployed under (`/ban-tin`, or empty).
    base: String,
    /// The site's public address, which shared and printed addresses start with.
    site_url: String,
}

/// The site's files as a [`Source`]: every load is already done, so each is ready at once.
impl Source for Site {
    async fn catalog(&self) -> Result<Rc<Catalog>, LoadError> {
        Ok(self.catalog.clone())
    }

    async fn issue_file(&self, _: &Rc<Catalog>, entry: &IssueEntry) -> FileLoad<IssueFile> {
        self.issues
            .iter()
            .find(|(e, _)| e.id == entry.id)
            .map(|(_, file)| file.clone())
            .unwrap_or_else(|| Err(missing(entry.file.as_str())))
    }

    async fn gallery_file(&self, entry: &GalleryEntry) -> FileLoad<GalleryFile> {
        self.galleries
            .iter()
            .find(|(e, _)| e.id == entry.id)
            .map(|(_, file)| file.clone())
            .unwrap_or_else(|| Err(missing(entry.file.as_str())))
    }
}

/// What a file the folder lacks is to the app: a 404.
fn missing(path: &str) -> LoadError {
    LoadError::Status {
        file: path.to_owned(),
        status: 404,
    }
}

impl Site {
    /// `None` when the catalog cannot be read: then no page has content to show.
    /// `base` is the path the build is deployed under (`/ban-tin`, or empty at the root).
    pub fn load(read: &dyn Fn(&str) -> Option<String>, base: &str) -> Option<Site> {
        let text = |path: &str| read(path).ok_or_else(|| missing(path));
        let catalog_text = read(CATALOG_FILE)?;
        let catalog = assemble::parse_catalog_file(Ok(catalog_text.clone())).ok()?;
        let issues: Vec<(IssueEntry, FileLoad<IssueFile>)> = catalog
            .issues
            .iter()
            .map(|entry| {
                let file = assemble::parse_issue_file(&catalog, entry, text(&entry.file));
                (entry.clone(), file)
            })
            .collect();
        let galleries = catalog
            .gallery
            .iter()
            .map(|entry| {
                let file = assemble::parse_gallery_file(entry, text(&entry.file));
                (entry.clone(), file)
            })
            .collect();
        let loaded: Vec<_> = issues
            .iter()
            .filter_map(|(entry, file)| Some((entry, &*file.as_ref().ok()?.value)))
            .collect();
        let index = super::site_index(&catalog_text, &catalog, &loaded);
        Some(Site {
            index,
            catalog,
            issues,
            galleries,
            base: base.to_owned(),
            site_url: format!("http://127.0.0.1:8080{base}"),
        })
    }

    /// The site's public address (`BAN_TIN_SITE_URL`; by default the local server's).
    pub fn set_site_url(&mut self, url: &str) {
        url.trim_end_matches('/').clone_into(&mut self.site_url);
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The issues whose files failed, newest first, as the reader's listings name them.
    fn failures(&self) -> Vec<(IssueEntry, LoadError)> {
        self.catalog
            .issues_newest_first()
            .into_iter()
            .filter_map(|entry| {
                let (_, file) = self.issues.iter().find(|(e, _)| e.id == entry.id)?;
                Some((entry.clone(), file.as_ref().err()?.clone()))
            })
            .collect()
    }

    /// The index the build writes (`index`).
    pub fn index(&self) -> &SiteIndex {
        &self.index
    }

    /// Every address's head (`pages::pages`) from the files that loaded.
    pub fn pages(&self) -> Vec<PageMeta> {
        let issue = |id: &str| {
            let (_, file) = self.issues.iter().find(|(e, _)| e.id.as_str() == id)?;
            file.as_ref().ok().map(|checked| &*checked.value)
        };
        let gallery = |id: &str| {
            let (_, file) = self.galleries.iter().find(|(e, _)| e.id.as_str() == id)?;
            file.as_ref().ok().map(|checked| &*checked.value)
        };
        pages::pages(&self.catalog, &self.index, issue, gallery)
    }

    /// The issues whose files loaded, in catalog order.
    pub fn loaded_issues(&self) -> Vec<(&IssueEntry, &IssueFile)> {
        self.issues
            .iter()
            .filter_map(|(entry, file)| Some((entry, &*file.as_ref().ok()?.value)))
            .collect()
    }

    /// Each loaded article's reading text for search results (`index::texts`).
    pub fn texts(&self) -> impl Iterator<Item = (String, String)> + '_ {
        crate::index::texts(self.loaded_issues())
    }

    /// The Atom feeds (`feeds::feeds`) from the issue files that loaded.
    pub fn feeds(&self, site_url: &str) -> Vec<super::feeds::Feed> {
        super::feeds::feeds(&self.catalog, &self.loaded_issues(), site_url)
    }

    /// How many content problems the load met: a file that failed counts its problems (at
    /// least one), a file partly kept counts those of the items left out. `check-content`
    /// names them.
    pub fn problem_count(&self) -> usize {
        let count = |file: Result<&crate::model::Problems, &LoadError>| match file {
            Ok(problems) => problems.len(),
            Err(error) => error.problems().len().max(1),
        };
        let issues = self
            .issues
            .iter()
            .map(|(_, f)| count(f.as_ref().map(|c| &c.problems)));
        let galleries = self
            .galleries
            .iter()
            .map(|(_, f)| count(f.as_ref().map(|c| &c.problems)));
        issues.chain(galleries).sum()
    }

    /// A load through the shared assembly; every file is already read, so it is done at once.
    fn now<T>(load: impl std::future::Future<Output = Result<T, LoadError>>) -> Option<T> {
        load.now_or_never()?.ok()
    }

    /// The page at the site path `path` (`/404`: the page `404.html` shows).
    pub fn page(&self, path: &str) -> Option<String> {
        if path == pages::not_found().path {
            return self.page_for(None);
        }
        self.page_for(Some(&Route::parse(path, "")?))
    }

    /// The page for `route` (`None`: `404.html`'s, which stands for any address), framed as
    /// the app frames it, in an element the app recognises; `None` for an address whose
    /// content did not load (the app shows its error there) or that has no static form (a
    /// filtered feed, the editor preview).
    pub fn page_for(&self, route: Option<&Route>) -> Option<String> {
        let page: Box<dyn FnOnce() -> AnyView> = match route {
            None => Box::new(|| view! { <NotFoundPage /> }.into_any()),
            Some(Route::Home) => {
                let loaded = listing::from_index(
                    self.catalog.clone(),
                    &self.index,
                    Listing::All,
                    self.failures(),
                );
                Box::new(move || view! { <StaticHomePage loaded /> }.into_any())
            }
            Some(Route::Category { category }) => {
                self.catalog.category(category)?;
                let listing = Listing::Category(category.clone());
                let loaded = listing::from_index(
                    self.catalog.clone(),
                    &self.index,
                    listing,
                    self.failures(),
                );
                Box::new(move || view! { <CategoryContents loaded /> }.into_any())
            }
            Some(Route::Archive { year }) => {
                let (catalog, year) = (self.catalog.clone(), *year);
                archive_contents(catalog.clone(), year)?;
                Box::new(move || archive_contents(catalog, year).into_any())
            }
            Some(Route::Search {
                search: None,
                category: None,
            }) => Box::new(|| view! { <StaticSearchPage /> }.into_any()),
            Some(Route::Issue {
                issue,
                category: None,
            }) => {
                let loaded: LoadedIssue = Self::now(assemble::issue(self, issue))??;
                let gallery = (loaded.entry.kind == IssueKind::Special)
                    .then(|| Self::now(assemble::galleries(self)))
                    .flatten()
                    .and_then(|list| first_collection(&list));
                Box::new(move || {
                    view! { <IssueContents loaded category=None gallery /> }.into_any()
                })
            }
            Some(Route::Article { issue, article }) => {
                let loaded: LoadedIssue = Self::now(assemble::issue(self, issue))??;
                let article = loaded.file.article(article)?.clone();
                let listing = Listing::Category(article.category.to_string());
                let related = self
                    .index
                    .page(&listing, 1)
                    .map(|page| page.others(issue, article.id.as_str(), RELATED))
                    .unwrap_or_default();
                Box::new(move || view! { <ArticleContents loaded article related /> }.into_any())
            }
            Some(Route::Print { issue }) => {
                let loaded: LoadedIssue = Self::now(assemble::issue(self, issue))??;
                Box::new(move || view! { <IssuePrintContents loaded /> }.into_any())
            }
            Some(Route::Gallery { collection: None }) => {
                let list = Self::now(assemble::galleries(self))?;
                Box::new(move || view! { <StaticGalleryPage list /> }.into_any())
            }
            Some(Route::Work {
                work,
                collection: None,
            }) => {
                let list = Self::now(assemble::galleries(self))?;
                let work = work.clone();
                Box::new(move || view! { <StaticGalleryPage list work /> }.into_any())
            }
            Some(
                Route::Search { .. }
                | Route::Issue { .. }
                | Route::Gallery { .. }
                | Route::Work { .. }
                | Route::Preview,
            ) => return None,
        };
        let path = route.map_or_else(|| ANY_PATH.to_owned(), Route::path);
        Some(self.framed(&path, page))
    }

    fn framed(&self, path: &str, page: Box<dyn FnOnce() -> AnyView>) -> String {
        // Effects do browser work (the tab's title, focus): a page written on the host has
        // none to do, so they are dropped unrun, as on a server. Set once per process.
        let _ = any_spawner::Executor::init_custom_executor(NoEffects);
        crate::app::set_host_base(&self.base);
        crate::app::set_host_site_url(&self.site_url);
        let masthead = Masthead::of(&self.catalog);
        // The address the router reads; `404.html`'s page is drawn at `/404`.
        let at = if path == ANY_PATH { "/404" } else { path };
        // The page is drawn once, so its signals are read once and on purpose untracked: in
        // debug builds Leptos would warn of each such read (~500 warnings per build log).
        let _untracked = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        readiness::reset();
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(RequestUrl::new(&format!("{}{at}", self.base)));
            // Links need the router around them, and the router's children must be `Send`:
            // the page travels in an arena handle.
            let page = StoredValue::new_local(Some(page));
            let content = move || page.try_update_value(Option::take).flatten().map(|p| p());
            view! {
                <Router base=self.base.clone()>
                    <Frame masthead>
                        {content}
                    </Frame>
                </Router>
            }
            .to_html()
        });
        // Leptos marks the places of dynamic parts with `<!>`, which HTML calls a bogus
        // comment. Written as empty comments they are valid and the document keeps the same
        // nodes: dropped, the text nodes they split merge, and the text lays out a fraction
        // of a pixel differently from the app's copy (tests/e2e/static.test.mjs saw a chip
        // move by 0.5 px). Text never holds a raw `<`, so only markers change.
        let html = html.replace("<!>", "<!---->");
        // How many parts show a failed load, for the hand-over to compare (none: no mark).
        let failed = match readiness::failures() {
            0 => String::new(),
            n => format!(" data-failed=\"{n}\""),
        };
        format!(
            "<div id=\"{STATIC_ROOT}\" class=\"bt-root\" data-path=\"{}\"{failed}>{html}</div>",
            super::shell::escape(path)
        )
    }
}

/// An executor that drops what it is given: effects never run while a page is written.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}
