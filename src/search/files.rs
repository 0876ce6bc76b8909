//! Search as the build writes it: the words of every article in one small file per folded
//! syllable, so a query loads only the files of its own words, whatever the archive's size.
//! The ranking is one function ([`tier`]): the words side by side in any field, then exact
//! accents, then the phrase's field, then the best field, then newest. The matching: whole
//! syllables, a prefix only on the last word. The build, the preview and a site without its
//! index all rank through [`ranked`] over files [`build`] made.
//!
//! Articles are numbered newest first (doc 0 is the newest), the order of the whole feed's
//! listing, so a result's row is row `d % PAGE_SIZE` of the feed's page `d / PAGE_SIZE + 1`
//! and needs no file of its own; the rank's last key, newest first, is the number itself.
//!
//! Files, under `data/chi-muc/`:
//! - `tim-kiem.json` ([`SearchMeta`]): how many articles, each one's category (one letter
//!   each, for the chips' counts), and the sorted syllables with how many articles hold
//!   each (to expand a word still being typed) and the letters of their pair files;
//! - `tu/<syllable>.json` ([`Shard`]): the syllable's accented forms with the articles
//!   holding each, by the best field it is in (title, summary, body);
//! - `tu/<syllable>_20_<letter>.json` (a [`Shard`] of [`pair_key`]): the syllables starting
//!   with `<letter>` that follow it in a title, summary or body (for phrases), so a two-word
//!   search reads the first word's pairs with the second only, not with every word.
//!
//! Phrases are kept for bodies too, so "dang uy" finds the article saying "Đảng ủy" in its
//! body above one with "Đảng" in its title and "cấp ủy" in its summary (the bytes a search
//! reads with and without them: BENCHMARKS.md). A word still being typed that could start more than
//! [`MAX_COMPLETIONS`] syllables is searched as its most frequent completions until the
//! next letter narrows it.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{compose_lower, fold, words, Query};
use crate::index::DIR;
use crate::model::types::Article;

/// The search meta file's path.
pub fn meta_path() -> String {
    format!("{}/tim-kiem.json", DIR)
}

/// The folder of the syllables' files, in the index's.
const SYLLABLES: &str = "tu";

/// The path of a folded syllable's file.
pub fn shard_path(syllable: &str) -> String {
    format!(
        "{}/{SYLLABLES}/{}.json",
        DIR,
        file_name(syllable)
    )
}

/// Whether `path` is one of the search files: the meta file or a syllable's.
pub fn is_search_file(path: &str) -> bool {
    path == meta_path() || path.starts_with(&format!("{}/{SYLLABLES}/", DIR))
}

/// A syllable as a file name any host serves: ASCII letters and digits as they are, any
/// other character as `_`, its code in hex and `_`. A name longer than [`MAX_NAME`] (a word
/// pasted without spaces, a web address) keeps its first letters and ends in `~` and a hash
/// of the whole syllable, so any word fits a file system's limit (255 bytes) and is still
/// found: the reader's search names the same file.
pub fn file_name(syllable: &str) -> String {
    let mut name = String::new();
    for c in syllable.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else {
            name.push_str(&format!("_{:x}_", c as u32));
        }
    }
    if name.len() > MAX_NAME {
        // The name is ASCII, so any byte is a character boundary.
        name.truncate(MAX_NAME - 17);
        name.push_str(&format!("~{:016x}", fnv1a(syllable.as_bytes())));
    }
    name
}

/// The longest file name a syllable gets, in bytes (before `.json`).
pub const MAX_NAME: usize = 80;

/// FNV-1a, 64 bits: the same on every machine and in the browser (std's hasher is not
/// stable across compiler versions, and the build and the reader must agree).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The key of the file of `syllable`'s pairs with the syllables starting with `letter`
/// (a space cannot be in a syllable, so no syllable has this key).
pub fn pair_key(syllable: &str, letter: char) -> String {
    format!("{syllable} {letter}")
}

/// The most syllables a word still being typed is searched as.
pub const MAX_COMPLETIONS: usize = 6;

/// The search files' index of articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchMeta {
    pub index_version: u32,
    pub docs: usize,
    /// The categories' ids, in the catalog's order.
    pub categories: Vec<String>,
    /// One character per article, newest first: `a` for the first category, `b` for the
    /// second… (`?` for one the catalog does not have).
    pub doc_categories: String,
    /// Every folded syllable, sorted, each with how many articles hold it.
    pub words: Vec<(String, u32)>,
    /// For each of `words`, the first letters of the syllables that follow it in a title or
    /// summary: the files of its pairs ([`pair_key`]) that exist, so none is asked for in
    /// vain.
    #[serde(default)]
    pub pairs: Vec<String>,
}

impl SearchMeta {
    /// Whether the file of `syllable`'s pairs with syllables starting with `letter` exists.
    pub fn has_pairs(&self, syllable: &str, letter: char) -> bool {
        let i = self.words.partition_point(|(w, _)| w.as_str() < syllable);
        self.words.get(i).is_some_and(|(w, _)| w == syllable)
            && self.pairs.get(i).is_some_and(|l| l.contains(letter))
    }

    /// The category of article `doc`, as an index into `categories`.
    pub fn category_of(&self, doc: u32) -> Option<usize> {
        let c = *self.doc_categories.as_bytes().get(doc as usize)?;
        (c >= b'a').then(|| usize::from(c - b'a'))
    }
}

/// A list of article numbers, ascending, written compactly: their gaps in base 36 joined
/// by commas, or, where that is longer, [`BITMAP`] and a bitmap of every article in hex.
/// The mark is no base-36 digit, so no gap list reads as a bitmap (`x` was one, and a list
/// starting at article 33 lost its articles: index version 4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Postings(String);

/// What starts a bitmap [`Postings`].
const BITMAP: char = '#';

impl Postings {
    /// Whether no article is listed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn encode(docs: &[u32]) -> Postings {
        let mut gaps = String::new();
        let mut last = 0;
        for (i, &d) in docs.iter().enumerate() {
            if i > 0 {
                gaps.push(',');
            }
            push_base36(&mut gaps, if i == 0 { d } else { d - last });
            last = d;
        }
        let Some(&max) = docs.last() else {
            return Postings(String::new());
        };
        let nibbles = max as usize / 4 + 1;
        if nibbles + 1 >= gaps.len() {
            return Postings(gaps);
        }
        let mut bits = vec![0u8; nibbles];
        for &d in docs {
            bits[d as usize / 4] |= 1 << (d % 4);
        }
        let mut map = String::with_capacity(nibbles + 1);
        map.push(BITMAP);
        map.extend(
            bits.iter()
                .map(|&b| char::from_digit(u32::from(b), 16).unwrap_or('0')),
        );
        Postings(map)
    }

    /// The article numbers; a malformed list yields what it can read.
    pub fn decode(&self) -> Vec<u32> {
        let mut docs = Vec::new();
        self.each(|d| docs.push(d));
        docs
    }

    /// Calls `visit` with each article number in turn, without collecting them (ranking
    /// reads tens of thousands per keystroke). A malformed list yields what it can read.
    pub fn each(&self, mut visit: impl FnMut(u32)) {
        if let Some(map) = self.0.strip_prefix(BITMAP) {
            for (i, b) in map.bytes().enumerate() {
                let bits = char::from(b).to_digit(16).unwrap_or(0);
                for bit in 0..4 {
                    if bits & (1 << bit) != 0 {
                        visit((i * 4) as u32 + bit);
                    }
                }
            }
            return;
        }
        let mut at = 0u32;
        for (i, gap) in self.0.split(',').filter(|g| !g.is_empty()).enumerate() {
            let Ok(gap) = u32::from_str_radix(gap, 36) else {
                continue;
            };
            at = if i == 0 { gap } else { at.saturating_add(gap) };
            visit(at);
        }
    }
}

fn push_base36(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 8];
    let mut len = 0;
    loop {
        digits[len] = (n % 36) as u8;
        len += 1;
        n /= 36;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from_digit(u32::from(d), 36).unwrap_or('0'));
    }
}

/// One accented form of a syllable and the articles holding it, each under the best field
/// it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// The form as written, lowercased ("đường").
    pub e: String,
    /// Articles with it in the title; in the summary (not the title); in the body only.
    pub t: Postings,
    pub s: Postings,
    pub b: Postings,
}

/// A syllable that follows another somewhere in some articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Next {
    /// The folded syllable that follows.
    pub w: String,
    /// Articles with the pair in the title; in the summary (not the title); in the body
    /// only.
    #[serde(default, skip_serializing_if = "Postings::is_empty")]
    pub t: Postings,
    #[serde(default, skip_serializing_if = "Postings::is_empty")]
    pub s: Postings,
    #[serde(default, skip_serializing_if = "Postings::is_empty")]
    pub b: Postings,
}

/// `tu/<syllable>.json`: a folded syllable's forms; or, in the file of a [`pair_key`], the
/// syllables starting with one letter that follow it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index_version: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<Form>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Next>,
}

/// Field ranks: body 1, summary 2, title 3 (a better field is a larger number).
const TITLE: u8 = 3;
const SUMMARY: u8 = 2;
const BODY: u8 = 1;

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
        let body = super::body_text(article);
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
        let mut by_form: Vec<(String, ByDoc)> = by_form.into_iter().collect();
        by_form.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut holding: Vec<u32> = by_form
            .iter()
            .flat_map(|(_, d)| d.keys().copied())
            .collect();
        holding.sort_unstable();
        holding.dedup();
        let mut next: Vec<(String, ByDoc)> = pairs
            .remove(&folded)
            .map(|p| p.into_iter().collect())
            .unwrap_or_default();
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
        words.push((
            folded.clone(),
            holding.len() as u32,
            by_letter.keys().collect(),
        ));
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

/// The syllables word `i` of `query` is searched as: itself if it is whole, else the
/// syllables it starts, at most [`MAX_COMPLETIONS`] (the most frequent).
pub fn syllables_for<'m>(query: &Query, i: usize, meta: &'m SearchMeta) -> Vec<&'m str> {
    let term = query.terms[i].as_str();
    let words = &meta.words;
    let start = words.partition_point(|(w, _)| w.as_str() < term);
    if query.is_whole(i) {
        return words
            .get(start)
            .filter(|(w, _)| w == term)
            .map(|(w, _)| w.as_str())
            .into_iter()
            .collect();
    }
    let len = words[start..].partition_point(|(w, _)| w.starts_with(term));
    let mut found: Vec<&(String, u32)> = words[start..start + len].iter().collect();
    if found.len() > MAX_COMPLETIONS {
        found.sort_by_key(|(w, n)| (std::cmp::Reverse(*n), w.len()));
        found.truncate(MAX_COMPLETIONS);
    }
    found.into_iter().map(|(w, _)| w.as_str()).collect()
}

/// Every search file a query needs, once each: its words' syllables, and for each word
/// followed by another, its syllables' pairs with that word's first letter (where the
/// syllable has such pairs: [`SearchMeta::has_pairs`]).
pub fn files_for(query: &Query, meta: &SearchMeta) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for i in 0..query.terms.len() {
        let syllables = syllables_for(query, i, meta);
        let following = query.terms.get(i + 1).and_then(|t| t.chars().next());
        for syllable in syllables {
            all.push(syllable.to_owned());
            if let Some(letter) = following.filter(|&l| meta.has_pairs(syllable, l)) {
                all.push(pair_key(syllable, letter));
            }
        }
    }
    all.sort_unstable();
    all.dedup();
    all
}

/// The loaded files of word `i`'s syllables, with the syllable each is for.
fn matching<'a>(
    query: &Query,
    i: usize,
    meta: &SearchMeta,
    shard: &impl Fn(&str) -> Option<&'a Shard>,
) -> Vec<&'a Shard> {
    syllables_for(query, i, meta)
        .into_iter()
        .filter_map(shard)
        .collect()
}

/// Whether the exact form `form` is what the reader typed as word `i`.
fn exact_matches(query: &Query, i: usize, form: &str) -> bool {
    match &query.exact_terms {
        Some(exact) => {
            if query.is_whole(i) {
                form == exact[i]
            } else {
                form.starts_with(exact[i].as_str())
            }
        }
        None => false,
    }
}

/// A found article and its rank's tier (smaller is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    pub tier: u32,
    pub doc: u32,
}

/// Ranks the articles for `query` from the files it needs (`shard(syllable)`; a file not
/// loaded matches nothing), best first, each with its tier.
pub fn ranked<'a>(
    meta: &SearchMeta,
    shard: impl Fn(&str) -> Option<&'a Shard>,
    query: &Query,
) -> Vec<Hit> {
    let n = meta.docs;
    // Per article: the weakest of each word's best field (0: a word is missing), and
    // whether every word typed with accents is there with them.
    let mut field = vec![TITLE; n];
    let mut exact = vec![query.exact_terms.is_some(); n];
    let mut this_word = vec![0u8; n];
    let mut this_exact = vec![false; n];
    for i in 0..query.terms.len() {
        this_word.fill(0);
        this_exact.fill(false);
        for word in matching(query, i, meta, &shard) {
            for form in &word.forms {
                let is_exact = exact_matches(query, i, &form.e);
                for (postings, f) in [(&form.t, TITLE), (&form.s, SUMMARY), (&form.b, BODY)] {
                    postings.each(|d| {
                        let d = d as usize;
                        if d < n {
                            this_word[d] = this_word[d].max(f);
                            this_exact[d] |= is_exact;
                        }
                    });
                }
            }
        }
        for d in 0..n {
            field[d] = field[d].min(this_word[d]);
            exact[d] &= this_exact[d];
        }
    }
    // Phrases: every pair of neighbouring words side by side, in the best field they share.
    let mut phrase = vec![0u8; n];
    if query.terms.len() >= 2 {
        phrase.fill(TITLE);
        for i in 0..query.terms.len() - 1 {
            let following = &query.terms[i + 1];
            let next_whole = query.is_whole(i + 1);
            this_word.fill(0);
            let Some(letter) = following.chars().next() else {
                continue;
            };
            let pairs = syllables_for(query, i, meta)
                .into_iter()
                .filter_map(|syllable| shard(&pair_key(syllable, letter)));
            for word in pairs {
                for next in &word.next {
                    let follows = if next_whole {
                        next.w == *following
                    } else {
                        next.w.starts_with(following.as_str())
                    };
                    if !follows {
                        continue;
                    }
                    for (postings, f) in [(&next.t, TITLE), (&next.s, SUMMARY), (&next.b, BODY)] {
                        postings.each(|d| {
                            if let Some(best) = this_word.get_mut(d as usize) {
                                *best = (*best).max(f);
                            }
                        });
                    }
                }
            }
            for d in 0..n {
                phrase[d] = phrase[d].min(this_word[d]);
            }
        }
    }
    // Smallest tier first; among equals
    // the newest (the smallest number) first. Tiers are few: counted into place, not sorted.
    let tier = |d: usize| tier(phrase[d], exact[d], field[d]);
    let mut starts = [0usize; TIERS + 1];
    for d in (0..n).filter(|&d| field[d] > 0) {
        starts[tier(d) as usize + 1] += 1;
    }
    for t in 1..=TIERS {
        starts[t] += starts[t - 1];
    }
    let mut hits = vec![Hit { tier: 0, doc: 0 }; starts[TIERS]];
    for d in (0..n).filter(|&d| field[d] > 0) {
        let t = tier(d);
        hits[starts[t as usize]] = Hit {
            tier: t,
            doc: d as u32,
        };
        starts[t as usize] += 1;
    }
    hits
}

/// A hit's rank tier, smaller first: the words side by side in order (in any field) above
/// every hit with them apart; then every word typed with accents found with them; then the
/// best field holding the phrase; then the weakest of the words' best fields. `phrase` and
/// `field` are field ranks (0: none). The in-memory reference (`tests/support/`) ranks by
/// the same function.
pub fn tier(phrase: u8, exact: bool, field: u8) -> u32 {
    u32::from(phrase == 0) << 5
        | u32::from(!exact) << 4
        | u32::from(3 - phrase.min(3)) << 2
        | u32::from(3 - field.min(3))
}

/// How many tiers [`tier`] gives: apart (1 bit), accents (1), phrase field (2), word field
/// (2).
const TIERS: usize = 1 << 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_read_back_in_both_forms() {
        for docs in [
            vec![],
            vec![0],
            vec![5, 6, 40, 1000, 70_000],
            // First gaps whose base-36 digits start with `x` (33, 1188) are gaps.
            vec![33, 40, 2000],
            vec![1188, 1190],
            (33..40).collect(),
            (0..500).collect::<Vec<u32>>(),
            (0..2000).filter(|d| d % 3 != 0).collect(),
        ] {
            let encoded = Postings::encode(&docs);
            assert_eq!(encoded.decode(), docs, "{encoded:?}");
        }
        // A dense list is a bitmap, a sparse one gaps.
        assert!(Postings::encode(&(0..500).collect::<Vec<_>>())
            .0
            .starts_with(BITMAP));
        assert_eq!(Postings::encode(&[5, 6, 40]).0, "5,1,y");
        // Garbage reads as what it can, never a panic.
        assert_eq!(Postings("1,zzzzzzzzzzzz,2".into()).decode(), vec![1, 3]);
        assert_eq!(Postings("#g1".into()).decode(), vec![4]);
    }

    #[test]
    fn syllables_are_file_names() {
        assert_eq!(file_name("chuc"), "chuc");
        assert_eq!(file_name("2024"), "2024");
        assert_eq!(file_name("straße"), "stra_df_e");
        assert_ne!(file_name("\u{e9}1"), file_name("\u{e91}"));
        // A word of any length has a bounded name, the same for the same word, and two
        // words sharing their first 80 letters still have two files.
        let long = "rấtdàikhôngcódấucách".repeat(40);
        let name = file_name(&long);
        assert!(name.len() <= MAX_NAME, "{name}");
        assert_eq!(name, file_name(&long));
        assert_ne!(name, file_name(&format!("{long}x")));
        assert_eq!(file_name(&"a".repeat(MAX_NAME)), "a".repeat(MAX_NAME));
    }

    #[test]
    fn a_word_being_typed_is_searched_as_its_most_frequent_completions() {
        let meta = SearchMeta {
            index_version: 1,
            docs: 0,
            categories: vec![],
            doc_categories: String::new(),
            // "chan" is followed by words starting with "d", and only by them.
            pairs: ["", "d", "", "", "", "", "", "", ""]
                .map(String::from)
                .to_vec(),
            words: [
                "cha", "chan", "chanh", "chi", "chinh", "cho", "chu", "chuc", "dang",
            ]
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), i as u32))
            .collect(),
        };
        let q = Query::parse("dang ch").unwrap();
        assert_eq!(syllables_for(&q, 0, &meta), ["dang"]);
        let mut typed = syllables_for(&q, 1, &meta);
        typed.sort_unstable();
        assert_eq!(typed, ["chanh", "chi", "chinh", "cho", "chu", "chuc"]);
        let q = Query::parse("chan dang").unwrap();
        assert_eq!(syllables_for(&q, 0, &meta), ["chan"]);
        // With the first word's pairs with words starting with "d".
        assert_eq!(files_for(&q, &meta), ["chan", "chan d", "dang"]);
        // No file is asked for pairs a syllable does not have.
        assert_eq!(
            files_for(&Query::parse("chan chi").unwrap(), &meta),
            ["chan", "chi", "chinh"]
        );
        assert_eq!(
            files_for(&Query::parse("dang chan").unwrap(), &meta),
            ["chan", "chanh", "dang"]
        );
        assert_eq!(shard_path("chan d"), "data/chi-muc/tu/chan_20_d.json");
        assert!(is_search_file(&shard_path("chan d")) && is_search_file(&meta_path()));
        assert!(
            !is_search_file("data/chi-muc/trang-chu.json") && !is_search_file("data/tu/x.json")
        );
        assert!(syllables_for(&Query::parse("xyz").unwrap(), 0, &meta).is_empty());
    }
}
