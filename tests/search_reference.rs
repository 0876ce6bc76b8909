//! The search files rank as the in-memory reference does (`tests/support/reference.rs`, an
//! independent implementation), the same articles in the same order, on the sample and on
//! a generated bulletin.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/reference.rs"]
mod reference;

use std::path::{Path, PathBuf};

use ban_tin_le_chan::publish::static_page::Site;
use ban_tin_le_chan::search::{files, Query};

/// Results as (issue, article), best first.
type Found = Vec<(String, String)>;

/// A query's results from the files and from the reference.
fn both(site: &Site, typed: &str) -> (Found, Found) {
    let index = site.index();
    let query = Query::parse(typed).expect("a query");
    let from_files = files::ranked(&index.search, |k| index.shard(k), &query)
        .into_iter()
        .map(|hit| {
            let row = index.row(hit.doc).unwrap();
            (row.issue.clone(), row.article.clone())
        })
        .collect();
    let articles: Vec<(String, &ban_tin_le_chan::model::Article)> = site
        .loaded_issues()
        .into_iter()
        .flat_map(|(entry, file)| file.articles.iter().map(move |a| (entry.id.to_string(), a)))
        .collect();
    let reference = reference::SearchIndex::new(articles.iter().map(|(_, a)| *a))
        .search(&query)
        .into_iter()
        .map(|d| (articles[d].0.clone(), articles[d].1.id.to_string()))
        .collect();
    (from_files, reference)
}

fn load(root: &Path) -> Site {
    let read = |path: &str| std::fs::read_to_string(root.join(path)).ok();
    Site::load(&read, "").expect("the bulletin loads")
}

#[test]
fn the_search_files_find_what_the_in_memory_reference_finds_in_its_order() {
    let sample = load(Path::new("public"));
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
        let (from_files, reference) = both(&sample, typed);
        assert_eq!(from_files, reference, "{typed}");
        found_any += usize::from(!reference.is_empty());
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

    let dir: PathBuf =
        std::env::temp_dir().join(format!("ban-tin-search-reference-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_make-corpus"))
        .args([dir.to_str().unwrap(), "30", "20"])
        .output()
        .expect("make-corpus runs");
    assert!(made.status.success(), "{made:?}");
    let corpus = load(&dir);
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
        let (from_files, reference) = both(&corpus, typed);
        assert!(from_files.len() > 10, "{typed}");
        assert_eq!(from_files, reference, "{typed}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
