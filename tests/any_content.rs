//! Any content builds: words of any length or alphabet in every text field of the sample
//! (a word pasted without spaces, a web address, Chinese, Arabic, emoji) never break the
//! page writer's files, and the article is still found by its other words and by the long
//! word itself.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ban_tin_le_chan::publish::static_page::Site;
use ban_tin_le_chan::search::files::{self, Shard};
use ban_tin_le_chan::search::Query;
use serde_json::Value;

const TEXT_FIELDS: [&str; 15] = [
    "title",
    "summary",
    "author",
    "text",
    "caption",
    "credit",
    "alt",
    "name",
    "description",
    "publisher",
    "place",
    "attribution",
    "items",
    "occasions",
    "issue_title",
];

fn odd_words() -> String {
    [
        "Rấtdàikhôngcódấucáchnàoởđây".repeat(20),
        format!("https://example.com/{}", "duong-dan-rat-dai/".repeat(30)),
        "中文字符没有空格".repeat(40),
        "كلمةطويلةجدا".repeat(30),
        "😀🇻🇳".repeat(60),
        "a\u{301}\u{302}\u{303}".repeat(80),
    ]
    .join(" ")
}

/// `words` in front of every text field (and list of texts) of a content value.
fn poison(value: &mut Value, words: &str) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, words)),
        Value::Object(fields) => {
            for (key, v) in fields.iter_mut() {
                let text_field = TEXT_FIELDS.contains(&key.as_str());
                match v {
                    Value::String(s) if text_field => *s = format!("{words} {s}"),
                    Value::Array(list) if text_field && list.iter().all(Value::is_string) => {
                        for item in list {
                            if let Value::String(s) = item {
                                *s = format!("{words} {s}");
                            }
                        }
                    }
                    _ => poison(v, words),
                }
            }
        }
        _ => {}
    }
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{file}: {e}"));
}

#[test]
fn words_of_any_length_or_alphabet_in_every_field_build_and_are_found() {
    let words = odd_words();
    let read = |path: &str| {
        let text = std::fs::read_to_string(Path::new("public").join(path)).ok()?;
        if !path.ends_with(".json") {
            return Some(text);
        }
        let mut value: Value = serde_json::from_str(&text).ok()?;
        poison(&mut value, &words);
        Some(serde_json::to_string_pretty(&value).unwrap())
    };
    let site = Site::load(&read, "").expect("the poisoned catalog loads");
    assert_eq!(
        site.problem_count(),
        0,
        "long words are content, not errors"
    );

    // Every page and every index file is written as the page writer writes them.
    let dir: PathBuf =
        std::env::temp_dir().join(format!("ban-tin-any-content-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pages = site.pages();
    assert!(pages.len() > 20);
    for page in &pages {
        if let Some(html) = site.page_for(page.route.as_ref()) {
            write(&dir, &page.file(), &html);
        }
    }
    let files = site.index().files();
    for (path, json) in &files {
        let name = Path::new(path).file_name().unwrap().to_string_lossy();
        assert!(name.len() <= 100, "{path}");
        write(&dir, path, json);
    }

    for (path, json) in site.texts() {
        write(&dir, &path, &json);
    }

    // The reader's search, from the files written.
    let read_back = |path: &str| std::fs::read_to_string(dir.join(path)).ok();
    let meta: files::SearchMeta =
        serde_json::from_str(&read_back(&files::meta_path()).unwrap()).unwrap();
    let search = |typed: &str| -> Vec<(String, String)> {
        let query = Query::parse(typed).unwrap();
        let loaded: HashMap<String, Shard> = files::files_for(&query, &meta)
            .into_iter()
            .filter_map(|key| {
                let text = read_back(&files::shard_path(&key))?;
                Some((key, serde_json::from_str(&text).unwrap()))
            })
            .collect();
        files::ranked(&meta, |k| loaded.get(k), &query)
            .into_iter()
            .map(|hit| {
                let row = site.index().row(hit.doc).unwrap();
                (row.issue.clone(), row.article.clone())
            })
            .collect()
    };
    let article = (
        "so-dac-biet-10-2024".to_owned(),
        "hoi-nghi-ket-luan-01".to_owned(),
    );
    let by_its_words = search("ket luan 01");
    assert_eq!(by_its_words.first(), Some(&article), "{by_its_words:?}");
    // Every article holds the long word, so it finds them all, this one too.
    let by_the_long_word = search(&"Rấtdàikhôngcódấucáchnàoởđây".repeat(20));
    assert_eq!(by_the_long_word.len(), meta.docs);
    assert!(by_the_long_word.contains(&article));
    let _ = std::fs::remove_dir_all(&dir);
}
