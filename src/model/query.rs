//! Lookups and derived facts the pages need: the featured special issue, the newest issues,
//! an issue's contents grouped by category, neighbours of an article, reading time.

use super::types::{Article, Block, Catalog, Category, IssueEntry, IssueFile, IssueKind};

/// Reading speed used for "N phút đọc": a common figure for Vietnamese news prose.
pub const WORDS_PER_MINUTE: usize = 200;

impl Catalog {
    pub fn issue(&self, id: &str) -> Option<&IssueEntry> {
        self.issues.iter().find(|i| i.id.as_str() == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id.as_str() == id)
    }

    /// Issues newest first; on the same date, the higher number first.
    pub fn issues_newest_first(&self) -> Vec<&IssueEntry> {
        let mut list: Vec<&IssueEntry> = self.issues.iter().collect();
        list.sort_by_key(|i| std::cmp::Reverse((i.date, i.number)));
        list
    }

    /// Every content file the catalog names, issues first, then gallery collections, in
    /// catalog order (the catalog itself not included).
    pub fn files(&self) -> Vec<&str> {
        let issues = self.issues.iter().map(|i| i.file.as_str());
        issues
            .chain(self.gallery.iter().map(|g| g.file.as_str()))
            .collect()
    }

    /// The special issue home features (`featured`), the newest if the catalog marks more
    /// than one (`check` tells the editor).
    pub fn featured_special(&self) -> Option<&IssueEntry> {
        self.issues_newest_first()
            .into_iter()
            .find(|i| i.kind == IssueKind::Special && i.featured)
    }

    /// Issues grouped by the year of their date, newest year first, each year's newest
    /// first: the archive's pages.
    pub fn issues_by_year(&self) -> Vec<(u16, Vec<&IssueEntry>)> {
        let mut years: Vec<(u16, Vec<&IssueEntry>)> = Vec::new();
        for entry in self.issues_newest_first() {
            match years.last_mut() {
                Some((year, list)) if *year == entry.date.year => list.push(entry),
                _ => years.push((entry.date.year, vec![entry])),
            }
        }
        years
    }

    /// The newest special issue, which the masthead's "Số đặc biệt" leads to.
    pub fn newest_special(&self) -> Option<&IssueEntry> {
        self.issues_newest_first()
            .into_iter()
            .find(|i| i.kind == IssueKind::Special)
    }
}

impl IssueFile {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id.as_str() == id)
    }

    /// The articles before and after `id` in the issue's reading order
    /// ([`IssueFile::reading_order`]): "Bài trước" and "Bài sau" follow the table of contents.
    pub fn neighbours<'a>(
        &'a self,
        catalog: &'a Catalog,
        id: &str,
    ) -> (Option<&'a Article>, Option<&'a Article>) {
        let order = self.reading_order(catalog);
        match order.iter().position(|a| a.id.as_str() == id) {
            Some(i) => (
                i.checked_sub(1).and_then(|p| order.get(p).copied()),
                order.get(i + 1).copied(),
            ),
            None => (None, None),
        }
    }

    /// The issue's lead story: its first article in the file (editors put the story the
    /// issue leads with first). The table of contents shows it large above the categories.
    pub fn lead(&self) -> Option<&Article> {
        self.articles.first()
    }

    /// The order a reader reads the issue in, the table of contents' from top to bottom: the
    /// lead story, then the categories' articles ([`IssueFile::contents_after_lead`]), then
    /// any article of a category the catalog lacks, so that none is out of reach.
    pub fn reading_order<'a>(&'a self, catalog: &'a Catalog) -> Vec<&'a Article> {
        let lead = self.lead();
        let mut order: Vec<&Article> = lead.into_iter().collect();
        order.extend(
            self.contents_after_lead(catalog)
                .into_iter()
                .flat_map(|(_, articles)| articles),
        );
        order.extend(
            self.articles
                .iter()
                .skip(1)
                .filter(|a| catalog.category(&a.category).is_none()),
        );
        order
    }

    /// The table of contents below the lead story: [`IssueFile::contents`] without it.
    pub fn contents_after_lead<'a>(
        &'a self,
        catalog: &'a Catalog,
    ) -> Vec<(&'a Category, Vec<&'a Article>)> {
        let lead = self.lead().map(|a| &a.id);
        self.contents(catalog)
            .into_iter()
            .map(|(category, articles)| {
                let rest = articles.into_iter().filter(|a| Some(&a.id) != lead);
                (category, rest.collect::<Vec<_>>())
            })
            .filter(|(_, articles)| !articles.is_empty())
            .collect()
    }

    /// The table of contents: categories in catalog order, each with its articles in issue
    /// order; categories without articles in this issue are left out.
    pub fn contents<'a>(&'a self, catalog: &'a Catalog) -> Vec<(&'a Category, Vec<&'a Article>)> {
        catalog
            .categories
            .iter()
            .map(|c| {
                let articles = self
                    .articles
                    .iter()
                    .filter(|a| a.category == c.id)
                    .collect::<Vec<_>>();
                (c, articles)
            })
            .filter(|(_, articles)| !articles.is_empty())
            .collect()
    }
}

impl Block {
    /// The words a reader reads in this block.
    fn word_count(&self) -> usize {
        let count = |t: &str| t.split_whitespace().count();
        match self {
            Block::Paragraph { text } | Block::Heading { text } => count(text),
            Block::Quote { text, attribution } => {
                count(text) + attribution.as_deref().map_or(0, count)
            }
            Block::List { items, .. } => items.iter().map(|i| count(i)).sum(),
            Block::Figure { image } => image.caption.as_deref().map_or(0, count),
        }
    }
}

impl Article {
    pub fn word_count(&self) -> usize {
        self.title.split_whitespace().count()
            + self.body.iter().map(Block::word_count).sum::<usize>()
    }

    /// Whole minutes, at least one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count().div_ceil(WORDS_PER_MINUTE).max(1)
    }

    /// "3 phút đọc", as every list and the article's meta line say it.
    pub fn reading_time_vi(&self) -> String {
        format!("{} phút đọc", self.reading_minutes())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_archive_groups_issues_by_year_newest_first() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/catalog.json");
        let text = std::fs::read_to_string(root).unwrap();
        let catalog = crate::model::parse_catalog("data/catalog.json", &text).unwrap();
        let shown: Vec<(u16, Vec<&str>)> = catalog
            .issues_by_year()
            .iter()
            .map(|(y, list)| (*y, list.iter().map(|e| e.id.as_str()).collect()))
            .collect();
        assert_eq!(
            shown,
            [
                (2025, vec!["so-01-2025"]),
                (
                    2024,
                    vec!["so-12-2024", "so-11-2024", "so-dac-biet-10-2024"]
                ),
            ]
        );
    }
}
