//! Atom feeds (RFC 4287): how feed readers learn of new articles. One for the whole
//! bulletin and one per category, each with the newest [`ENTRIES`] articles, written from the
//! same loaded content as the pages, with absolute addresses from the site URL.

use super::shell::{absolute, escape};
use crate::components::SITE_NAME;
use crate::model::routes::{feed_path, Route};
use crate::model::types::{Article, Catalog, Category, IssueEntry, IssueFile};

/// How many of the newest articles a feed carries: readers poll it, so it stays small
/// whatever the archive (Hugo and Zola default to every page; WordPress to 10).
pub const ENTRIES: usize = 20;

/// A feed file to write: its path from the site's root (`/atom.xml`) and its text.
#[derive(Debug)]
pub struct Feed {
    pub path: String,
    pub title: String,
    pub xml: String,
}

/// The title a feed is announced by, in its own `<title>` and in each page's
/// `<link rel="alternate">`.
pub fn title(category_name: Option<&str>) -> String {
    match category_name {
        None => format!("{SITE_NAME}: bài mới"),
        Some(name) => format!("{SITE_NAME}: chuyên mục {name}"),
    }
}

/// The site's feed and one per catalog category (an empty category still has its feed, so
/// a reader may subscribe before its first article). `issues` are the files that loaded.
pub fn feeds(catalog: &Catalog, issues: &[(&IssueEntry, &IssueFile)], site_url: &str) -> Vec<Feed> {
    let mut articles: Vec<(&IssueEntry, &Article)> = issues
        .iter()
        .flat_map(|(entry, file)| file.articles.iter().map(move |a| (*entry, a)))
        .collect();
    // Newest first; an id breaks ties so the order never depends on the files' order.
    articles.sort_by(|(ea, a), (eb, b)| {
        (b.published, eb.id.as_str(), b.id.as_str()).cmp(&(
            a.published,
            ea.id.as_str(),
            a.id.as_str(),
        ))
    });
    // The feed's own `updated`: its newest entry, else the newest article anywhere.
    let fallback = articles.first().map(|(_, a)| a.published.iso_in_vietnam());
    let mut feeds = vec![feed(
        catalog,
        None,
        &articles,
        fallback.as_deref(),
        site_url,
    )];
    for category in &catalog.categories {
        let own: Vec<_> = articles
            .iter()
            .filter(|(_, a)| a.category == category.id)
            .copied()
            .collect();
        feeds.push(feed(
            catalog,
            Some(category),
            &own,
            fallback.as_deref(),
            site_url,
        ));
    }
    feeds
}

fn feed(
    catalog: &Catalog,
    category: Option<&Category>,
    articles: &[(&IssueEntry, &Article)],
    fallback_updated: Option<&str>,
    site_url: &str,
) -> Feed {
    let path = feed_path(category.map(|c| c.id.as_str()));
    let title = title(category.map(|c| c.name.as_str()));
    let home = match category {
        None => Route::HOME,
        Some(c) => Route::category(&c.id),
    };
    let subtitle = match category {
        None => catalog
            .publication
            .description
            .as_ref()
            .map(|d| d.to_string())
            .unwrap_or_else(|| catalog.publication.name.to_string()),
        Some(c) => c.description.to_string(),
    };
    let updated = articles
        .first()
        .map(|(_, a)| a.published.iso_in_vietnam())
        .or(fallback_updated.map(str::to_owned))
        // A bulletin with no article yet: a fixed time, so the file stays the same.
        .unwrap_or_else(|| "2024-10-01T00:00:00+07:00".to_owned());
    let self_url = absolute(site_url, &path);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n\
         \x20 <title>{}</title>\n\
         \x20 <subtitle>{}</subtitle>\n\
         \x20 <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         \x20 <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         \x20 <id>{}</id>\n\
         \x20 <updated>{updated}</updated>\n\
         \x20 <author><name>{}</name></author>\n\
         \x20 <icon>{}</icon>\n\
         \x20 <generator>ban-tin-le-chan</generator>\n",
        escape(&title),
        escape(&subtitle),
        escape(&self_url),
        escape(&absolute(site_url, &home.href())),
        escape(&self_url),
        escape(&catalog.publication.publisher),
        escape(&absolute(site_url, "icons/icon-192.png")),
    );
    for (entry, article) in articles.iter().take(ENTRIES) {
        let url = absolute(site_url, &Route::article(&entry.id, &article.id).path());
        let published = article.published.iso_in_vietnam();
        xml.push_str(&format!(
            "  <entry>\n\
             \x20   <title>{}</title>\n\
             \x20   <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             \x20   <id>{}</id>\n\
             \x20   <published>{published}</published>\n\
             \x20   <updated>{published}</updated>\n\
             \x20   <author><name>{}</name></author>\n",
            escape(&article.title),
            escape(&url),
            escape(&url),
            escape(&article.author),
        ));
        if let Some(c) = catalog.category(&article.category) {
            xml.push_str(&format!(
                "    <category term=\"{}\" label=\"{}\"/>\n",
                escape(&c.id),
                escape(&c.name)
            ));
        }
        xml.push_str(&format!(
            "    <summary>{}</summary>\n  </entry>\n",
            escape(&article.summary)
        ));
    }
    xml.push_str("</feed>\n");
    Feed { path, title, xml }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::Slug;

    fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn a_feed_holds_the_newest_entries_only_whatever_the_archive() {
        let catalog: Catalog = read("public/data/catalog.json");
        let file: IssueFile = read("public/data/issues/so-01-2025.json");
        // Ten issues of the same articles, a year apart each.
        let entries: Vec<IssueEntry> = (0..10)
            .map(|i| {
                let mut entry = catalog.issues[0].clone();
                entry.id = serde_json::from_value::<Slug>(format!("so-{i}").into()).unwrap();
                entry
            })
            .collect();
        let files: Vec<IssueFile> = (0..10)
            .map(|i| {
                let mut file = file.clone();
                for article in &mut file.articles {
                    article.published.date.year = 2015 + i;
                }
                file
            })
            .collect();
        let issues: Vec<_> = entries.iter().zip(&files).collect();
        let feeds = feeds(&catalog, &issues, "https://a.vn");
        assert!(file.articles.len() * 10 > ENTRIES);
        let xml = &feeds[0].xml;
        assert_eq!(xml.matches("<entry>").count(), ENTRIES);
        // The newest year only, while it fills the feed.
        assert!(xml.contains("https://a.vn/so/so-9/"));
        assert!(!xml.contains("https://a.vn/so/so-0/"));
        assert!(xml.contains("<updated>2024-"), "{xml}");
        assert!(feeds
            .iter()
            .all(|f| f.xml.matches("<entry>").count() <= ENTRIES));
    }
}
