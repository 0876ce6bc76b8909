//! Accent-insensitive Vietnamese search over articles: folding, matching, ranking, excerpts
//! and highlight segments. Pure functions and plain data, tested natively.
//!
//! Folding lowercases, decomposes (canonical decomposition, from a table generated at build
//! time by `unicode-normalization`), drops the combining marks, and maps đ/Đ to d by hand,
//! because Unicode does not decompose them. A query that arrives decomposed (NFD, as macOS
//! input can) folds the same way, since its marks are dropped too; for exact-accent ranking
//! it is recomposed with the same table.

use std::collections::HashMap;
use std::ops::Range;

use super::date::DateTime;
use super::types::{Article, Block};

include!(concat!(env!("OUT_DIR"), "/decompositions.rs"));

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn decompose(c: char) -> Option<(char, &'static str)> {
    DECOMPOSITIONS
        .binary_search_by(|(letter, _, _)| letter.cmp(&c))
        .ok()
        .map(|i| (DECOMPOSITIONS[i].1, DECOMPOSITIONS[i].2))
}

/// Appends the folded form of `c` (possibly nothing, for a combining mark).
fn fold_char(c: char, out: &mut String) {
    if is_combining_mark(c) {
        return;
    }
    let base = match c {
        'đ' | 'Đ' => 'd',
        _ => decompose(c).map_or(c, |(base, _)| base),
    };
    out.extend(base.to_lowercase());
}

/// "Đảng ủy Lê Chân" → "dang uy le chan".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folds `text` and records, for every byte of the result, the byte offset in `text` of the
/// character it came from, so matches in the folded text can be marked in the original.
pub fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        offsets.extend(std::iter::repeat_n(i, out.len() - before));
    }
    (out, offsets)
}

/// Recomposes base letters followed by combining marks (NFD) into precomposed letters (NFC)
/// for the Latin letters in the table, then lowercases: the form exact-accent ranking uses.
pub fn compose_lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut marks = String::new();
        while let Some(&m) = chars.peek().filter(|m| is_combining_mark(**m)) {
            marks.push(m);
            chars.next();
        }
        let composed = (!marks.is_empty())
            .then(|| {
                DECOMPOSITIONS
                    .iter()
                    .find(|(_, base, m)| *base == c && *m == marks)
                    .map(|(letter, _, _)| *letter)
            })
            .flatten();
        match composed {
            Some(letter) => out.extend(letter.to_lowercase()),
            None => {
                out.extend(c.to_lowercase());
                out.push_str(&marks);
            }
        }
    }
    out
}

/// Whether `term` occurs in `text` at the start of a word. Vietnamese words are syllables,
/// so "uy" must find "ủy" but not the middle of "tuyên"; a prefix still matches, so results
/// follow the typing ("chu" finds "chúc").
pub fn has_word_prefix(text: &str, term: &str) -> bool {
    word_matches(text, term, false).next().is_some()
}

/// Where `term` stands in the folded `text` as words: the byte range from the start of
/// the word it starts to the end of the word it ends in (a mark covers whole syllables,
/// never "dị|p"). With `whole`, the term must end where a word ends: a syllable the reader
/// has finished typing matches only itself ("di" is not "dịp").
fn word_matches<'a>(
    text: &'a str,
    term: &'a str,
    whole: bool,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let is_letter = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    text.match_indices(term).filter_map(move |(i, _)| {
        let starts_word = !text[..i].chars().next_back().is_some_and(is_letter);
        let after = i + term.len();
        let rest = text[after..]
            .find(|c: char| !is_letter(c))
            .unwrap_or(text.len() - after);
        (starts_word && (!whole || rest == 0)).then_some(i..after + rest)
    })
}

/// A parsed query: its words folded, and in exact form when the reader typed accents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Folded words; every one must match somewhere in an article.
    pub terms: Vec<String>,
    /// The words as typed (composed, lowercased), when any carries an accent or đ.
    pub exact_terms: Option<Vec<String>>,
}

pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
}

impl Query {
    /// The folded words as one phrase, "dang uy".
    pub fn phrase(&self) -> String {
        self.terms.join(" ")
    }

    /// Whether every article matching `self` also matches `earlier`: the reader went on
    /// typing ("di c" after "di", "di chuc" after "di chu"): the earlier whole words are the
    /// same, and the word that was being typed was continued, so the new results are a subset.
    pub fn refines(&self, earlier: &Query) -> bool {
        let Some((typing, whole)) = earlier.terms.split_last() else {
            return false;
        };
        let continued = self.terms.len() == earlier.terms.len() && !earlier.ends_in_letter();
        self.terms.len() >= earlier.terms.len()
            && self.terms[..whole.len()] == *whole
            && self.terms[whole.len()].starts_with(typing.as_str())
            && (continued || self.terms[whole.len()] == *typing)
    }

    /// Whether word `i` of the query must match a whole word: every word but the last, which
    /// the reader may still be typing, and the last too while it is a single letter. As the
    /// start of a word one letter would match a large part of the vocabulary (and load the
    /// files of its most frequent completions at every first keystroke), so a word is
    /// completed from its second letter on: alone, one letter finds words of one letter
    /// ("ở"); after other words it waits ([`Query::parse`] leaves it out).
    pub fn is_whole(&self, i: usize) -> bool {
        i + 1 < self.terms.len() || self.terms[i].chars().count() < 2
    }

    /// Whether the query is a single letter, which matches only a word of one letter until
    /// the reader types the next (see [`Query::is_whole`]).
    pub fn ends_in_letter(&self) -> bool {
        self.terms.last().is_some_and(|t| t.chars().count() < 2)
    }

    /// `None` for a query with no letters or digits.
    pub fn parse(text: &str) -> Option<Query> {
        let composed = compose_lower(text);
        let mut terms: Vec<String> = words(&composed).map(fold).collect();
        let mut exact: Vec<String> = words(&composed).map(str::to_owned).collect();
        // A last letter after other words is the start of a word still being typed: the
        // search waits for its second letter ("le c" searches "le", so the results stay).
        if terms.len() > 1 && terms.last().is_some_and(|t| t.chars().count() < 2) {
            terms.pop();
            exact.pop();
        }
        if terms.is_empty() {
            return None;
        }
        let has_accents = exact.iter().zip(&terms).any(|(e, t)| e != t);
        Some(Query {
            terms,
            exact_terms: has_accents.then_some(exact),
        })
    }
}

/// Where a match was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Body = 1,
    Summary = 2,
    Title = 3,
}

/// All the reading text of an article body, one block per line.
pub fn body_text(article: &Article) -> String {
    let mut text = String::new();
    for block in &article.body {
        let mut push = |s: &str| {
            text.push_str(s);
            text.push('\n');
        };
        match block {
            Block::Paragraph { text } | Block::Heading { text } => push(text),
            Block::Quote { text, attribution } => {
                push(text);
                if let Some(a) = attribution {
                    push(a);
                }
            }
            Block::List { items, .. } => items.iter().for_each(|i| push(i)),
            Block::Figure { image } => {
                if let Some(c) = &image.caption {
                    push(c);
                }
            }
        }
    }
    text
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
pub(crate) struct Fnv(u64);

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

    /// Ranks only `candidates`, the results of a query that `query` refines.
    pub fn narrow(&self, candidates: &[usize], query: &Query) -> Vec<usize> {
        self.rank_all(candidates.iter().copied(), query)
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
                    let tier = super::shards::tier(phrase, exact, field as u8);
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

/// A run of text, marked when it matches the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub matched: bool,
}

/// Splits `text` into runs, marking every accent-insensitive occurrence of the query's
/// words as the search matches them: whole syllables, the last word also as the start of
/// one, and always the whole syllable marked.
pub fn highlight(text: &str, query: &Query) -> Vec<Segment> {
    let (folded, offsets) = fold_with_offsets(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for (i, term) in query
        .terms
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
    {
        for found in word_matches(&folded, term, query.is_whole(i)) {
            let from = offsets[found.start];
            // The match ends where the next folded character's source begins.
            let to = offsets.get(found.end).copied().unwrap_or(text.len());
            ranges.push((from, to));
        }
    }
    ranges.sort_unstable();
    let mut segments = Vec::new();
    let mut at = 0;
    for (from, to) in ranges {
        if to <= at {
            continue;
        }
        let from = from.max(at);
        if from > at {
            segments.push(Segment {
                text: text[at..from].to_owned(),
                matched: false,
            });
        }
        segments.push(Segment {
            text: text[from..to].to_owned(),
            matched: true,
        });
        at = to;
    }
    if at < text.len() {
        segments.push(Segment {
            text: text[at..].to_owned(),
            matched: false,
        });
    }
    segments
}

/// Where a search's words lie closest together in a text: about `max_chars` characters
/// around the shortest run of words holding every word of the query (matched as the
/// search matches them), cut at spaces, `…` where it was cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// How many words the run spans: the query's own count when they stand side by side.
    pub words: usize,
    pub text: String,
}

/// The [`Passage`] of `text` for `query`; `None` when a word of the query is not in it.
pub fn passage(text: &str, query: &Query, max_chars: usize) -> Option<Passage> {
    let (run, words) = closest(text, query)?;
    Some(Passage {
        words,
        text: around(text, run, max_chars),
    })
}

/// The shortest run of `text`'s words holding every word of `query` (byte offsets), and how
/// many words it spans.
fn closest(text: &str, query: &Query) -> Option<(Range<usize>, usize)> {
    let (folded, offsets) = fold_with_offsets(text);
    let is_letter = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        match (is_letter(c), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                spans.push(from..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        spans.push(from..folded.len());
    }
    let terms = &query.terms;
    let matches = |word: &str, i: usize| {
        if query.is_whole(i) {
            word == terms[i]
        } else {
            word.starts_with(terms[i].as_str())
        }
    };
    // The shortest run ending at each word that matches: every word's last place so far.
    let mut last_seen: Vec<Option<usize>> = vec![None; terms.len()];
    let mut best: Option<(usize, usize)> = None;
    for (at, span) in spans.iter().enumerate() {
        let word = &folded[span.clone()];
        let mut hit = false;
        for (i, seen) in last_seen.iter_mut().enumerate() {
            if matches(word, i) {
                *seen = Some(at);
                hit = true;
            }
        }
        if !hit {
            continue;
        }
        let first = last_seen
            .iter()
            .try_fold(at, |min, seen| seen.map(|s| min.min(s)));
        if let Some(first) = first {
            if best.is_none_or(|(a, b)| at - first < b - a) {
                best = Some((first, at));
            }
        }
    }
    let (first, last) = best?;
    let from = offsets[spans[first].start];
    let to = offsets.get(spans[last].end).copied().unwrap_or(text.len());
    Some((from..to, last - first + 1))
}

/// Whether `text` holds word `i` of `query`, as the search matches it.
fn holds(text: &str, query: &Query, i: usize) -> bool {
    let folded = fold(text);
    let found = word_matches(&folded, &query.terms[i], query.is_whole(i))
        .next()
        .is_some();
    found
}

/// About `max_chars` characters of `text` holding `run` (byte offsets), a third of the
/// room before it, cut at spaces, with `…` where it was cut, on one line.
fn around(text: &str, run: Range<usize>, max_chars: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let first = chars.partition_point(|&(i, _)| i < run.start);
    let last = chars.partition_point(|&(i, _)| i < run.end);
    let room = max_chars.saturating_sub(last - first);
    let mut start = first.saturating_sub(room / 3);
    let mut end = (last + room - (first - start)).min(chars.len());
    // No word cut in half: the cut moves towards the run, to the nearest space.
    while start > 0 && start < first && !chars[start - 1].1.is_whitespace() {
        start += 1;
    }
    while end < chars.len() && end > last && !chars[end].1.is_whitespace() {
        end -= 1;
    }
    let slice: String = chars[start..end].iter().map(|&(_, c)| c).collect();
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&slice.split_whitespace().collect::<Vec<_>>().join(" "));
    if end < chars.len() {
        out.push('…');
    }
    out
}

/// Whether a result's body may hold its words closer together than its title and summary
/// do: neither has them side by side (then the reader is shown the body's passage).
pub fn wants_body(title: &str, summary: &str, query: &Query) -> bool {
    let side_by_side =
        |text: &str| closest(text, query).is_some_and(|(_, words)| words == query.terms.len());
    !side_by_side(title) && !side_by_side(summary)
}

/// What a search result shows under its title: the passage of its body where the words lie
/// closest together, when they lie closer there than in the summary (or the summary lacks
/// one); else the summary, whole; and where the title and summary together lack some words
/// that the body has, the body's passage of those (after the summary, when it holds the
/// others), so that every word shows.
pub fn result_passage(
    title: &str,
    summary: &str,
    body: Option<&str>,
    query: &Query,
    max_chars: usize,
) -> String {
    let Some(body) = body else {
        return summary.to_owned();
    };
    let in_summary = passage(summary, query, max_chars).map(|p| p.words);
    if let Some(found) = passage(body, query, max_chars) {
        if in_summary.is_none_or(|words| found.words < words) {
            return found.text;
        }
    }
    if in_summary.is_some() {
        return summary.to_owned();
    }
    // The words neither the title nor the summary holds, as a search of their own.
    let head = format!("{title}\n{summary}");
    let rest = Query {
        terms: (0..query.terms.len())
            .filter(|&i| !holds(&head, query, i))
            .map(|i| query.terms[i].clone())
            .collect(),
        exact_terms: None,
    };
    let Some(found) = passage(body, &rest, max_chars).filter(|_| !rest.terms.is_empty()) else {
        return summary.to_owned();
    };
    // The summary holds the other words: both, so every word shows.
    let summary_has_some = (0..query.terms.len()).any(|i| holds(summary, query, i));
    if summary_has_some {
        format!("{summary} {}", found.text)
    } else {
        found.text
    }
}

/// The works matching `query` (every word, as the search matches them) in their title,
/// caption or place: those with the words side by side first, then those with them all in
/// the title, then the newest.
pub fn matching_works<'a>(
    works: impl IntoIterator<Item = &'a super::types::Work>,
    query: &Query,
) -> Vec<&'a super::types::Work> {
    let n = query.terms.len();
    let mut found: Vec<_> = works
        .into_iter()
        .enumerate()
        .filter_map(|(at, work)| {
            let text = format!("{}\n{}\n{}", work.title, work.caption, work.place);
            let apart = closest(&text, query)?.1 != n;
            let not_in_title = closest(&work.title, query).is_none();
            Some((
                (apart, not_in_title, std::cmp::Reverse(work.date), at),
                work,
            ))
        })
        .collect();
    found.sort_by_key(|(key, _)| *key);
    found.into_iter().map(|(_, work)| work).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let cases = [
            ("Lê Chân", "le chan"),
            ("Đảng ủy", "dang uy"),
            ("ĐẢNG ỦY", "dang uy"),
            ("DI CHÚC", "di chuc"),
            ("Hồ Chí Minh", "ho chi minh"),
            ("ặ ấ ộ ữ ỳ", "a a o u y"),
            // The same words decomposed (NFD), as macOS input can send them.
            ("Le\u{302} Cha\u{302}n", "le chan"),
            ("D\u{302}", "d"),
            ("“Gương sáng đời thường”", "“guong sang doi thuong”"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), expected, "{input:?}");
        }
    }

    #[test]
    fn composing_decomposed_input() {
        assert_eq!(compose_lower("Đu\u{31b}o\u{31b}\u{300}ng"), "đường");
        assert_eq!(compose_lower("LE\u{302}\u{301}"), "lế");
        assert_eq!(compose_lower("abc"), "abc");
    }

    #[test]
    fn refinement() {
        let q = |t: &str| Query::parse(t).unwrap();
        assert!(q("di c").refines(&q("di")));
        assert!(q("di chuc").refines(&q("di chu")));
        assert!(q("dip").refines(&q("di")));
        assert!(q("di chuc bac").refines(&q("di chuc")));
        // "di" finished as a word matches only "di": not a subset of "dip"'s results.
        assert!(!q("dip ch").refines(&q("di ch")));
        // A last letter after other words waits for the next: "di c" is searched as "di".
        assert_eq!(q("di c"), q("di"));
        assert!(q("dip c").refines(&q("di c")));
        assert!(!q("chuc di").refines(&q("di")));
        assert!(!q("di").refines(&q("di ch")));
        assert!(!q("da").refines(&q("di")));
        // A single letter is a whole word ("ở") until the next letter: "da" is not among the
        // results for "d", and "d a" is.
        assert!(!q("da").refines(&q("d")));
        assert!(q("d a").refines(&q("d")));
    }

    #[test]
    fn query_parsing() {
        let q = Query::parse("  Lê   Chân, ").unwrap();
        assert_eq!(q.terms, ["le", "chan"]);
        assert_eq!(q.exact_terms.unwrap(), ["lê", "chân"]);
        let q = Query::parse("le chan").unwrap();
        assert_eq!(q.exact_terms, None);
        // NFD input parses like its composed form.
        assert_eq!(
            Query::parse("Le\u{302} Cha\u{302}n"),
            Query::parse("Lê Chân")
        );
        assert_eq!(Query::parse(" ,.;!? "), None);
        assert_eq!(Query::parse(""), None);
    }

    fn doc(title: &str, summary: &str, body: &str, day: u8) -> Article {
        let json = format!(
            r#"{{"id":"a","title":{},"category":"c","summary":{},"author":"X",
                "published":"2024-10-{day:02}T08:00","body":[{{"type":"paragraph","text":{}}}]}}"#,
            serde_json::to_string(title).unwrap(),
            serde_json::to_string(summary).unwrap(),
            serde_json::to_string(body).unwrap()
        );
        serde_json::from_str::<Article>(&json).unwrap()
    }

    fn search(articles: &[Article], query: &Query) -> Vec<usize> {
        SearchIndex::new(articles).search(query)
    }

    /// The same search through the files the build writes (`model::shards`), read back from
    /// their JSON; `articles` newest first.
    fn sharded(articles: &[Article], query: &Query) -> Vec<usize> {
        use crate::model::shards;
        let (meta, written) = shards::build(articles.iter().map(|a| (a, Some(0))), vec![], 1);
        let read: Vec<(String, shards::Shard)> = written
            .iter()
            .map(|(k, s)| {
                (
                    k.clone(),
                    serde_json::from_str(&serde_json::to_string(s).unwrap()).unwrap(),
                )
            })
            .collect();
        let shard = |syllable: &str| read.iter().find(|(k, _)| k == syllable).map(|(_, s)| s);
        shards::search(&meta, shard, query)
            .into_iter()
            .map(|d| d as usize)
            .collect()
    }

    #[test]
    fn ranking_title_summary_body_then_newest() {
        let docs = [
            doc("Tin khác", "Tóm tắt", "Nói về Di chúc của Bác", 20),
            doc("Di chúc thiêng liêng", "Tóm tắt", "…", 10),
            doc("Tin thứ ba", "Kỷ niệm Di chúc", "…", 11),
            doc("Di chúc, bài mới hơn", "Tóm tắt", "…", 12),
            doc("Không liên quan", "Không", "Không", 30),
        ];
        let q = Query::parse("DI CHUC").unwrap();
        assert_eq!(search(&docs, &q), [3, 1, 2, 0]);
        // Every word must match.
        assert_eq!(search(&docs, &Query::parse("di chuc thieng").unwrap()), [1]);
        assert!(search(&docs, &Query::parse("xyzzy").unwrap()).is_empty());
    }

    #[test]
    fn accents_typed_rank_exact_matches_first() {
        let docs = [
            doc("Con đường mới", "Tin", "…", 20),
            doc("Phường Kênh Dương", "Tin", "…", 10),
            doc("Đương nhiệm", "Tin", "…", 5),
        ];
        // Without accents all three match, newest first.
        assert_eq!(search(&docs, &Query::parse("duong").unwrap()), [0, 1, 2]);
        // With accents the exact word comes first, whatever its date.
        assert_eq!(search(&docs, &Query::parse("dương").unwrap()), [1, 0, 2]);
        assert_eq!(search(&docs, &Query::parse("Đương").unwrap()), [2, 0, 1]);
        // Typed decomposed, the same.
        assert_eq!(
            search(&docs, &Query::parse("du\u{31b}o\u{31b}ng").unwrap()),
            [1, 0, 2]
        );
    }

    #[test]
    fn phrase_ranks_above_scattered_words() {
        let docs = [
            doc("Đảng bộ quận", "Tin mới về cấp ủy", "…", 20),
            doc(
                "Sinh hoạt chi bộ",
                "Tin",
                "Đảng ủy các phường dự sinh hoạt.",
                10,
            ),
        ];
        assert_eq!(search(&docs, &Query::parse("dang uy").unwrap()), [1, 0]);
        assert_eq!(sharded(&docs, &Query::parse("dang uy").unwrap()), [1, 0]);
        let q = Query::parse("dang uy").unwrap();
        assert!(wants_body("Sinh hoạt chi bộ", "Tin", &q));
        assert!(!wants_body("Tin", "Đảng ủy họp", &q));
        let body = body_text(&docs[1]);
        assert_eq!(
            result_passage("Tin", "Tin", Some(&body), &q, 80),
            "Đảng ủy các phường dự sinh hoạt."
        );
        // One word in the summary, the other only in the body: both.
        let q = Query::parse("tin phuong").unwrap();
        assert_eq!(
            result_passage("Sinh hoạt", "Tin", Some(&body), &q, 80),
            "Tin Đảng ủy các phường dự sinh hoạt."
        );
        // One word in the title, the other only in the body: the body's passage of it.
        let q = Query::parse("sinh phuong").unwrap();
        assert_eq!(
            result_passage("Sinh hoạt chi bộ", "Tin", Some(&body), &q, 80),
            "Đảng ủy các phường dự sinh hoạt."
        );
    }

    #[test]
    fn phrases_are_found_in_short_bodies_and_in_bodies_too_long_to_index_by_position() {
        // 70,000 words: more positions than `u16` holds, so the body is scanned instead.
        let long = "cấp ủy họp. ".repeat(23_000) + "Đảng ủy phường.";
        let short = "Cấp ủy họp, rồi Đảng bộ và Đảng ủy phường.";
        for body in [long.as_str(), short] {
            let docs = [
                doc("Tin", "Tin", "Đảng bộ; cấp ủy.", 20),
                doc("Tin", "Tin", body, 10),
            ];
            // Both have both words; only the second has them together, so it ranks first.
            assert_eq!(search(&docs, &Query::parse("dang uy").unwrap()), [1, 0]);
            assert_eq!(search(&docs, &Query::parse("uy phuong").unwrap()), [1]);
            assert_eq!(
                search(&docs, &Query::parse("dang xa").unwrap()),
                Vec::<usize>::new()
            );
            // The body is what the second shows, at its phrase.
            let q = Query::parse("dang uy p").unwrap();
            assert!(wants_body("Tin", "Tin", &q));
            let shown = result_passage("Tin", "Tin", Some(&body_text(&docs[1])), &q, 80);
            assert!(shown.contains("Đảng ủy phường"), "{shown}");
        }
    }

    #[test]
    fn words_match_at_their_start_only() {
        let docs = [
            doc("Tuyên truyền trực quan", "Tin", "…", 20),
            doc("Đảng ủy quận", "Tin", "…", 10),
        ];
        assert_eq!(search(&docs, &Query::parse("dang uy").unwrap()), [1]);
        assert_eq!(search(&docs, &Query::parse("tuy").unwrap()), [0]);
        assert!(has_word_prefix("di chuc", "chu"));
        assert!(!has_word_prefix("tuyen", "uy"));
        let marked: Vec<String> = highlight("Tuyên truyền, Đảng ủy", &Query::parse("uy").unwrap())
            .into_iter()
            .filter(|s| s.matched)
            .map(|s| s.text)
            .collect();
        assert_eq!(marked, ["ủy"]);
    }

    #[test]
    fn highlights_map_back_to_the_original_text() {
        let terms = Query::parse("le chan").unwrap();
        let segments = highlight("Quận Lê Chân, Hải Phòng", &terms);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|s| s.matched)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["Lê", "Chân"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "Quận Lê Chân, Hải Phòng");
        // A decomposed original keeps its combining marks inside the mark.
        let segments = highlight("Le\u{302} x", &terms);
        assert_eq!(
            segments[0],
            Segment {
                text: "Le\u{302}".into(),
                matched: true
            }
        );
        assert!(highlight("abc", &terms).iter().all(|s| !s.matched));
    }

    /// The marked runs of `text` for `query`.
    fn marks(text: &str, query: &str) -> Vec<String> {
        highlight(text, &Query::parse(query).unwrap())
            .into_iter()
            .filter(|s| s.matched)
            .map(|s| s.text)
            .collect()
    }

    /// How Vietnamese readers search: whole syllables, a prefix only on the last one; đ is
    /// d; NFC and NFD alike; title above summary above body; adjacent syllables in order above
    /// scattered ones; the accents typed above other accents. (query, articles as (title,
    /// summary, body), the expected order of the articles found)
    #[test]
    fn vietnamese_matching_table() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)], &'a [usize]);
        let cases: &[Case] = &[
            // "di chuc" is the Testament first; "dịp … tổ chức" holds neither syllable ("dịp"
            // is not "dị"); "bình dị … chúc" holds both, apart, so it comes after.
            (
                "di chuc",
                &[
                    ("Nhân dịp kỷ niệm", "Quận tổ chức hội nghị", "…"),
                    ("Con người bình dị", "Chúc mừng", "…"),
                    ("Thực hiện Di chúc của Bác", "Tin", "…"),
                ],
                &[2, 1],
            ),
            // The last syllable may still be being typed.
            (
                "di ch",
                &[("Di chúc", "", "…"), ("Dịp chào", "", "…")],
                &[0],
            ),
            (
                "dị",
                &[("Bình dị", "", "…"), ("Nhân dịp", "", "…")],
                &[0, 1],
            ),
            // One letter is a word of its own until the next is typed: "o" finds "ở", not
            // every word starting with o; "on" then finds "ông".
            ("o", &[("Ông Ba", "", "…"), ("Tin ở quận", "", "…")], &[1]),
            ("on", &[("Ông Ba", "", "…"), ("Tin ở quận", "", "…")], &[0]),
            // After other words, one letter waits for the next: "ong b" is "ong".
            (
                "ong b",
                &[("Ông Ba", "", "…"), ("Ông Tư", "", "…")],
                &[0, 1],
            ),
            // đ/Đ folds to d.
            (
                "da nang",
                &[("Đoàn công tác tới Đà Nẵng", "", "…"), ("Đà Lạt", "", "…")],
                &[0],
            ),
            ("ĐÀ NẴNG", &[("Tin từ Đà Nẵng", "", "…")], &[0]),
            // Typed with accents, the same accents first; without, by date (newest first).
            (
                "đường",
                &[("Phố Dương Đình Nghệ", "", "…"), ("Con đường mới", "", "…")],
                &[1, 0],
            ),
            (
                "duong",
                &[("Phố Dương Đình Nghệ", "", "…"), ("Con đường mới", "", "…")],
                &[0, 1],
            ),
            // Decomposed input (NFD) ranks like composed.
            (
                "đu\u{31b}o\u{31b}\u{300}ng",
                &[("Phố Dương Đình Nghệ", "", "…"), ("Con đường mới", "", "…")],
                &[1, 0],
            ),
            // Adjacent and in order above far apart, whatever the date: in a summary, and
            // (the next case) in a body.
            (
                "Việt Nam",
                &[
                    ("Nam Định và các tỉnh", "Người Việt khắp nơi", "…"),
                    ("Tin trong nước", "Đất nước Việt Nam tươi đẹp", "…"),
                ],
                &[1, 0],
            ),
            (
                "Việt Nam",
                &[
                    ("Nam Định và các tỉnh", "Người Việt khắp nơi", "…"),
                    ("Tin trong nước", "", "Đất nước Việt Nam tươi đẹp"),
                ],
                &[1, 0],
            ),
            // Titles above summaries above bodies.
            (
                "le chan",
                &[
                    ("Tin", "", "Quận Lê Chân"),
                    ("Tin", "Quận Lê Chân", "…"),
                    ("Lê Chân hôm nay", "", "…"),
                ],
                &[2, 1, 0],
            ),
        ];
        for (query, articles, expected) in cases {
            // Newest first among equals: the first article is the newest.
            let docs: Vec<Article> = articles
                .iter()
                .enumerate()
                .map(|(i, (t, s, b))| doc(t, if s.is_empty() { "Tin" } else { s }, b, 28 - i as u8))
                .collect();
            let q = Query::parse(query).unwrap();
            assert_eq!(&search(&docs, &q), expected, "{query}");
            // The build's search files rank the same, but for a phrase found only in a
            // body: they keep no word pairs of bodies (model::shards says why).
            let body_phrase = articles.iter().any(|(t, s, b)| {
                let has = |text: &str| fold(text).contains(&q.phrase());
                has(b) && !has(t) && !has(s)
            });
            if !body_phrase {
                assert_eq!(&sharded(&docs, &q), expected, "{query}, from the shards");
            }
        }
        // A highlight covers whole syllables, and only those the search matched.
        assert_eq!(marks("Nhân dịp tổ chức", "di ch"), ["chức"]);
        assert_eq!(marks("Thực hiện Di chúc", "di ch"), ["Di", "chúc"]);
        assert_eq!(marks("Bình dị, nhân dịp", "di"), ["dị", "dịp"]);
        assert_eq!(marks("Đà Nẵng", "da nang"), ["Đà", "Nẵng"]);
    }

    #[test]
    fn the_passage_is_where_the_words_lie_closest_together() {
        let body = "Mở đầu dài dòng về Gương của nhiều chuyện khác nhau trong quận. ".repeat(6)
            + "Quận ủy phát động Hội thi lần thứ VI với chủ đề Gương sáng đời thường. "
            + &"Phần kết, sáng mai. ".repeat(10);
        let q = Query::parse("guong sang").unwrap();
        let p = passage(&body, &q, 80).unwrap();
        assert_eq!(p.words, 2);
        assert!(
            p.text.starts_with('…') && p.text.ends_with('…'),
            "{}",
            p.text
        );
        assert!(p.text.contains("Gương sáng đời thường"), "{}", p.text);
        assert!(p.text.chars().count() <= 82, "{}", p.text);
        // Apart, the shortest run holding both, each marked where it stands.
        let q = Query::parse("quan thuong").unwrap();
        let p = passage(&body, &q, 200).unwrap();
        assert_eq!(p.words, 16, "{}", p.text);
        let marked: Vec<String> = highlight(&p.text, &q)
            .into_iter()
            .filter(|s| s.matched)
            .map(|s| s.text)
            .collect();
        assert!(
            marked.contains(&"Quận".to_owned()) && marked.contains(&"thường".to_owned()),
            "{marked:?}"
        );
        // A word missing: no passage; the summary stays what a result shows.
        assert_eq!(
            passage(&body, &Query::parse("guong xyzzy").unwrap(), 80),
            None
        );
        assert_eq!(
            result_passage(
                "Tin",
                "Tóm tắt",
                Some(&body),
                &Query::parse("xyzzy").unwrap(),
                80
            ),
            "Tóm tắt"
        );
        // A short text is shown whole, the last word matched as a start.
        let q = Query::parse("di ch").unwrap();
        assert_eq!(
            passage("Thực hiện Di chúc", &q, 80).unwrap().text,
            "Thực hiện Di chúc"
        );
    }

    #[test]
    fn works_are_found_by_title_caption_or_place_side_by_side_first() {
        let work = |id: &str, title: &str, caption: &str, place: &str, day: u8| {
            serde_json::from_str::<crate::model::types::Work>(&format!(
                r#"{{"id":"{id}","title":"{title}","caption":"{caption}","place":"{place}",
                "date":"2024-10-{day:02}","image":{{"src":"images/a.svg","width":1,"height":1,"alt":"a"}}}}"#
            ))
            .unwrap()
        };
        let works = [
            work(
                "a",
                "Học tập và làm theo Bác",
                "Pano về Di và chúc",
                "Phường An Biên",
                8,
            ),
            work("b", "Di chúc thiêng liêng", "Pano", "Trụ sở Quận ủy", 11),
            work(
                "c",
                "Đoàn kết",
                "Áp phích nhắc lời Di chúc",
                "Phường Hàng Kênh",
                9,
            ),
            work("d", "Gương sáng", "Pano", "Phường Lam Sơn", 12),
        ];
        let ids = |typed: &str| -> Vec<String> {
            matching_works(&works, &Query::parse(typed).unwrap())
                .into_iter()
                .map(|w| w.id.to_string())
                .collect()
        };
        assert_eq!(ids("di chuc"), ["b", "c", "a"]);
        assert_eq!(ids("Hàng Kênh"), ["c"]);
        assert_eq!(ids("xyzzy"), Vec::<String>::new());
    }
}
