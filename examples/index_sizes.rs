//! What a reader downloads from the build's index (`data/chi-muc/`) on a generated bulletin:
//! `cargo run --release --example index_sizes -- <dir>`, where `<dir>` was written by
//! `cargo run --release --bin make-corpus -- <dir> [issues] [per-issue]` (BENCHMARKS.md).
//!
//! Prints, brotli-compressed at quality 11 (the build writes json at 10): the home page's data
//! (the front file), a category's first and second page, and for a few two-syllable
//! searches the search files they need (the meta file and their shards, one round of
//! requests), then the feed pages holding the first ten results' rows (a second round),
//! and the native time of the ranking. Also the index's build time and file count.

use std::io::Write;
use std::time::Instant;

use ban_tin_le_chan::index::{self, Listing};
use ban_tin_le_chan::model::{parse_catalog, parse_issue};
use ban_tin_le_chan::search::files;
use ban_tin_le_chan::search::Query;

fn brotli(text: &str) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(text.as_bytes()).expect("brotli");
    }
    out.len()
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: index_sizes <folder written by make-corpus>");
        std::process::exit(2);
    };
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect(p);
    let catalog_text = read("data/catalog.json");
    let catalog = parse_catalog("data/catalog.json", &catalog_text).expect("catalog");
    let files: Vec<_> = catalog
        .issues
        .iter()
        .map(|e| {
            let file = parse_issue(&e.file, &read(&e.file), &catalog, e).expect("issue");
            (e.clone(), file.value)
        })
        .collect();
    let issues: Vec<_> = files.iter().map(|(e, f)| (e, f)).collect();
    let started = Instant::now();
    let site = ban_tin_le_chan::publish::site_index(&catalog_text, &catalog, &issues);
    let built = started.elapsed();
    let written = site.files();
    let total: usize = written.iter().map(|(_, j)| j.len()).sum();
    println!(
        "{} articles: index built in {:.2} s, {} files, {} uncompressed; {} shards, largest {}",
        site.front.total,
        built.as_secs_f64(),
        written.len(),
        kb(total),
        site.shards.len(),
        site.shards
            .iter()
            .map(|(k, s)| (serde_json::to_string(s).unwrap().len(), k))
            .max()
            .map(|(n, k)| format!(
                "{k} ({}, {} brotli)",
                kb(n),
                kb(brotli(
                    &serde_json::to_string(&site.shards.iter().find(|(x, _)| x == k).unwrap().1)
                        .unwrap()
                ))
            ))
            .unwrap_or_default()
    );
    let json = |path: &str| {
        written
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, j)| j.as_str())
            .unwrap_or("")
    };
    let front = brotli(json(&index::front_path()));
    println!(
        "home: trang-chu.json {} (with the catalog's head; catalog.json itself {}, whose length only is asked)",
        kb(front),
        kb(brotli(&catalog_text)),
    );
    let category = Listing::Category(site.front.categories[0].id.clone());
    println!(
        "category {}: page 1 {}, page 2 {}",
        site.front.categories[0].id,
        kb(brotli(json(&category.page_path(1)))),
        kb(brotli(json(&category.page_path(2))))
    );
    let meta = brotli(json(&files::meta_path()));
    for typed in [
        "dang uy",
        "le chan",
        "di chuc",
        "đảng viên",
        "hoc tap",
        "nhan dan",
        "kiem tra",
    ] {
        let query = Query::parse(typed).expect("query");
        let keys = files::files_for(&query, &site.search);
        let shard_bytes: usize = keys
            .iter()
            .map(|k| brotli(json(&files::shard_path(k))))
            .sum();
        let started = Instant::now();
        let found: Vec<u32> = files::ranked(&site.search, |k| site.shard(k), &query)
            .into_iter()
            .map(|hit| hit.doc)
            .collect();
        let ranked = started.elapsed();
        let mut pages: Vec<usize> = found
            .iter()
            .take(index::PAGE_SIZE)
            .map(|&d| index::row_place(d).0)
            .collect();
        pages.sort_unstable();
        pages.dedup();
        let row_bytes: usize = pages
            .iter()
            .map(|&n| {
                if n == 1 {
                    0 // in the front file, which the home page already read
                } else {
                    brotli(json(&Listing::All.page_path(n)))
                }
            })
            .sum();
        println!(
            "search {typed:?}: {} results; meta {} + {} shards {} = {} (1st round); rows of the first 10 in {} feed pages {} (2nd round); total {}; ranked in {:.1} ms",
            found.len(),
            kb(meta),
            keys.len(),
            kb(shard_bytes),
            kb(meta + shard_bytes),
            pages.len(),
            kb(row_bytes),
            kb(meta + shard_bytes + row_bytes),
            ranked.as_secs_f64() * 1e3
        );
    }
}
