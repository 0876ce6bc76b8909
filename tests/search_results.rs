//! The search's results, order included, on the sample and on a generated bulletin, as they
//! were written into `tests/golden/search-results.json` before search was reorganised: a
//! change of where search lives must not change what a reader finds. An intended change of
//! ranking rewrites the file (`BAN_TIN_WRITE_GOLDEN=1 cargo test --test search_results`)
//! and the diff shows every result it moves.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/sites.rs"]
mod sites;

use std::collections::BTreeMap;
use std::path::Path;

use ban_tin_le_chan::publish::static_page::Site;

const GOLDEN: &str = "tests/golden/search-results.json";

/// What readers type on the sample: whole words, without accents, a word's start, two
/// words apart, a phrase, a place, a number, nothing found.
const SAMPLE_QUERIES: &[&str] = &[
    "dang uy",
    "đảng ủy",
    "Đảng bộ",
    "hoc tap",
    "học tập và làm theo",
    "di chuc",
    "Di chúc",
    "chi bo",
    "sinh hoạt chi bộ",
    "ho chi minh",
    "Hồ Chí Minh",
    "le chan",
    "thanh nien",
    "ky niem 55 nam",
    "tuyen truyen",
    "truc quan",
    "cai cach hanh chinh",
    "phuong",
    "ng",
    "d",
    "2024",
    "10",
    "hội nghị kết luận",
    "chuyen doi so",
    "khong co tu nay",
];

/// What readers type on a generated bulletin, whose text draws from a few dozen syllables:
/// tens to thousands of results, ties broken by date.
const CORPUS_QUERIES: &[&str] = &[
    "hoc tap",
    "học tập",
    "đảng bộ quận",
    "le chan",
    "tư tưởng đạo đức",
    "sinh hoat chi bo",
    "tuyen",
    "ch",
    "cán bộ đảng viên",
    "nhân dân phường",
    "hoi nghi ket luan",
    "khong co",
];

/// Each query's results as `issue/article`, best first.
fn results(site: &Site, queries: &[&str]) -> BTreeMap<String, Vec<String>> {
    queries
        .iter()
        .map(|typed| {
            let found = sites::found(site, typed)
                .into_iter()
                .map(|(issue, article)| format!("{issue}/{article}"))
                .collect();
            ((*typed).to_owned(), found)
        })
        .collect()
}

#[test]
fn search_finds_what_it_found_before_in_the_same_order() {
    let sample = results(&sites::load(Path::new("public")), SAMPLE_QUERIES);
    let generated = sites::Generated::new("search-results", 40, 25);
    let corpus = results(&generated.site(), CORPUS_QUERIES);

    let now = serde_json::json!({ "sample": sample, "corpus": corpus });
    let text = format!("{}\n", serde_json::to_string_pretty(&now).unwrap());
    if std::env::var_os("BAN_TIN_WRITE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &text).unwrap();
    }
    let before: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(GOLDEN).expect("the results as they were"))
            .unwrap();
    for set in ["sample", "corpus"] {
        let (before, now) = (&before[set], &now[set]);
        for (typed, found) in now.as_object().unwrap() {
            assert_eq!(
                &before[typed], found,
                "{set}: «{typed}» finds other results, or in another order"
            );
        }
        assert_eq!(
            before.as_object().unwrap().len(),
            now.as_object().unwrap().len()
        );
    }
    // The queries mean something: most find several results, and some find none.
    let found: Vec<usize> = now["sample"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_array().unwrap().len())
        .collect();
    assert!(found.iter().filter(|&&n| n >= 2).count() >= 15, "{found:?}");
    assert!(found.contains(&0));
}
