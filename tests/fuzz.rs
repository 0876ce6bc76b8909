//! Fuzzing the content parsers and the folder checker with proptest: arbitrary text, and the
//! sample files with random edits (cut, inserted JSON punctuation, duplicated slices, deep
//! nesting). Every input must give a value or Vietnamese problems, never a panic, and each
//! problem's position must lie inside the file.
//!
//! The test command runs a short bounded session (256 cases per property). A long one:
//! `PROPTEST_CASES=100000 cargo test --release --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use ban_tin_le_chan::model::check::{check_folder, ImageCheck, CATALOG_FILE};
use ban_tin_le_chan::model::{parse_catalog, parse_gallery, parse_issue, Catalog, ContentError};
use proptest::prelude::*;

const PUBLIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public");
const ISSUE: &str = "data/issues/so-dac-biet-10-2024.json";
const GALLERY: &str = "data/gallery/55-nam-di-chuc.json";

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(PUBLIC).join(path)).unwrap()
}

fn catalog() -> Catalog {
    parse_catalog(CATALOG_FILE, &read(CATALOG_FILE)).unwrap()
}

/// Problems must point inside the text they are about.
fn well_placed(text: &str, problems: &[ContentError]) -> Result<(), TestCaseError> {
    let lines = text.lines().count().max(1);
    for problem in problems {
        prop_assert!(!problem.message.is_empty());
        if let Some((line, column)) = problem.position {
            prop_assert!(
                line >= 1 && line <= lines + 1,
                "line {line} of {lines}: {problem}"
            );
            prop_assert!(column >= 1, "{problem}");
        }
    }
    Ok(())
}

/// Every parser on one text; none may panic.
fn parse_all(text: &str) -> Result<(), TestCaseError> {
    let catalog = catalog();
    let entry = catalog.issue("so-dac-biet-10-2024").unwrap();
    if let Err(problems) = parse_catalog("x.json", text) {
        well_placed(text, &problems)?;
    }
    match parse_issue("x.json", text, &catalog, entry) {
        Ok(checked) => well_placed(text, &checked.problems)?,
        Err(problems) => well_placed(text, &problems)?,
    }
    match parse_gallery("x.json", text, "55-nam-di-chuc") {
        Ok(checked) => well_placed(text, &checked.problems)?,
        Err(problems) => well_placed(text, &problems)?,
    }
    Ok(())
}

/// One random edit of a text, at a char boundary.
#[derive(Debug, Clone)]
enum Edit {
    Cut(usize, usize),
    Insert(usize, String),
    Repeat(usize, usize),
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_owned();
    for edit in edits {
        let at = |n: usize, t: &str| {
            let mut i = n % (t.len() + 1);
            while !t.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match edit {
            Edit::Cut(a, len) => {
                let start = at(*a, &text);
                let end = at(start + len % 64, &text).max(start);
                text.replace_range(start..end, "");
            }
            Edit::Insert(a, s) => {
                let i = at(*a, &text);
                text.insert_str(i, s);
            }
            Edit::Repeat(a, len) => {
                let start = at(*a, &text);
                let end = at(start + len % 200, &text).max(start);
                let slice = text[start..end].to_owned();
                text.insert_str(end, &slice);
            }
        }
    }
    text
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("null".to_owned()),
        Just("-1".to_owned()),
        Just("1e999".to_owned()),
        Just("\"javascript:alert(1)\"".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\u{0}".to_owned()),
        Just("ạ\u{0323}".to_owned()),
        "[ -~]{0,12}",
    ];
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, n)| Edit::Cut(a, n)),
        (any::<usize>(), piece).prop_map(|(a, s)| Edit::Insert(a, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, n)| Edit::Repeat(a, n)),
    ]
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        parse_all(&text)?;
    }

    #[test]
    fn json_shaped_text_never_panics(text in r#"[\{\}\[\]",:0-9a-z_ .\-\\]{0,300}"#) {
        parse_all(&text)?;
    }

    #[test]
    fn edited_sample_files_never_panic(
        which in 0usize..3,
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let file = [CATALOG_FILE, ISSUE, GALLERY][which];
        let text = apply(&read(file), &edits);
        parse_all(&text)?;
        // The whole folder with that file edited: the checker must not panic either.
        let mut files: HashMap<String, Vec<u8>> = [CATALOG_FILE, ISSUE, GALLERY]
            .into_iter()
            .chain(catalog().issues.iter().map(|i| i.file.as_str()).collect::<Vec<_>>())
            .map(|f| (f.to_owned(), read(f).into_bytes()))
            .collect();
        files.insert(file.to_owned(), text.into_bytes());
        let problems = check_folder(&|p: &str| files.get(p).cloned(), ImageCheck::Exists);
        for problem in problems {
            prop_assert!(!problem.message.is_empty());
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed(depth in 100usize..5000) {
        let text = format!(
            "{{\"schema_version\": 1, \"issue\": \"so-dac-biet-10-2024\", \"articles\": {}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        parse_all(&text)?;
    }
}
