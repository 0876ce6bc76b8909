//! Each address's page as static HTML, for the files the build writes (`prerender`): the
//! app's own components, given the content read from disk, rendered to text on the host.
//! A reader sees the page before the WebAssembly arrives (and without it); the app then
//! draws the same markup and takes the page over (`main.rs`, ARCHITECTURE.md "Static
//! pages"). Native only: the router reads the address from `RequestUrl` here.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

use crate::app::{issue_href, Frame};
use crate::content::{shareable, LoadError, LoadedCollection, LoadedCorpus, LoadedIssue};
use crate::model::check::CATALOG_FILE;
use crate::model::feed::Corpus;
use crate::model::site::{self, PageMeta, ANY_PATH, STATIC_ROOT};
use crate::model::{
    parse_catalog, parse_gallery, parse_issue, Catalog, Checked, IssueEntry, IssueFile, Problems,
};
use crate::pages::{
    ArticleContents, IssueContents, NotFoundPage, StaticGalleryPage, StaticHomePage,
};

type LoadedFile = Result<Rc<Checked<Rc<IssueFile>>>, LoadError>;

/// The content as the app would load it from this folder: the same parsers, the same
/// checks, the same errors for a file that is missing (404) or broken.
pub struct Site {
    catalog: Rc<Catalog>,
    /// Every issue in catalog order, with its file as loaded.
    issues: Vec<(IssueEntry, LoadedFile)>,
    galleries: Vec<LoadedCollection>,
    /// The path the build is deployed under (`/ban-tin`, or empty).
    base: String,
}

impl Site {
    /// `None` when the catalog cannot be read: then no page has content to show.
    /// `base` is the path the build is deployed under (`/ban-tin`, or empty at the root).
    pub fn load(read: &dyn Fn(&str) -> Option<String>, base: &str) -> Option<Site> {
        let catalog = Rc::new(parse_catalog(CATALOG_FILE, &read(CATALOG_FILE)?).ok()?);
        let issues = catalog
            .issues
            .iter()
            .map(|entry| {
                let path = entry.file.as_str();
                let file = load_file(read, path, |text| parse_issue(path, text, &catalog, entry));
                (entry.clone(), file)
            })
            .collect();
        let galleries = catalog
            .gallery
            .iter()
            .map(|entry| {
                let path = entry.file.as_str();
                let file = load_file(read, path, |text| parse_gallery(path, text, &entry.id));
                (entry.clone(), file)
            })
            .collect();
        Some(Site {
            catalog,
            issues,
            galleries,
            base: base.to_owned(),
        })
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Every address's head (`site::pages`) from the files that loaded.
    pub fn meta_pages(&self) -> Vec<PageMeta> {
        let issue = |id: &str| Some(&*self.issue_load(id)?.1.as_ref().ok()?.value);
        let gallery = |id: &str| {
            let (_, file) = self.galleries.iter().find(|(e, _)| e.id.as_str() == id)?;
            file.as_ref().ok().map(|checked| &*checked.value)
        };
        site::pages(&self.catalog, issue, gallery)
    }

    /// How many content problems the load met: a file that failed counts its problems (at
    /// least one), a file partly kept counts those of the items left out. `check-content`
    /// names them.
    pub fn problem_count(&self) -> usize {
        let count = |file: Result<&Problems, &LoadError>| match file {
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

    /// An issue's catalog entry and its file as loaded.
    fn issue_load(&self, id: &str) -> Option<&(IssueEntry, LoadedFile)> {
        self.issues
            .iter()
            .find(|(entry, _)| entry.id.as_str() == id)
    }

    fn issue(&self, id: &str) -> Option<LoadedIssue> {
        let (entry, file) = self.issue_load(id)?;
        let checked = file.as_ref().ok()?;
        Some(LoadedIssue {
            catalog: self.catalog.clone(),
            entry: entry.clone(),
            file: checked.value.clone(),
            problems: checked.problems.clone(),
        })
    }

    /// The feed's corpus as `content::corpus` builds it: newest issue first, failures named.
    fn corpus(&self) -> LoadedCorpus {
        let mut issues = Vec::new();
        let mut failures = Vec::new();
        for entry in self.catalog.issues_newest_first() {
            match self.issue_load(&entry.id) {
                Some((_, Ok(checked))) => issues.push((entry.clone(), checked.value.clone())),
                Some((_, Err(error))) => failures.push((entry.clone(), error.clone())),
                None => {}
            }
        }
        LoadedCorpus {
            catalog: self.catalog.clone(),
            corpus: Corpus::new(issues),
            failures,
        }
    }

    /// The page at `path` (as `model::routes` builds it), framed as the app frames it, in an
    /// element the app recognises; `None` for an address whose content did not load (the
    /// app shows its error there) or that has no static form (the editor preview).
    pub fn page(&self, path: &str) -> Option<String> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let page: Box<dyn FnOnce() -> AnyView> = match segments.as_slice() {
            [] => {
                let loaded = Rc::new(self.corpus());
                Box::new(move || view! { <StaticHomePage loaded /> }.into_any())
            }
            ["so", issue] => {
                let loaded = self.issue(issue)?;
                Box::new(move || view! { <IssueContents loaded category=None /> }.into_any())
            }
            ["so", issue, article] => {
                let loaded = self.issue(issue)?;
                let article = loaded.file.article(article)?.clone();
                Box::new(move || view! { <ArticleContents loaded article /> }.into_any())
            }
            ["trung-bay"] | ["trung-bay", _] => {
                let list = self.galleries.clone();
                Box::new(move || view! { <StaticGalleryPage list /> }.into_any())
            }
            ["404"] => Box::new(|| view! { <NotFoundPage /> }.into_any()),
            _ => return None,
        };
        Some(self.framed(path, page))
    }

    fn framed(&self, path: &str, page: Box<dyn FnOnce() -> AnyView>) -> String {
        // Effects do browser work (the tab's title, focus): a page written on the host has
        // none to do, so they are dropped unrun, as on a server. Set once per process.
        let _ = any_spawner::Executor::init_custom_executor(NoEffects);
        crate::app::set_host_base(&self.base);
        let publication = &self.catalog.publication;
        let name = Some(publication.name.to_string());
        let publisher = Some(publication.publisher.to_string());
        let special_href = self.catalog.featured_special().map(|i| issue_href(&i.id));
        let has_gallery = !self.catalog.gallery.is_empty();
        // The page is drawn once, so its signals are read once and on purpose untracked: in
        // debug builds Leptos would warn of each such read (~500 warnings per build log).
        let _untracked = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(RequestUrl::new(&format!("{}{path}", self.base)));
            // Links need the router around them, and the router's children must be `Send`:
            // the page travels in an arena handle.
            let page = StoredValue::new_local(Some(page));
            let content = move || page.try_update_value(Option::take).flatten().map(|p| p());
            view! {
                <Router base=self.base.clone()>
                    <Frame name publisher special_href has_gallery previewing=false>
                        {content}
                    </Frame>
                </Router>
            }
            .to_html()
        });
        // `404.html` is served for any address without a file: its page stands for all.
        let for_path = if path == "/404" { ANY_PATH } else { path };
        format!(
            "<div id=\"{STATIC_ROOT}\" class=\"bt-root\" data-path=\"{}\">{html}</div>",
            crate::model::site::escape(for_path)
        )
    }
}

/// One content file as `content` loads it: missing is a 404, unparsable is a content
/// error with its problems, and the valid part is kept shareable.
fn load_file<T>(
    read: &dyn Fn(&str) -> Option<String>,
    path: &str,
    parse: impl FnOnce(&str) -> Result<Checked<T>, Problems>,
) -> Result<Rc<Checked<Rc<T>>>, LoadError> {
    let text = read(path).ok_or_else(|| LoadError::Status {
        file: path.to_owned(),
        status: 404,
    })?;
    parse(&text)
        .map(|checked| Rc::new(shareable(checked)))
        .map_err(|problems| LoadError::Content {
            file: path.to_owned(),
            problems,
        })
}

/// An executor that drops what it is given: effects never run while a page is written.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}
