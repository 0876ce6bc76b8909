//! Every address the reader has, as one [`Route`]: what it names, how it is written (`href`)
//! and read back (`parse`). The router's table (`app::route_table`), the pages the build
//! writes (`publish::pages`), the masthead's current-page marker and every link are built
//! from it, so an address cannot be spelled two ways.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a query value keeps as it is: letters, digits and `-_.~`, so ids stay readable.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The fixed path segments, as the router's table matches them.
pub mod segment {
    /// `/so/<issue>` and `/so/<issue>/<article>`.
    pub const ISSUE: &str = "so";
    /// `/trung-bay` and `/trung-bay/<work>`.
    pub const GALLERY: &str = "trung-bay";
    /// `/xem-truoc`, the editor preview.
    pub const PREVIEW: &str = "xem-truoc";
    /// `/chuyen-muc/<category>`: one category's articles (and its Atom feed beside it).
    pub const CATEGORY: &str = "chuyen-muc";
    /// `/luu-tru` and `/luu-tru/<year>`: the archive of every issue, by year.
    pub const ARCHIVE: &str = "luu-tru";
    /// `/tim-kiem?q=…`: search.
    pub const SEARCH: &str = "tim-kiem";
    /// `/ban-in/<issue>`: a whole issue to print or save as PDF ("bản in", the printed copy).
    pub const PRINT: &str = "ban-in";
}

/// The QR code of a page's address (a site path such as `/so/x/y`), which the build writes
/// beside the pages as an SVG file for the page's printed copies: `ma-qr/so/x/y.svg`, a
/// path relative to the page's `<base>`.
pub fn qr_code_path(path: &str) -> String {
    const FOLDER: &str = "ma-qr";
    format!("{FOLDER}/{}.svg", path.trim_matches('/'))
}

/// The Atom feeds the build writes beside the pages, for feed readers: the whole
/// bulletin's at `/atom.xml`, one category's at `/chuyen-muc/<id>/atom.xml` (as Zola writes
/// a taxonomy's). Paths from the site's root, without the deployment's base.
pub fn feed_path(category: Option<&str>) -> String {
    const FILE: &str = "atom.xml";
    match category {
        None => format!("/{FILE}"),
        Some(id) => format!(
            "/{}/{}/{FILE}",
            segment::CATEGORY,
            utf8_percent_encode(id, QUERY_VALUE)
        ),
    }
}

/// The names of the path parameters in the router's table.
pub mod param {
    pub const ISSUE: &str = "issue";
    pub const ARTICLE: &str = "article";
    pub const WORK: &str = "work";
    pub const CATEGORY: &str = "category";
    pub const YEAR: &str = "year";
}

/// The query keys an address may carry.
pub mod query_key {
    /// `?q=`: the search text (search; on home, an old address of search).
    pub const SEARCH: &str = "q";
    /// `?chuyen-muc=`: one category (search, an issue's contents; on home, an old address of
    /// a category's page).
    pub const CATEGORY: &str = "chuyen-muc";
    /// `?bo-suu-tap=`: one gallery collection (gallery, a work).
    pub const COLLECTION: &str = "bo-suu-tap";
}

/// One address of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: the front page and the newest articles. (`/?q=` and `/?chuyen-muc=`, its old
    /// forms of search and of a category, read back as `Search` and `Category`.)
    Home,
    /// `/chuyen-muc/<category>`: one category's articles, newest first.
    Category { category: String },
    /// `/luu-tru`: the archive, newest year first; `/luu-tru/<year>`: one year's issues.
    Archive { year: Option<u16> },
    /// `/tim-kiem?q=…`: search, `?chuyen-muc=` keeping one category of the results.
    Search {
        search: Option<String>,
        category: Option<String>,
    },
    /// `/so/<issue>`: an issue's page; `?chuyen-muc=` filters its contents.
    Issue {
        issue: String,
        category: Option<String>,
    },
    /// `/so/<issue>/<article>`: an article.
    Article { issue: String, article: String },
    /// `/ban-in/<issue>`: a whole issue on one page, to print or save as PDF: its cover,
    /// contents and every article in its editorial order.
    Print { issue: String },
    /// `/trung-bay`: the gallery; `?bo-suu-tap=` shows one collection.
    Gallery { collection: Option<String> },
    /// `/trung-bay/<work>`: the gallery with one work open in the lightbox.
    Work {
        work: String,
        collection: Option<String>,
    },
    /// `/xem-truoc`: the editor preview.
    Preview,
}

impl Route {
    /// The front page.
    pub const HOME: Route = Route::Home;

    /// The archive's first page (the newest year).
    pub const ARCHIVE: Route = Route::Archive { year: None };

    pub fn category(id: &str) -> Route {
        Route::Category {
            category: id.to_owned(),
        }
    }

    pub fn issue(id: &str) -> Route {
        Route::Issue {
            issue: id.to_owned(),
            category: None,
        }
    }

    pub fn article(issue: &str, article: &str) -> Route {
        Route::Article {
            issue: issue.to_owned(),
            article: article.to_owned(),
        }
    }

    pub fn print(issue: &str) -> Route {
        Route::Print {
            issue: issue.to_owned(),
        }
    }

    pub fn gallery(collection: Option<&str>) -> Route {
        Route::Gallery {
            collection: collection.map(str::to_owned),
        }
    }

    pub fn work(work: &str, collection: Option<&str>) -> Route {
        Route::Work {
            work: work.to_owned(),
            collection: collection.map(str::to_owned),
        }
    }

    /// Search (the text trimmed; none when blank), in one category or all.
    pub fn search(search: Option<&str>, category: Option<&str>) -> Route {
        Route::Search {
            search: search
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(str::to_owned),
            category: category.map(str::to_owned),
        }
    }

    /// The address read back from a site path (without the deployment's base) and its query
    /// (`?a=b&c=d`, with or without the `?`). `None` for an address no page has.
    pub fn parse(path: &str, query: &str) -> Option<Route> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let pairs = query_pairs(query);
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        Some(match segments.as_slice() {
            // The old forms: search and categories were the home page's filters.
            [] => match (get(query_key::SEARCH), get(query_key::CATEGORY)) {
                (None, None) => Route::Home,
                (None, Some(category)) => Route::Category { category },
                (search, category) => Route::search(search.as_deref(), category.as_deref()),
            },
            [segment::CATEGORY, category] => Route::category(category),
            [segment::ARCHIVE] => Route::ARCHIVE,
            [segment::ARCHIVE, year] => Route::Archive {
                year: Some(year.parse().ok().filter(|y| (1000..=9999).contains(y))?),
            },
            [segment::SEARCH] => Route::search(
                get(query_key::SEARCH).as_deref(),
                get(query_key::CATEGORY).as_deref(),
            ),
            [segment::ISSUE, issue] => Route::Issue {
                issue: (*issue).to_owned(),
                category: get(query_key::CATEGORY),
            },
            [segment::ISSUE, issue, article] => Route::article(issue, article),
            [segment::PRINT, issue] => Route::print(issue),
            [segment::GALLERY] => Route::Gallery {
                collection: get(query_key::COLLECTION),
            },
            [segment::GALLERY, work] => Route::Work {
                work: (*work).to_owned(),
                collection: get(query_key::COLLECTION),
            },
            [segment::PREVIEW] => Route::Preview,
            _ => return None,
        })
    }

    /// The path alone, without the query: `/so/x`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Category { category } => format!("/{}/{category}", segment::CATEGORY),
            Route::Archive { year: None } => format!("/{}", segment::ARCHIVE),
            Route::Archive { year: Some(year) } => format!("/{}/{year}", segment::ARCHIVE),
            Route::Search { .. } => format!("/{}", segment::SEARCH),
            Route::Issue { issue, .. } => format!("/{}/{issue}", segment::ISSUE),
            Route::Article { issue, article } => format!("/{}/{issue}/{article}", segment::ISSUE),
            Route::Print { issue } => format!("/{}/{issue}", segment::PRINT),
            Route::Gallery { .. } => format!("/{}", segment::GALLERY),
            Route::Work { work, .. } => format!("/{}/{work}", segment::GALLERY),
            Route::Preview => format!("/{}", segment::PREVIEW),
        }
    }

    /// The address as a site path with its query (`/so/x?chuyen-muc=y`), for the router's
    /// `navigate` and `A`, which add the deployment's base. The search text is
    /// percent-encoded.
    pub fn href(&self) -> String {
        let mut query = Vec::new();
        let mut add = |key: &str, value: &Option<String>| {
            if let Some(value) = value {
                let encoded = utf8_percent_encode(value, QUERY_VALUE);
                query.push(format!("{key}={encoded}"));
            }
        };
        match self {
            Route::Search { search, category } => {
                add(query_key::SEARCH, search);
                add(query_key::CATEGORY, category);
            }
            Route::Issue { category, .. } => add(query_key::CATEGORY, category),
            Route::Gallery { collection } | Route::Work { collection, .. } => {
                add(query_key::COLLECTION, collection)
            }
            Route::Home
            | Route::Category { .. }
            | Route::Archive { .. }
            | Route::Article { .. }
            | Route::Print { .. }
            | Route::Preview => {}
        }
        let path = self.path();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{}", query.join("&"))
        }
    }

    /// The address as a link relative to the page's `<base>`, for plain `<a>` and `<form>`.
    pub fn relative(&self) -> String {
        relative(&self.href())
    }

    /// [`Route::relative`] with a fragment naming an element of the page, e.g. a problem in
    /// the preview's report (`xem-truoc#loi-…`).
    pub fn relative_to(&self, element_id: &str) -> String {
        format!("{}#{element_id}", self.relative())
    }

    /// Which page the address shows, for focus and scroll decisions: opening, moving
    /// through and closing the lightbox stay on the gallery page (the lightbox manages
    /// focus), and a change of query stays on its page.
    pub fn page_key(&self) -> String {
        match self {
            Route::Work { .. } => Route::gallery(None).path(),
            other => other.path(),
        }
    }

    /// Whether a masthead link to `self` marks the page at `here` as current: home on home
    /// only (a category page has its own link in the menu), the archive on every year, an issue on itself and its articles,
    /// the gallery on itself and its works.
    pub fn contains(&self, here: &Route) -> bool {
        match (self, here) {
            (Route::Home, Route::Home) => true,
            (Route::Archive { .. }, Route::Archive { .. }) => true,
            (Route::Issue { issue, .. }, Route::Issue { issue: other, .. })
            | (Route::Issue { issue, .. }, Route::Article { issue: other, .. })
            | (Route::Issue { issue, .. }, Route::Print { issue: other }) => issue == other,
            (Route::Gallery { .. }, Route::Gallery { .. } | Route::Work { .. }) => true,
            (
                Route::Article { .. }
                | Route::Print { .. }
                | Route::Work { .. }
                | Route::Preview
                | Route::Category { .. }
                | Route::Search { .. },
                _,
            ) => self.path() == here.path(),
            _ => false,
        }
    }
}

/// `key=value` pairs of a query string, decoded (`+` is a space, as forms send it).
fn query_pairs(query: &str) -> Vec<(String, String)> {
    let decode = |text: &str| {
        let text = text.replace('+', " ");
        percent_decode_str(&text).decode_utf8_lossy().into_owned()
    };
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) => (decode(key), decode(value)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// An address as a link relative to the page's `<base>` (`so/x`, `./?q=…`), for plain `<a>`
/// and `<form action>`: it works wherever the site is deployed, at `/` or under a sub-path.
/// (Leptos's `A` and `navigate` take the absolute form and add the router's base.)
pub fn relative(path: &str) -> String {
    match path.trim_start_matches('/') {
        "" => "./".to_owned(),
        rest if rest.starts_with('?') => format!("./{rest}"),
        rest => rest.to_owned(),
    }
}

/// `site_url` (the public address, e.g. `https://bantin.example.vn/ban-tin`) joined with a
/// site path: the address a reader shares, a printout names and a crawler lists.
pub fn absolute(site_url: &str, path: &str) -> String {
    let base = site_url.trim_end_matches('/');
    match path.trim_start_matches('/') {
        "" => format!("{base}/"),
        rest => format!("{base}/{rest}"),
    }
}

/// The base a build is deployed under (`/ban-tin`), from the `<base href>` path Trunk writes
/// (`/ban-tin/`): no trailing slash, empty at the root.
pub fn base_from_href(href_path: &str) -> String {
    href_path.trim_end_matches('/').to_owned()
}

/// `pathname` without the deployment's `base`: the site path the routes know (`/so/x`).
pub fn site_path<'a>(pathname: &'a str, base: &str) -> &'a str {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    if rest.is_empty() {
        "/"
    } else if rest.starts_with('/') {
        rest
    } else {
        // `/ban-tinx` is not under `/ban-tin`.
        pathname
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_against_the_base() {
        assert_eq!(Route::HOME.relative(), "./");
        assert_eq!(
            Route::search(Some("di chúc"), None).relative(),
            "tim-kiem?q=di%20ch%C3%BAc"
        );
        assert_eq!(Route::category("tin-tuc").relative(), "chuyen-muc/tin-tuc");
        assert_eq!(Route::issue("so-11").relative(), "so/so-11");
        assert_eq!(Route::print("so-11").relative(), "ban-in/so-11");
        assert_eq!(
            Route::gallery(Some("a")).relative(),
            "trung-bay?bo-suu-tap=a"
        );
    }

    #[test]
    fn every_kind_of_address_reads_back_as_itself() {
        let routes = [
            Route::HOME,
            Route::search(Some("lê chân & 50%"), Some("xay-dung-dang")),
            Route::search(None, Some("xay-dung-dang")),
            Route::search(None, None),
            Route::category("xay-dung-dang"),
            Route::ARCHIVE,
            Route::Archive { year: Some(2024) },
            Route::issue("so-11"),
            Route::Issue {
                issue: "so-11".to_owned(),
                category: Some("tin-tuc".to_owned()),
            },
            Route::article("so-11", "bai-1"),
            Route::print("so-11"),
            Route::gallery(None),
            Route::gallery(Some("55-nam")),
            Route::work("tac-pham", Some("55-nam")),
            Route::Preview,
        ];
        for route in routes {
            let href = route.href();
            let (path, query) = href.split_once('?').unwrap_or((&href, ""));
            assert_eq!(Route::parse(path, query), Some(route.clone()), "{href}");
        }
        assert_eq!(Route::parse("/so/a/b/c", ""), None);
        assert_eq!(Route::parse("/khac", ""), None);
        assert_eq!(Route::parse("/luu-tru/hai", ""), None);
        // A form without the app sends `+` for spaces; an empty search is no search.
        assert_eq!(
            Route::parse("/tim-kiem", "?q=di+chuc"),
            Some(Route::search(Some("di chuc"), None))
        );
        assert_eq!(Route::parse("/", "q="), Some(Route::HOME));
        assert_eq!(Route::search(Some("  "), None), Route::search(None, None));
        // The old addresses of search and of a category read back as the new ones.
        assert_eq!(
            Route::parse("/", "?q=di+chuc&chuyen-muc=tin"),
            Some(Route::search(Some("di chuc"), Some("tin")))
        );
        assert_eq!(
            Route::parse("/", "?chuyen-muc=tin"),
            Some(Route::category("tin"))
        );
    }

    #[test]
    fn masthead_links_mark_their_pages() {
        let here = |path: &str| Route::parse(path, "").unwrap();
        assert!(Route::HOME.contains(&here("/")));
        assert!(!Route::HOME.contains(&Route::category("x")));
        assert!(Route::category("x").contains(&Route::category("x")));
        assert!(!Route::HOME.contains(&Route::search(Some("x"), None)));
        assert!(Route::ARCHIVE.contains(&here("/luu-tru/2024")));
        assert!(!Route::HOME.contains(&here("/so/x")));
        assert!(Route::issue("x").contains(&here("/so/x/bai")));
        assert!(!Route::issue("x").contains(&here("/so/xy")));
        // The printed copy of an issue is that issue's.
        assert_eq!(here("/ban-in/x"), Route::print("x"));
        assert!(Route::issue("x").contains(&here("/ban-in/x")));
        assert!(Route::gallery(None).contains(&here("/trung-bay/tac-pham")));
        assert!(!Route::gallery(None).contains(&here("/")));
    }

    #[test]
    fn the_lightbox_stays_on_the_gallery_page() {
        assert_eq!(
            Route::work("a", None).page_key(),
            Route::gallery(Some("b")).page_key()
        );
        assert_ne!(Route::issue("a").page_key(), Route::issue("b").page_key());
        assert_eq!(
            Route::search(Some("x"), None).page_key(),
            Route::search(Some("y"), None).page_key()
        );
    }

    #[test]
    fn site_paths_drop_the_base() {
        assert_eq!(base_from_href("/ban-tin/"), "/ban-tin");
        assert_eq!(base_from_href("/"), "");
        assert_eq!(site_path("/ban-tin/so/x", "/ban-tin"), "/so/x");
        assert_eq!(site_path("/ban-tin/", "/ban-tin"), "/");
        assert_eq!(site_path("/ban-tin", "/ban-tin"), "/");
        assert_eq!(site_path("/ban-tinx/so", "/ban-tin"), "/ban-tinx/so");
        assert_eq!(site_path("/so/x", ""), "/so/x");
        assert_eq!(site_path("/", ""), "/");
    }
}
