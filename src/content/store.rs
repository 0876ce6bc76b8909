//! The one store pages ask for content. Every resource it makes reads the preview's
//! generation, so opening files, clearing them or leaving the preview from any page loads
//! whatever is on screen again: no page has to remember to.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

use super::listing::LoadedListing;
use super::{preview, LoadError, LoadedCollection, LoadedIssue};
use crate::index::{Listing, Page};
#[cfg(feature = "preview")]
use crate::model::check::FolderReport;
use crate::model::Catalog;

/// Content for pages, provided by the app through context (`Store::provide`, `use_store`).
#[derive(Clone, Copy)]
pub struct Store {
    /// Bumped whenever the preview's files change.
    generation: RwSignal<u64>,
}

impl Store {
    fn new() -> Store {
        Store {
            generation: RwSignal::from(preview::generation()),
        }
    }

    /// Makes the store and provides it to everything below.
    pub fn provide() -> Store {
        let store = Store::new();
        provide_context(store);
        store
    }

    /// The store provided above; one of its own if none was (a component mounted alone).
    pub fn use_store() -> Store {
        use_context().unwrap_or_else(Store::new)
    }

    /// A resource that loads again whenever the preview changes.
    fn resource<T, Fut>(self, load: impl Fn() -> Fut + 'static) -> LocalResource<T>
    where
        T: 'static,
        Fut: Future<Output = T> + 'static,
    {
        LocalResource::new(move || {
            self.generation.track();
            load()
        })
    }

    /// The catalog.
    pub fn catalog(self) -> LocalResource<Result<Rc<Catalog>, LoadError>> {
        self.resource(super::catalog)
    }

    /// The catalog as far as the masthead and the home page need it (`listing::front_catalog`).
    pub fn front_catalog(self) -> LocalResource<Result<super::listing::FrontCatalog, LoadError>> {
        self.resource(super::listing::front_catalog)
    }

    /// The issue `id()` names, with its catalog entry (`Ok(None)`: the catalog has none).
    pub fn issue(
        self,
        id: impl Fn() -> String + 'static,
    ) -> LocalResource<Result<Option<LoadedIssue>, LoadError>> {
        self.resource(move || super::issue(id()))
    }

    /// Every gallery collection, each loaded on its own.
    pub fn galleries(self) -> LocalResource<Result<Vec<LoadedCollection>, LoadError>> {
        self.resource(super::galleries)
    }

    /// The start of the listing `which()` names (`Ok(None)`: no such category).
    pub fn listing(
        self,
        which: impl Fn() -> Listing + 'static,
    ) -> LocalResource<Result<Option<LoadedListing>, LoadError>> {
        self.resource(move || super::listing::listing(which()))
    }

    /// The results of the search `which()` names: its text and perhaps a category.
    pub fn search(
        self,
        which: impl Fn() -> (String, Option<String>) + 'static,
    ) -> LocalResource<Result<Rc<super::search::SearchResults>, LoadError>> {
        self.resource(move || {
            let (text, category) = which();
            super::search::search(text, category)
        })
    }

    /// Page `n` of `listing`, for "Xem thêm".
    pub async fn page(self, listing: Listing, n: usize) -> Result<Rc<Page>, LoadError> {
        super::listing::page(&listing, n).await
    }

    /// The preview's check of every file the app would show now.
    #[cfg(feature = "preview")]
    pub fn preview_report(self) -> LocalResource<FolderReport> {
        self.resource(preview::check)
    }

    /// Whether this browser shows an editor's files instead of the site's.
    pub fn previewing(self) -> Signal<bool> {
        Signal::derive(move || {
            self.generation.track();
            preview::is_active()
        })
    }

    /// The site paths of the opened JSON files and pictures.
    #[cfg(feature = "preview")]
    pub fn opened(self) -> Signal<(Vec<String>, Vec<String>)> {
        Signal::derive(move || {
            self.generation.track();
            preview::opened()
        })
    }
}
