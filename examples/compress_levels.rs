//! What each compression level costs and saves on a built site, by kind of file:
//! `cargo run --release --example compress_levels -- <built site> [files per kind]`.
//!
//! For the app's code and styles (wasm, js, css: every reader pays them), the pages (html)
//! and the content and index (json), it compresses up to `[files per kind]` files of each kind
//! (default 600, an even sample) with brotli at several qualities and gzip at two levels, one
//! thread, and prints the bytes written and the time per file. BENCHMARKS.md says which
//! levels `publish::compress` uses and why.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn brotli(bytes: &[u8], quality: u32) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli");
    out.len()
}

fn gzip(bytes: &[u8], level: u32) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip").len()
}

fn files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, found);
        } else {
            found.push(path);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(site) = args.next() else {
        eprintln!("usage: compress_levels <built site> [files per kind]");
        std::process::exit(2);
    };
    let sample: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(600);
    let mut all = Vec::new();
    files(Path::new(&site), &mut all);
    all.sort();
    let kinds: [(&str, &[&str]); 3] = [
        ("app (wasm, js, css)", &["wasm", "js", "css"]),
        ("pages (html)", &["html"]),
        ("content and index (json)", &["json"]),
    ];
    let levels: [(&str, u32); 7] = [
        ("brotli 11", 11),
        ("brotli 10", 10),
        ("brotli 9", 9),
        ("brotli 7", 7),
        ("brotli 5", 5),
        ("gzip 9", 109),
        ("gzip 6", 106),
    ];
    for (kind, extensions) in kinds {
        let of_kind: Vec<&PathBuf> = all
            .iter()
            .filter(|p| {
                p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| extensions.contains(&e))
            })
            .collect();
        let step = of_kind.len().div_ceil(sample).max(1);
        let chosen: Vec<Vec<u8>> = of_kind
            .iter()
            .step_by(step)
            .map(|p| std::fs::read(p).expect("read"))
            .collect();
        let raw: usize = chosen.iter().map(Vec::len).sum();
        println!(
            "{kind}: {} files, {} sampled, {:.1} KB raw",
            of_kind.len(),
            chosen.len(),
            raw as f64 / 1000.0
        );
        for (name, level) in levels {
            let start = Instant::now();
            let bytes: usize = chosen
                .iter()
                .map(|b| {
                    if level > 100 {
                        gzip(b, level - 100)
                    } else {
                        brotli(b, level)
                    }
                })
                .sum();
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            println!(
                "  {name:<10} {:>10.1} KB  {:>7.2} ms a file  ({:.0} s for all {} files, one core)",
                bytes as f64 / 1000.0,
                ms / chosen.len() as f64,
                ms / chosen.len() as f64 * of_kind.len() as f64 / 1000.0,
                of_kind.len()
            );
        }
    }
}
