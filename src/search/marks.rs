//! What a result shows of the search: the words marked, the passage of a body where they
//! lie closest together, and the gallery's works the words find.

use std::ops::Range;

use super::{fold, fold_with_offsets, is_combining_mark, word_matches, Query};
use crate::model::types::Work;

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
    works: impl IntoIterator<Item = &'a Work>,
    query: &Query,
) -> Vec<&'a Work> {
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
