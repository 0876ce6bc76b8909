//! Ranking the articles for a query from the search files it needs.

use super::{pair_key, SearchMeta, Shard, BODY, MAX_COMPLETIONS, SUMMARY, TITLE};
use crate::search::Query;

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
