//! Every address the build writes a file for, from the content, as a [`Route`], with what
//! its `<head>` must say before any script runs.

use crate::components::titles;
use crate::index::{self, SiteIndex};
use crate::model::routes::Route;
use crate::model::types::{Catalog, GalleryFile, Image, IssueEntry, IssueFile};

#[derive(Debug, Clone)]
pub struct PageMeta {
    /// The address; `None` for `404.html`, which stands for any address without a file.
    pub route: Option<Route>,
    /// The address's path, without a trailing slash: `/`, `/so/so-11-2024` (`/404`).
    pub path: String,
    /// The page's own part of the title (the app's `DocumentTitle` text).
    pub title: String,
    pub description: String,
    pub image: Option<Image>,
    /// An article (Open Graph type `article`, with its publication time) or a plain page.
    pub published: Option<String>,
    /// Pages search engines should leave out (the editor preview, "not found").
    pub noindex: bool,
    /// When its content last changed (ISO 8601), for the sitemap's `lastmod`.
    pub modified: Option<String>,
    /// What an article says of itself to search engines.
    pub article: Option<ArticleFacts>,
}

/// An article's facts for `article:*` tags and schema.org `NewsArticle` data.
#[derive(Debug, Clone)]
pub struct ArticleFacts {
    /// Its category's name (`article:section`).
    pub section: Option<String>,
    /// Its category's id, whose feed the page announces.
    pub category: String,
    /// Who wrote it (in this bulletin, a body of the Party Committee).
    pub author: String,
    /// Who publishes the bulletin.
    pub publisher: String,
    /// When it was published, with seconds and Vietnam's offset.
    pub published: String,
}

impl PageMeta {
    fn new(route: Route, title: &str, description: &str, image: Option<&Image>) -> PageMeta {
        PageMeta {
            path: route.path(),
            route: Some(route),
            title: title.to_owned(),
            description: description.to_owned(),
            image: image.cloned(),
            published: None,
            noindex: false,
            modified: None,
            article: None,
        }
    }

    /// The same page, last changed at `modified`.
    fn modified(mut self, modified: Option<String>) -> PageMeta {
        self.modified = modified;
        self
    }

    /// The file that serves this address in the built site: `so/x/index.html`, so any static
    /// server finds it by its directory index.
    pub fn file(&self) -> String {
        match self.path.trim_matches('/') {
            "" => "index.html".to_owned(),
            path => format!("{path}/index.html"),
        }
    }

    /// "<page> – <site>", as the app sets it.
    pub fn full_title(&self) -> String {
        format!("{} – {}", self.title, crate::components::SITE_NAME)
    }
}

/// Every address of the bulletin, from its content: home, each category, the archive and
/// each year, search, each issue and article, the gallery and each work, the editor
/// preview. `issue` and `gallery` find the files that
/// could be read, by id; the pages of the others are left to the app (and to `404.html`).
pub fn pages<'a>(
    catalog: &Catalog,
    site_index: &SiteIndex,
    issue: impl Fn(&str) -> Option<&'a IssueFile>,
    gallery: impl Fn(&str) -> Option<&'a GalleryFile>,
) -> Vec<PageMeta> {
    let about = catalog
        .publication
        .description
        .as_ref()
        .map(|d| d.to_string())
        .unwrap_or_else(|| {
            format!(
                "{}: các số bản tin, bài viết theo chuyên mục.",
                catalog.publication.name
            )
        });
    let mut pages = listing_pages(catalog, site_index, &about);
    for entry in &catalog.issues {
        pages.extend(issue_pages(catalog, entry, issue(&entry.id)));
    }
    pages.extend(gallery_pages(catalog, &gallery, &about));
    let mut preview = PageMeta::new(
        Route::Preview,
        titles::PREVIEW,
        "Biên tập viên mở tệp nội dung trên máy mình để xem trước, trước khi xuất bản.",
        None,
    );
    preview.noindex = true;
    pages.push(preview);
    pages
}

/// The pages that list the bulletin: home, each category, the archive and each year, search.
fn listing_pages(catalog: &Catalog, site_index: &SiteIndex, about: &str) -> Vec<PageMeta> {
    // Home leads with the newest issue: its cover is the page's picture.
    let featured = catalog.issues_newest_first().first().copied();
    let newest = catalog.issues_newest_first().first().map(|i| i.date.iso());
    let mut pages =
        vec![
            PageMeta::new(Route::HOME, titles::HOME, about, featured.map(|i| &i.cover))
                .modified(newest.clone()),
        ];
    for category in &catalog.categories {
        let newest_row = site_index
            .page(&index::Listing::Category(category.id.to_string()), 1)
            .and_then(|p| p.rows.first());
        // A shared category link shows the cover of the issue its newest article is in, or
        // the home page's picture for a category with none yet.
        let cover = newest_row
            .and_then(|r| catalog.issues.iter().find(|i| i.id.as_str() == r.issue))
            .or(featured)
            .map(|i| &i.cover);
        pages.push(
            PageMeta::new(
                Route::category(&category.id),
                &format!("Chuyên mục {}", category.name),
                &category.description,
                cover,
            )
            .modified(newest_row.map(|r| r.published.iso_in_vietnam())),
        );
    }
    let years = catalog.issues_by_year();
    if let Some((_, newest_year)) = years.first() {
        pages.push(
            PageMeta::new(
                Route::ARCHIVE,
                titles::ARCHIVE,
                &format!("Mọi số của {}, theo từng năm.", catalog.publication.name),
                newest_year.first().map(|i| &i.cover),
            )
            .modified(newest),
        );
    }
    for (year, issues) in &years {
        pages.push(
            PageMeta::new(
                Route::Archive { year: Some(*year) },
                &format!("Các số năm {year}"),
                &format!(
                    "{} số của {} năm {year}.",
                    issues.len(),
                    catalog.publication.name
                ),
                issues.first().map(|i| &i.cover),
            )
            .modified(issues.first().map(|i| i.date.iso())),
        );
    }
    let mut search = PageMeta::new(
        Route::search(None, None),
        titles::SEARCH,
        "Tìm bài viết trong mọi số của bản tin, có dấu hay không dấu.",
        None,
    );
    search.noindex = true;
    pages.push(search);
    pages
}

/// An issue's page, its printed copy (when its file was read: the same articles as their
/// own pages, so search engines leave it out) and each article's.
fn issue_pages(catalog: &Catalog, entry: &IssueEntry, file: Option<&IssueFile>) -> Vec<PageMeta> {
    let mut pages = Vec::new();
    pages.push(
        PageMeta::new(
            Route::issue(&entry.id),
            &entry.title,
            &entry.summary,
            Some(&entry.cover),
        )
        .modified(Some(entry.date.iso())),
    );
    // Its printed copy, for the issues whose file was read: the same articles as their
    // own pages, so search engines leave it out.
    if file.is_some() {
        let mut print = PageMeta::new(
            Route::print(&entry.id),
            &titles::print(&entry.title),
            &entry.summary,
            Some(&entry.cover),
        );
        print.noindex = true;
        pages.push(print);
    }
    for article in file.map(|f| f.articles.as_slice()).unwrap_or_default() {
        let mut page = PageMeta::new(
            Route::article(&entry.id, &article.id),
            &article.title,
            &article.summary,
            Some(article.image.as_ref().unwrap_or(&entry.cover)),
        );
        page.published = Some(article.published.iso());
        page.modified = Some(article.published.iso_in_vietnam());
        page.article = Some(ArticleFacts {
            section: catalog
                .category(&article.category)
                .map(|c| c.name.to_string()),
            category: article.category.to_string(),
            author: article.author.to_string(),
            publisher: catalog.publication.publisher.to_string(),
            published: article.published.iso_in_vietnam(),
        });
        pages.push(page);
    }
    pages
}

/// The gallery's page and each work's.
fn gallery_pages<'a>(
    catalog: &Catalog,
    gallery: &impl Fn(&str) -> Option<&'a GalleryFile>,
    about: &str,
) -> Vec<PageMeta> {
    let mut pages = Vec::new();
    let galleries: Vec<&GalleryFile> = catalog
        .gallery
        .iter()
        .filter_map(|entry| gallery(&entry.id))
        .collect();
    let works: Vec<_> = galleries.iter().flat_map(|g| &g.works).collect();
    if !catalog.gallery.is_empty() {
        let description = galleries
            .first()
            .map(|g| g.description.to_string())
            .unwrap_or_else(|| about.to_owned());
        let latest = works.iter().map(|w| w.date).max().map(|d| d.iso());
        pages.push(
            PageMeta::new(
                Route::gallery(None),
                titles::GALLERY,
                &description,
                works.first().map(|w| &w.image),
            )
            .modified(latest),
        );
    }
    for work in works {
        pages.push(
            PageMeta::new(
                Route::work(&work.id, None),
                &work.title,
                &work.caption,
                Some(&work.image),
            )
            .modified(Some(work.date.iso())),
        );
    }
    pages
}

/// The page `404.html` serves: static hosts send it, with status 404, for any address that
/// has no file; the app then shows its own "not found" page (or the page, for an address
/// the content gained after the build).
pub fn not_found() -> PageMeta {
    PageMeta {
        route: None,
        path: "/404".to_owned(),
        title: titles::NOT_FOUND.to_owned(),
        description: "Không có trang ở địa chỉ này.".to_owned(),
        image: None,
        published: None,
        noindex: true,
        modified: None,
        article: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(title: &str, description: &str) -> PageMeta {
        PageMeta::new(Route::issue("so-11-2024"), title, description, None)
    }

    #[test]
    fn files_are_directory_indexes() {
        assert_eq!(page("a", "b").file(), "so/so-11-2024/index.html");
        assert_eq!(
            PageMeta::new(Route::HOME, "a", "b", None).file(),
            "index.html"
        );
    }

    #[test]
    fn hidden_pages_have_no_canonical_address() {
        let tags = super::super::shell::head_tags(&not_found(), None, "https://a.vn");
        assert!(tags.contains(r#"<meta name="robots" content="noindex" />"#));
        assert!(!tags.contains("canonical"));
    }
}
