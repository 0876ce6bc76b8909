//! Building the search files from the articles.

use std::collections::{BTreeMap, HashMap};

use super::{pair_key, Form, Next, Postings, SearchMeta, Shard, BODY, SUMMARY, TITLE};
use crate::model::types::Article;
use crate::search::{compose_lower, fold, words};

/// Articles by field while building: doc → best field.
type ByDoc = BTreeMap<u32, u8>;

fn postings(by_doc: &ByDoc, field: u8) -> Postings {
    let docs: Vec<u32> = by_doc
        .iter()
        .filter(|(_, &f)| f == field)
        .map(|(&d, _)| d)
        .collect();
    Postings::encode(&docs)
}

/// Builds the search files from the articles, newest first, with their category indices.
pub fn build<'a>(
    articles: impl IntoIterator<Item = (&'a Article, Option<usize>)>,
    categories: Vec<String>,
    index_version: u32,
) -> (SearchMeta, Vec<(String, Shard)>) {
    // folded → form → doc → best field; folded → next folded → doc → best field.
    let mut forms: HashMap<String, HashMap<String, ByDoc>> = HashMap::new();
    let mut pairs: HashMap<String, HashMap<String, ByDoc>> = HashMap::new();
    let mut doc_categories = String::new();
    let mut docs = 0u32;
    for (doc, (article, category)) in articles.into_iter().enumerate() {
        let doc = doc as u32;
        docs = doc + 1;
        doc_categories.push(category.map_or('?', |c| char::from(b'a' + (c.min(25) as u8))));
        let body = crate::search::body_text(article);
        for (text, field) in [
            (article.title.as_str(), TITLE),
            (article.summary.as_str(), SUMMARY),
            (body.as_str(), BODY),
        ] {
            let composed = compose_lower(text);
            let mut previous: Option<String> = None;
            for exact in words(&composed) {
                let folded = fold(exact);
                let best = forms
                    .entry(folded.clone())
                    .or_default()
                    .entry(exact.to_owned())
                    .or_default()
                    .entry(doc)
                    .or_insert(field);
                *best = (*best).max(field);
                if let Some(before) = previous {
                    let best = pairs
                        .entry(before)
                        .or_default()
                        .entry(folded.clone())
                        .or_default()
                        .entry(doc)
                        .or_insert(field);
                    *best = (*best).max(field);
                }
                previous = Some(folded);
            }
        }
    }
    let mut shards: Vec<(String, Shard)> = Vec::with_capacity(forms.len());
    // Each syllable, how many articles hold it, the first letters of its pair files.
    let mut words: Vec<(String, u32, String)> = Vec::with_capacity(forms.len());
    for (folded, by_form) in forms {
        let next = pairs.remove(&folded).unwrap_or_default();
        let (holding, shard, by_letter) = syllable_files(by_form, next, index_version);
        words.push((folded.clone(), holding, by_letter.keys().collect()));
        for (letter, next) in by_letter {
            let pairs = Shard {
                index_version,
                forms: Vec::new(),
                next,
            };
            shards.push((pair_key(&folded, letter), pairs));
        }
        shards.push((folded, shard));
    }
    shards.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    words.sort_unstable();
    let (words, pairs) = words.into_iter().map(|(w, n, l)| ((w, n), l)).unzip();
    let meta = SearchMeta {
        index_version,
        docs: docs as usize,
        categories,
        doc_categories,
        words,
        pairs,
    };
    (meta, shards)
}

/// A syllable's file (its forms, by the articles holding each) and its pairs' files by the
/// following syllable's first letter, with how many articles hold it.
fn syllable_files(
    by_form: HashMap<String, ByDoc>,
    next: HashMap<String, ByDoc>,
    index_version: u32,
) -> (u32, Shard, BTreeMap<char, Vec<Next>>) {
    let mut by_form: Vec<(String, ByDoc)> = by_form.into_iter().collect();
    by_form.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut holding: Vec<u32> = by_form
        .iter()
        .flat_map(|(_, d)| d.keys().copied())
        .collect();
    holding.sort_unstable();
    holding.dedup();
    let mut next: Vec<(String, ByDoc)> = next.into_iter().collect();
    next.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let shard = Shard {
        index_version,
        forms: by_form
            .into_iter()
            .map(|(e, by_doc)| Form {
                e,
                t: postings(&by_doc, TITLE),
                s: postings(&by_doc, SUMMARY),
                b: postings(&by_doc, BODY),
            })
            .collect(),
        next: Vec::new(),
    };
    // The pairs, one file per first letter of the syllable that follows.
    let mut by_letter: BTreeMap<char, Vec<Next>> = BTreeMap::new();
    for (w, by_doc) in next {
        let Some(letter) = w.chars().next() else {
            continue;
        };
        by_letter.entry(letter).or_default().push(Next {
            t: postings(&by_doc, TITLE),
            s: postings(&by_doc, SUMMARY),
            b: postings(&by_doc, BODY),
            w,
        });
    }
    (holding.len() as u32, shard, by_letter)
}
