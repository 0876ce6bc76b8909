//! Native cost of the home feed per keystroke (search, narrowing, category filter, counts)
//! on a generated bulletin: `cargo run --release --example search_keystrokes -- <dir>`, where
//! `<dir>` was written by `cargo run --release --bin make-corpus -- <dir>` (BENCHMARKS.md).
//! Prints, for each prefix of five queries, the time of `Corpus::view` and the result count.

use std::rc::Rc;
use std::time::Instant;

use ban_tin_le_chan::model::{feed::Corpus, parse_catalog, parse_issue, search::Query};

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: search_keystrokes <folder written by make-corpus>");
        std::process::exit(2);
    };
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect(p);
    let catalog = parse_catalog("data/catalog.json", &read("data/catalog.json")).expect("catalog");
    let issues = catalog
        .issues
        .iter()
        .map(|e| {
            let file = parse_issue(&e.file, &read(&e.file), &catalog, e).expect("issue");
            (e.clone(), Rc::new(file.value))
        })
        .collect();
    let started = Instant::now();
    let corpus = Corpus::new(issues);
    println!(
        "index built in {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    for category in [None, Some("tuyen-truyen")] {
        for query in ["dang uy", "le chan", "di chuc", "guong sang", "duong"] {
            let mut line = String::new();
            for end in 1..=query.len() {
                let text = &query[..end];
                let started = Instant::now();
                let view = corpus.view(Query::parse(text).as_ref(), category);
                let ms = started.elapsed().as_secs_f64() * 1e3;
                line.push_str(&format!("{text:?} {ms:.1} ms ({}), ", view.items.len()));
            }
            println!("{category:?}: {line}");
        }
    }
}
