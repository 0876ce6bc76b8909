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

use serde::{Deserialize, Serialize};

mod build;
mod rank;

pub use build::build;
pub use rank::{files_for, ranked, syllables_for, tier, Hit};

use crate::index::DIR;

/// Field ranks: body 1, summary 2, title 3 (a better field is a larger number).
const TITLE: u8 = 3;
const SUMMARY: u8 = 2;
const BODY: u8 = 1;

/// The search meta file's path.
pub fn meta_path() -> String {
    format!("{}/tim-kiem.json", DIR)
}

/// The folder of the syllables' files, in the index's.
const SYLLABLES: &str = "tu";

/// The path of a folded syllable's file.
pub fn shard_path(syllable: &str) -> String {
    format!("{}/{SYLLABLES}/{}.json", DIR, file_name(syllable))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Query;

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
