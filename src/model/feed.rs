//! The article feed across issues: every article newest first, or the results of a search,
//! filtered by category, with the count of each category for the filter chips.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::search::{Query, SearchIndex};
use super::types::{Article, IssueEntry, IssueFile};

/// Every loaded article, prepared once for filtering and searching.
pub struct Corpus {
    pub issues: Vec<(IssueEntry, Rc<IssueFile>)>,
    /// Parallel to `refs`: the words of each article, for searching.
    pub index: SearchIndex,
    /// (issue index, article index) of each doc.
    pub refs: Vec<(usize, usize)>,
    /// Category of each doc, as an index into `category_ids`: counting and filtering compare
    /// numbers instead of strings.
    doc_category: Vec<usize>,
    category_ids: Vec<String>,
    /// Counts per category of all articles, computed once.
    all_counts: Vec<usize>,
    /// The last search and its results. Typing one more letter can only narrow the results,
    /// so the next search looks only at these (see `Query::refines`).
    last_search: RefCell<Option<(Query, Rc<Vec<usize>>)>>,
}

/// One page of the feed and what the chips need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedView {
    /// Doc indices of the matching articles, in order, after the category filter.
    pub items: Vec<usize>,
    /// Articles per category before the category filter (search results or everything).
    pub counts: HashMap<String, usize>,
    /// Articles before the category filter: the "Tất cả" chip's count.
    pub total: usize,
}

impl Corpus {
    pub fn new(issues: Vec<(IssueEntry, Rc<IssueFile>)>) -> Corpus {
        let mut refs = Vec::new();
        for (i, (_, file)) in issues.iter().enumerate() {
            refs.extend((0..file.articles.len()).map(|a| (i, a)));
        }
        let index = SearchIndex::new(issues.iter().flat_map(|(_, file)| file.articles.iter()));
        let docs = &index.docs;
        let mut category_ids: Vec<String> = Vec::new();
        let doc_category: Vec<usize> = docs
            .iter()
            .map(
                |d| match category_ids.iter().position(|c| *c == d.category) {
                    Some(i) => i,
                    None => {
                        category_ids.push(d.category.clone());
                        category_ids.len() - 1
                    }
                },
            )
            .collect();
        let mut all_counts = vec![0; category_ids.len()];
        for &c in &doc_category {
            all_counts[c] += 1;
        }
        Corpus {
            issues,
            index,
            refs,
            doc_category,
            category_ids,
            all_counts,
            last_search: RefCell::new(None),
        }
    }

    /// Search results, narrowing the previous results when the query refines the last one.
    fn search(&self, query: &Query) -> Rc<Vec<usize>> {
        let previous = self.last_search.borrow().clone();
        let results = match previous {
            Some((last, found)) if last == *query => return found,
            Some((last, found)) if query.refines(&last) => self.index.narrow(&found, query),
            _ => self.index.search(query),
        };
        let results = Rc::new(results);
        *self.last_search.borrow_mut() = Some((query.clone(), results.clone()));
        results
    }

    pub fn article(&self, doc: usize) -> (&IssueEntry, &Article) {
        let (i, a) = self.refs[doc];
        let (entry, file) = &self.issues[i];
        (entry, &file.articles[a])
    }

    /// The feed for a search (or everything) and a category (or all).
    pub fn view(&self, query: Option<&Query>, category: Option<&str>) -> FeedView {
        let found;
        let (base, counts): (&[usize], Vec<usize>) = match query {
            Some(q) => {
                found = self.search(q);
                let mut counts = vec![0; self.category_ids.len()];
                for &d in found.iter() {
                    counts[self.doc_category[d]] += 1;
                }
                (&found[..], counts)
            }
            None => (&self.index.newest_first[..], self.all_counts.clone()),
        };
        let items = match category {
            Some(c) => match self.category_ids.iter().position(|id| id == c) {
                Some(wanted) => base
                    .iter()
                    .copied()
                    .filter(|&d| self.doc_category[d] == wanted)
                    .collect(),
                None => Vec::new(),
            },
            None => base.to_vec(),
        };
        FeedView {
            total: base.len(),
            items,
            counts: self.category_ids.iter().cloned().zip(counts).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Corpus {
        let (_, issues) = crate::model::index::tests::sample();
        Corpus::new(issues.into_iter().map(|(e, f)| (e, Rc::new(f))).collect())
    }

    #[test]
    fn everything_newest_first_with_counts() {
        let corpus = sample();
        let view = corpus.view(None, None);
        assert_eq!(view.total, 18);
        assert_eq!(view.items.len(), 18);
        let dates: Vec<_> = view
            .items
            .iter()
            .map(|&d| corpus.index.docs[d].published)
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]));
        assert_eq!(corpus.article(view.items[0]).0.id.as_str(), "so-01-2025");
        assert_eq!(view.counts.values().sum::<usize>(), 18);
        assert_eq!(view.counts["hoc-tap-lam-theo-bac"], 5);
    }

    #[test]
    fn category_filter_keeps_counts_of_all() {
        let corpus = sample();
        let view = corpus.view(None, Some("kiem-tra-giam-sat"));
        assert_eq!(view.items.len(), 2);
        assert_eq!(view.total, 18);
        assert!(view
            .items
            .iter()
            .all(|&d| corpus.index.docs[d].category == "kiem-tra-giam-sat"));
    }

    #[test]
    fn narrowing_while_typing_gives_the_same_results_as_a_fresh_search() {
        let corpus = sample();
        let fresh = sample();
        for typed in [
            "d", "di", "di ", "di c", "di ch", "di chu", "di chuc", "di chu", "le",
        ] {
            let Some(q) = Query::parse(typed) else {
                continue;
            };
            let narrowed = corpus.view(Some(&q), None);
            *fresh.last_search.borrow_mut() = None;
            let direct = fresh.view(Some(&q), None);
            assert_eq!(narrowed, direct, "{typed:?}");
        }
    }

    #[test]
    fn search_then_filter() {
        let corpus = sample();
        let q = Query::parse("di chuc").unwrap();
        let all = corpus.view(Some(&q), None);
        assert!(all.total >= 3, "{}", all.total);
        let first = corpus.article(all.items[0]).1;
        assert!(first.title.contains("Di chúc"), "{}", first.title);
        let filtered = corpus.view(Some(&q), Some("tuyen-truyen"));
        assert_eq!(filtered.total, all.total);
        assert!(filtered.items.len() < all.items.len());
        assert!(corpus
            .view(Some(&Query::parse("khong co gi ca xyz").unwrap()), None)
            .items
            .is_empty());
    }
}
