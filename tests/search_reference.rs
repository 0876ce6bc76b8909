//! The search files rank as the in-memory reference does (`tests/support/reference.rs`, an
//! independent implementation), the same articles in the same order, on the sample and on
//! a generated bulletin.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/reference.rs"]
mod reference;
#[path = "support/sites.rs"]
mod sites;

use std::path::Path;

use ban_tin_le_chan::publish::static_page::Site;
use ban_tin_le_chan::search::Query;

/// A site's articles in the in-memory reference, with each one's (issue, article).
struct Reference {
    index: reference::SearchIndex,
    ids: Vec<(String, String)>,
}

impl Reference {
    fn of(site: &Site) -> Reference {
        let articles: Vec<(String, &ban_tin_le_chan::model::Article)> = site
            .loaded_issues()
            .into_iter()
            .flat_map(|(entry, file)| file.articles.iter().map(move |a| (entry.id.to_string(), a)))
            .collect();
        Reference {
            index: reference::SearchIndex::new(articles.iter().map(|(_, a)| *a)),
            ids: articles
                .iter()
                .map(|(issue, a)| (issue.clone(), a.id.to_string()))
                .collect(),
        }
    }

    /// What the reference finds for `typed`, best first, as (issue, article).
    fn found(&self, typed: &str) -> Vec<(String, String)> {
        let query = Query::parse(typed).expect("a query");
        self.index
            .search(&query)
            .into_iter()
            .map(|d| self.ids[d].clone())
            .collect()
    }
}

#[test]
fn the_search_files_find_what_the_in_memory_reference_finds_in_its_order() {
    let sample = sites::load(Path::new("public"));
    let reference = Reference::of(&sample);
    let mut found_any = 0;
    for typed in [
        "di chuc",
        "Di chúc",
        "le chan",
        "Lê Chân",
        "dang",
        "đảng ủy",
        "dang uy",
        "guong sang",
        "d",
        "bac h",
        "hoc tap lam theo",
        "xyzzy",
        "2024",
    ] {
        let from_files = sites::found(&sample, typed);
        assert_eq!(from_files, reference.found(typed), "{typed}");
        found_any += usize::from(!from_files.is_empty());
        if typed == "di chuc" {
            assert_eq!(from_files[0].1, "cong-trinh-55-nam-di-chuc");
        }
        // The only article saying "Đảng ủy" (in its body) above those with "Đảng" and
        // "cấp ủy" or "Thành ủy" apart in their titles.
        if typed == "đảng ủy" || typed == "dang uy" {
            assert_eq!(
                from_files[0].1, "chat-luong-sinh-hoat-chi-bo",
                "{from_files:?}"
            );
        }
    }
    assert!(found_any >= 9);
    // Each article's category letter names its category.
    let index = sample.index();
    for d in 0..index.search.docs as u32 {
        let c = index.search.category_of(d).unwrap();
        assert_eq!(index.search.categories[c], index.row(d).unwrap().category);
    }

    let corpus = sites::Generated::new("search-reference", 30, 20).site();
    let reference = Reference::of(&corpus);
    // Words still being typed with few completions: a word with more than
    // `files::MAX_COMPLETIONS` is searched as its most frequent ones by design ("ch").
    for typed in [
        "hoc tap",
        "học tập",
        "đảng bộ quận",
        "tư tưởng đạo",
        "cán bộ",
        "sinh hoat chi bo",
        "tap",
    ] {
        let from_files = sites::found(&corpus, typed);
        assert!(from_files.len() > 10, "{typed}");
        assert_eq!(from_files, reference.found(typed), "{typed}");
    }
}
