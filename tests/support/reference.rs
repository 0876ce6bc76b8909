//! The in-memory search the search files were first checked against: every article's words
//! as ids into a sorted vocabulary, each query ranked over every article, with the same
//! tiers (`files::tier`). Written independently of the files' format, so a test comparing
//! the two (`tests/search_reference.rs`) catches a file that loses or misorders a result.
#![allow(dead_code)]

use std::collections::HashMap;
use std::ops::Range;

use ban_tin_le_chan::model::date::DateTime;
use ban_tin_le_chan::model::types::Article;
use ban_tin_le_chan::search::{body_text, files, fold, words, Query};

/// Where a match was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Body = 1,
    Summary = 2,
    Title = 3,
}

/// The words of one field of one article as ids into a vocabulary.
#[derive(Debug, Clone, Default)]
struct FieldWords {
    /// In reading order, for phrases.
    sequence: Vec<u32>,
    /// Sorted and unique, for "does any word start with…".
    set: Vec<u32>,
    /// Positions in `sequence` ordered by the id there: the places of the words starting
    /// with a prefix are one run of it, so a phrase is checked only where its first word
    /// stands. Empty for a field longer than `u16` positions (then the text is scanned).
    by_id: Vec<u16>,
    /// Where each word of `set` starts in `by_id` (and one past the end): the run of a
    /// prefix is found by searching `set`, which is contiguous, instead of looking each
    /// position up in `sequence`.
    starts: Vec<u16>,
}

impl FieldWords {
    /// Whether the field has ids in `phrase`'s ranges at consecutive positions.
    fn has_phrase(&self, phrase: &[Range<u32>]) -> bool {
        let Some((first, rest)) = phrase.split_first() else {
            return false;
        };
        let sequence = &self.sequence;
        let follows = |start: usize| {
            start + rest.len() < sequence.len()
                && rest.iter().enumerate().all(|(k, r)| {
                    let id = sequence[start + 1 + k];
                    id >= r.start && id < r.end
                })
        };
        if self.by_id.is_empty() {
            return (0..sequence.len()).any(|i| first.contains(&sequence[i]) && follows(i));
        }
        let lo = self.set.partition_point(|&id| id < first.start);
        let hi = lo + self.set[lo..].partition_point(|&id| id < first.end);
        let run = usize::from(self.starts[lo])..usize::from(self.starts[hi]);
        self.by_id[run].iter().any(|&p| follows(p as usize))
    }
}

/// One article prepared for searching: its words as ids, computed once when it loads.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    pub published: DateTime,
    pub category: String,
    /// Title, summary, body: best field first.
    fields: [FieldWords; 3],
    /// Sorted ids of the article's words with their accents (lowercased), any field.
    exact: Vec<u32>,
}

const FIELDS: [Field; 3] = [Field::Title, Field::Summary, Field::Body];

/// A sorted list of distinct words. Words sharing a prefix are neighbours, so "every word
/// starting with `chu`" is one range of ids.
#[derive(Debug, Clone, Default)]
struct Vocabulary(Vec<String>);

impl Vocabulary {
    fn prefix(&self, prefix: &str) -> Range<u32> {
        let start = self.0.partition_point(|w| w.as_str() < prefix);
        let len = self.0[start..].partition_point(|w| w.starts_with(prefix));
        start as u32..(start + len) as u32
    }

    fn whole(&self, word: &str) -> Range<u32> {
        match self.0.binary_search_by(|w| w.as_str().cmp(word)) {
            Ok(i) => i as u32..i as u32 + 1,
            Err(_) => 0..0,
        }
    }
}

/// FNV-1a: the words are short and not attacker-chosen keys of a server, so a simple fast
/// hash beats the default SipHash, which dominated building the index.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// Gives words provisional ids in order of first appearance while articles are read; they
/// are renumbered in sorted order at the end.
#[derive(Default)]
struct VocabularyBuilder {
    ids: HashMap<String, u32, FnvBuild>,
}

impl VocabularyBuilder {
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.to_owned(), id);
        id
    }

    /// The sorted vocabulary and, for each provisional id, its final id.
    fn finish(self) -> (Vocabulary, Vec<u32>) {
        let mut words: Vec<(String, u32)> = self.ids.into_iter().collect();
        words.sort_unstable();
        let mut renumber = vec![0; words.len()];
        for (final_id, (_, provisional)) in words.iter().enumerate() {
            renumber[*provisional as usize] = final_id as u32;
        }
        (
            Vocabulary(words.into_iter().map(|(w, _)| w).collect()),
            renumber,
        )
    }
}

fn has_in_range(set: &[u32], range: &Range<u32>) -> bool {
    let i = set.partition_point(|&id| id < range.start);
    i < set.len() && set[i] < range.end
}

/// A query turned into id ranges for one index.
struct Compiled {
    /// Per word: the ids of the words it matches (itself; for the last, the words starting
    /// with it). A phrase is the same ranges at consecutive positions, in order.
    terms: Vec<Range<u32>>,
    /// Per word typed with accents: the ids of the accented words it matches, likewise.
    exact: Option<Vec<Range<u32>>>,
}

/// Every loaded article's words, for searching. Matching a word is a binary search in a
/// sorted list of ids per article, never a scan of the text.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub docs: Vec<SearchDoc>,
    folded: Vocabulary,
    exact: Vocabulary,
    /// Doc indices, newest first (ties: in reading order).
    pub newest_first: Vec<usize>,
    /// For each doc, its position in `newest_first`: ranking sorts plain integers.
    recency: Vec<u32>,
}

impl SearchIndex {
    pub fn new<'a>(articles: impl IntoIterator<Item = &'a Article>) -> SearchIndex {
        let mut folded = VocabularyBuilder::default();
        let mut exact = VocabularyBuilder::default();
        let mut docs = Vec::new();
        for article in articles {
            let body = body_text(article);
            let mut all_exact = Vec::new();
            let mut field = |text: &str| {
                all_exact.extend(words(&text.to_lowercase()).map(|w| exact.id(w)));
                FieldWords {
                    sequence: words(&fold(text)).map(|w| folded.id(w)).collect(),
                    set: Vec::new(),
                    by_id: Vec::new(),
                    starts: Vec::new(),
                }
            };
            let fields = [field(&article.title), field(&article.summary), field(&body)];
            docs.push(SearchDoc {
                published: article.published,
                category: article.category.to_string(),
                fields,
                exact: all_exact,
            });
        }
        let (folded, renumber_folded) = folded.finish();
        let (exact, renumber_exact) = exact.finish();
        for doc in &mut docs {
            for field in &mut doc.fields {
                for id in &mut field.sequence {
                    *id = renumber_folded[*id as usize];
                }
                field.set = field.sequence.clone();
                field.set.sort_unstable();
                field.set.dedup();
                if field.sequence.len() < usize::from(u16::MAX) {
                    field.by_id = (0..field.sequence.len() as u16).collect();
                    field.by_id.sort_by_key(|&p| field.sequence[p as usize]);
                    // by_id lists each word of `set` in turn, in the same order.
                    let mut at = 0u16;
                    field.starts = Vec::with_capacity(field.set.len() + 1);
                    for &id in &field.set {
                        field.starts.push(at);
                        while usize::from(at) < field.by_id.len()
                            && field.sequence[usize::from(field.by_id[usize::from(at)])] == id
                        {
                            at += 1;
                        }
                    }
                    field.starts.push(at);
                }
            }
            for id in &mut doc.exact {
                *id = renumber_exact[*id as usize];
            }
            doc.exact.sort_unstable();
            doc.exact.dedup();
        }
        let mut newest_first: Vec<usize> = (0..docs.len()).collect();
        newest_first.sort_by(|&a, &b| docs[b].published.cmp(&docs[a].published).then(a.cmp(&b)));
        let mut recency = vec![0; docs.len()];
        for (position, &doc) in newest_first.iter().enumerate() {
            recency[doc] = position as u32;
        }
        SearchIndex {
            docs,
            folded,
            exact,
            newest_first,
            recency,
        }
    }

    fn compile(&self, query: &Query) -> Compiled {
        // Whole syllables, and a prefix only for the last word (it may still be being typed).
        let ranges = |vocabulary: &Vocabulary, terms: &[String]| -> Vec<Range<u32>> {
            terms
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    if query.is_whole(i) {
                        vocabulary.whole(t)
                    } else {
                        vocabulary.prefix(t)
                    }
                })
                .collect()
        };
        Compiled {
            terms: ranges(&self.folded, &query.terms),
            exact: query
                .exact_terms
                .as_ref()
                .map(|exact| ranges(&self.exact, exact)),
        }
    }

    /// Ranks every article for `query`: the words side by side first, in any field, then
    /// exact accents (when the query has any), then the phrase's field, then the best
    /// field, then newest (`shards::tier`).
    /// Returns indices into `docs`.
    pub fn search(&self, query: &Query) -> Vec<usize> {
        self.rank_all(0..self.docs.len(), query)
    }

    fn rank_all(&self, which: impl Iterator<Item = usize>, query: &Query) -> Vec<usize> {
        let compiled = self.compile(query);
        if compiled.terms.iter().any(|r| r.is_empty()) {
            return Vec::new();
        }
        // One integer per hit, smallest first: the rank tier in the high bits, the position
        // in newest-first order below.
        let mut hits: Vec<u64> = which
            .filter_map(|i| {
                self.docs[i].rank(&compiled).map(|(exact, phrase, field)| {
                    let phrase = phrase.map_or(0, |f| f as u8);
                    let tier = files::tier(phrase, exact, field as u8);
                    u64::from(tier) << 32 | self.recency[i] as u64
                })
            })
            .collect();
        hits.sort_unstable();
        hits.into_iter()
            .map(|hit| self.newest_first[(hit & 0xFFFF_FFFF) as usize])
            .collect()
    }
}

impl SearchDoc {
    fn phrase_field(&self, compiled: &Compiled) -> Option<Field> {
        let phrase = &compiled.terms;
        if phrase.len() < 2 || phrase.iter().any(|r| r.is_empty()) {
            return None;
        }
        // A field holds the phrase only if it holds every word (a binary search each); only
        // then is its text scanned. This runs for every candidate on every keystroke of a
        // two-word search, so it is written as a plain loop.
        FIELDS
            .into_iter()
            .zip(&self.fields)
            .find(|(_, f)| phrase.iter().all(|r| has_in_range(&f.set, r)) && f.has_phrase(phrase))
            .map(|(field, _)| field)
    }

    /// Exact accents, phrase field, best field; `None` when a word is missing.
    fn rank(&self, compiled: &Compiled) -> Option<(bool, Option<Field>, Field)> {
        let mut best = Field::Title;
        for range in &compiled.terms {
            let (field, _) = FIELDS
                .into_iter()
                .zip(&self.fields)
                .find(|(_, f)| has_in_range(&f.set, range))?;
            best = best.min(field);
        }
        let exact = compiled
            .exact
            .as_ref()
            .is_some_and(|ranges| ranges.iter().all(|r| has_in_range(&self.exact, r)));
        Some((exact, self.phrase_field(compiled), best))
    }
}
