//! Search, in one place: accent-insensitive Vietnamese folding and the query (here), the
//! files the build writes and their ranking (`files`), and what a result shows: marks,
//! passages and the gallery's works (`marks`). Pure functions and plain data, tested
//! natively; the in-memory reference they were checked against lives in `tests/support/`.
//!
//! Folding lowercases, decomposes (canonical decomposition, from a table generated at build
//! time by `unicode-normalization`), drops the combining marks, and maps đ/Đ to d by hand,
//! because Unicode does not decompose them. A query that arrives decomposed (NFD, as macOS
//! input can) folds the same way, since its marks are dropped too; for exact-accent ranking
//! it is recomposed with the same table.

use std::ops::Range;

use crate::model::types::{Article, Block};

pub mod files;
mod marks;

pub use marks::{highlight, matching_works, passage, result_passage, wants_body, Passage, Segment};

include!(concat!(env!("OUT_DIR"), "/decompositions.rs"));

pub(crate) fn is_combining_mark(c: char) -> bool {
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
pub(crate) fn word_matches<'a>(
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

/// The words of `text`: runs of letters, digits and combining marks.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
}

impl Query {
    /// The folded words as one phrase, "dang uy".
    pub fn phrase(&self) -> String {
        self.terms.join(" ")
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

#[cfg(test)]
mod tests;
