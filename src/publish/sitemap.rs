//! `sitemap.xml` and `robots.txt`: how search engines (Google, Cốc Cốc) find every page
//! and learn when it last changed.

use super::pages::PageMeta;
use super::shell::{absolute, escape};

/// The sitemap (sitemaps.org 0.9) of every page search engines may list, with its absolute
/// address and, where known, when it last changed. Pages marked `noindex` are left out.
pub fn sitemap(pages: &[PageMeta], site_url: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|p| !p.noindex) {
        xml.push_str("  <url><loc>");
        xml.push_str(&escape(&absolute(site_url, &page.path)));
        xml.push_str("</loc>");
        if let Some(modified) = &page.modified {
            xml.push_str("<lastmod>");
            xml.push_str(&escape(modified));
            xml.push_str("</lastmod>");
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: every page may be crawled, and the sitemap is named. (Under a sub-path,
/// crawlers read only the host's own `robots.txt`: its owner adds the `Sitemap:` line.)
pub fn robots(site_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        absolute(site_url, "sitemap.xml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::routes::Route;

    fn page(route: Route, modified: Option<&str>, noindex: bool) -> PageMeta {
        PageMeta {
            path: route.path(),
            route: Some(route),
            title: "Trang".to_owned(),
            description: "Mô tả".to_owned(),
            image: None,
            published: None,
            noindex,
            modified: modified.map(str::to_owned),
            article: None,
        }
    }

    #[test]
    fn the_sitemap_lists_indexed_pages_with_their_dates() {
        let pages = [
            page(Route::HOME, Some("2025-01-15"), false),
            page(
                Route::article("so-1", "a&b"),
                Some("2025-01-15T08:30:00+07:00"),
                false,
            ),
            page(Route::Preview, None, true),
        ];
        let xml = sitemap(&pages, "https://a.vn/ban-tin");
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert!(xml
            .contains("<url><loc>https://a.vn/ban-tin/</loc><lastmod>2025-01-15</lastmod></url>"));
        assert!(xml.contains("<loc>https://a.vn/ban-tin/so/so-1/a&amp;b</loc>"));
        assert!(xml.contains("<lastmod>2025-01-15T08:30:00+07:00</lastmod>"));
        assert!(!xml.contains("xem-truoc"), "the preview is noindex: {xml}");
        assert_eq!(xml.matches("<url>").count(), 2);
    }

    #[test]
    fn robots_names_the_sitemap() {
        assert_eq!(
            robots("https://a.vn/ban-tin/"),
            "User-agent: *\nAllow: /\nSitemap: https://a.vn/ban-tin/sitemap.xml\n"
        );
    }
}
