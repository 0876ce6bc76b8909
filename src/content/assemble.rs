//! The one way from files to loaded content: an issue with its catalog entry, every gallery
//! collection, every issue at once. Plain functions over a [`Source`], which the browser's
//! loader (`content::Fetched`, fetch with the editor's preview first) and the build's page
//! writer (`publish::static_page::Site`, files read from disk) each implement with their own
//! way of reading a file.

use std::future::Future;
use std::rc::Rc;

use super::LoadError;
use crate::model::check::CATALOG_FILE;
use crate::model::{
    parse_catalog, parse_gallery, parse_issue, Catalog, Checked, GalleryEntry, GalleryFile,
    IssueEntry, IssueFile, Problems,
};

/// One content file as loaded: its valid part (shareable between pages) with the problems of
/// the items left out, or why it could not be shown.
pub type FileLoad<T> = Result<Rc<Checked<Rc<T>>>, LoadError>;

/// Where content files come from.
pub trait Source {
    /// The catalog.
    fn catalog(&self) -> impl Future<Output = Result<Rc<Catalog>, LoadError>>;
    /// The file of the issue `entry` lists.
    fn issue_file(
        &self,
        catalog: &Rc<Catalog>,
        entry: &IssueEntry,
    ) -> impl Future<Output = FileLoad<IssueFile>>;
    /// The file of the gallery collection `entry` lists.
    fn gallery_file(&self, entry: &GalleryEntry) -> impl Future<Output = FileLoad<GalleryFile>>;
}

/// A file's text (or why none came) parsed by `parse`: an unparsable file is a content error
/// naming the file, with its problems.
pub fn parse_file<T>(
    path: &str,
    text: Result<String, LoadError>,
    parse: impl FnOnce(&str, &str) -> Result<Checked<T>, Problems>,
) -> FileLoad<T> {
    let text = text?;
    parse(path, &text)
        .map(|checked| {
            Rc::new(Checked {
                value: Rc::new(checked.value),
                kept: checked.kept,
                problems: checked.problems,
            })
        })
        .map_err(|problems| LoadError::Content {
            file: path.to_owned(),
            problems,
        })
}

/// The catalog's text, parsed: an unparsable catalog is a content error with its problems.
pub fn parse_catalog_file(text: Result<String, LoadError>) -> Result<Rc<Catalog>, LoadError> {
    let text = text?;
    parse_catalog(CATALOG_FILE, &text)
        .map(Rc::new)
        .map_err(|problems| LoadError::Content {
            file: CATALOG_FILE.to_owned(),
            problems,
        })
}

/// An issue file's text, checked against the catalog that lists it.
pub fn parse_issue_file(
    catalog: &Catalog,
    entry: &IssueEntry,
    text: Result<String, LoadError>,
) -> FileLoad<IssueFile> {
    parse_file(entry.file.as_str(), text, |path, text| {
        parse_issue(path, text, catalog, entry)
    })
}

/// A gallery file's text, checked against its catalog entry.
pub fn parse_gallery_file(
    entry: &GalleryEntry,
    text: Result<String, LoadError>,
) -> FileLoad<GalleryFile> {
    parse_file(entry.file.as_str(), text, |path, text| {
        parse_gallery(path, text, &entry.id)
    })
}

/// An issue with the catalog entry that lists it.
#[derive(Clone)]
pub struct LoadedIssue {
    pub catalog: Rc<Catalog>,
    pub entry: IssueEntry,
    /// The articles that passed every check.
    pub file: Rc<IssueFile>,
    /// The problems of the articles left out (usually none).
    pub problems: Problems,
}

/// One issue by id: `Ok(None)` when the catalog has no such issue (a "not found" page, not
/// an error).
pub async fn issue(source: &impl Source, id: &str) -> Result<Option<LoadedIssue>, LoadError> {
    let catalog = source.catalog().await?;
    let Some(entry) = catalog.issue(id).cloned() else {
        return Ok(None);
    };
    let checked = source
        .issue_file(&catalog, &entry)
        .await
        .map_err(|error| error.of_issue(&entry.title))?;
    Ok(Some(LoadedIssue {
        catalog,
        entry,
        file: checked.value.clone(),
        problems: checked.problems.clone(),
    }))
}

/// One gallery collection as loaded: its catalog entry and its valid works with the problems
/// of the others, or why the file failed.
pub type LoadedCollection = (GalleryEntry, FileLoad<GalleryFile>);

/// Every gallery collection in catalog order, each loaded on its own so one broken file
/// leaves the others visible.
pub async fn galleries(source: &impl Source) -> Result<Vec<LoadedCollection>, LoadError> {
    let catalog = source.catalog().await?;
    Ok(galleries_of(source, &catalog).await)
}

/// [`galleries`] of `catalog`, which may be the build's head of it (it keeps every
/// collection).
pub async fn galleries_of(source: &impl Source, catalog: &Catalog) -> Vec<LoadedCollection> {
    let loads = catalog
        .gallery
        .iter()
        .map(|entry| source.gallery_file(entry));
    let files = futures::future::join_all(loads).await;
    catalog.gallery.iter().cloned().zip(files).collect()
}

/// Every issue that loaded, newest first, and the issues that failed: what the index built
/// in the browser (the editor's preview) is made of.
pub struct LoadedIssues {
    pub catalog: Rc<Catalog>,
    pub issues: Vec<(IssueEntry, Rc<IssueFile>)>,
    pub failures: Vec<(IssueEntry, LoadError)>,
}

/// Every issue, newest first, each file loaded (in parallel where the source can).
/// `on_progress(done, total)` is called as each issue file arrives.
pub async fn every_issue(
    source: &impl Source,
    on_progress: impl Fn(usize, usize),
) -> Result<LoadedIssues, LoadError> {
    let catalog = source.catalog().await?;
    let entries: Vec<IssueEntry> = catalog.issues_newest_first().into_iter().cloned().collect();
    let total = entries.len();
    let done = std::cell::Cell::new(0);
    on_progress(0, total);
    let loads = entries.iter().map(|entry| async {
        let file = source.issue_file(&catalog, entry).await;
        done.set(done.get() + 1);
        on_progress(done.get(), total);
        file
    });
    let files = futures::future::join_all(loads).await;
    let mut issues = Vec::new();
    let mut failures = Vec::new();
    for (entry, file) in entries.into_iter().zip(files) {
        match file {
            Ok(checked) => issues.push((entry, checked.value.clone())),
            Err(error) => failures.push((entry, error)),
        }
    }
    Ok(LoadedIssues {
        catalog,
        issues,
        failures,
    })
}
