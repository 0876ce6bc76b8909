//! Accent-insensitive Vietnamese search over articles: folding, matching, ranking, excerpts
//! and highlight segments. Pure functions and plain data, tested natively.
//!
//! Folding lowercases, decomposes (canonical decomposition, from a table generated at build
//! time by `unicode-normalization`), drops the combining marks, and maps đ/Đ to d by hand,
//! because Unicode does not decompose them. A query that arrives decomposed (NFD, as macOS
//! input can) folds the same way, since its marks are dropped too; for exact-accent ranking
//! it is recomposed with the same table.

use std::cmp::Reverse;

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
    word_prefix_matches(text, term).next().is_some()
}

/// Byte offsets in `text` where `term` starts a word.
fn word_prefix_matches<'a>(text: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(term).map(|(i, _)| i).filter(move |&i| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
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

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
}

impl Query {
    /// The folded words as one phrase, "dang uy".
    pub fn phrase(&self) -> String {
        self.terms.join(" ")
    }

    /// Whether every article matching `self` also matches `earlier`: each earlier word is the
    /// start of one of the new words ("di c" refines "di"), so the new results are a subset.
    pub fn refines(&self, earlier: &Query) -> bool {
        earlier
            .terms
            .iter()
            .all(|old| self.terms.iter().any(|new| new.starts_with(old.as_str())))
    }

    /// `None` for a query with no letters or digits.
    pub fn parse(text: &str) -> Option<Query> {
        let composed = compose_lower(text);
        let terms: Vec<String> = words(&composed).map(fold).collect();
        if terms.is_empty() {
            return None;
        }
        let exact: Vec<String> = words(&composed).map(str::to_owned).collect();
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

/// One article prepared for searching. Folded text is computed once, when an issue loads.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    pub published: DateTime,
    pub category: String,
    title: String,
    summary: String,
    body: String,
    title_fold: String,
    summary_fold: String,
    body_fold: String,
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

impl SearchDoc {
    pub fn new(article: &Article) -> SearchDoc {
        let body = body_text(article);
        SearchDoc {
            published: article.published,
            category: article.category.to_string(),
            title_fold: fold(&article.title),
            summary_fold: fold(&article.summary),
            body_fold: fold(&body),
            title: article.title.to_string(),
            summary: article.summary.to_string(),
            body,
        }
    }

    /// The best field where the words stand together as a phrase, if any.
    fn phrase_field(&self, query: &Query) -> Option<Field> {
        let phrase = query.phrase();
        if query.terms.len() < 2 {
            None
        } else if has_word_prefix(&self.title_fold, &phrase) {
            Some(Field::Title)
        } else if has_word_prefix(&self.summary_fold, &phrase) {
            Some(Field::Summary)
        } else if has_word_prefix(&self.body_fold, &phrase) {
            Some(Field::Body)
        } else {
            None
        }
    }

    /// Whether the match is best shown from the body: the summary has none of the words, or
    /// the words stand together only in the body.
    pub fn shows_body(&self, query: &Query) -> bool {
        let summary_has_any = query
            .terms
            .iter()
            .any(|t| has_word_prefix(&self.summary_fold, t));
        !summary_has_any || self.phrase_field(query) == Some(Field::Body)
    }

    /// The rank of this article for `query`: whether the accents match exactly, where the
    /// words stand together as a phrase, and the best field each word was found in; `None`
    /// when a word of the query is missing from the article.
    pub fn rank(&self, query: &Query) -> Option<(bool, Option<Field>, Field)> {
        let mut best = Field::Title;
        for term in &query.terms {
            let field = if has_word_prefix(&self.title_fold, term) {
                Field::Title
            } else if has_word_prefix(&self.summary_fold, term) {
                Field::Summary
            } else if has_word_prefix(&self.body_fold, term) {
                Field::Body
            } else {
                return None;
            };
            best = best.min(field);
        }
        let exact = query.exact_terms.as_ref().is_some_and(|terms| {
            // Lowercasing the body only here, for articles that already matched, keeps the
            // per-keystroke cost on the folded text.
            let fields = [&self.title, &self.summary, &self.body].map(|t| t.to_lowercase());
            terms
                .iter()
                .all(|t| fields.iter().any(|f| has_word_prefix(f, t)))
        });
        Some((exact, self.phrase_field(query), best))
    }

    /// A short passage of the body around the first match, with "…" where it was cut.
    pub fn excerpt(&self, query: &Query, max_chars: usize) -> String {
        // Centre on the phrase when the words stand together, else on the first word found.
        let mut terms = vec![query.phrase()];
        if !has_word_prefix(&self.body_fold, &terms[0]) {
            terms = query.terms.clone();
        }
        excerpt(&self.body, &terms, max_chars)
    }
}

/// Ranks `docs` for `query`: exact-accent matches first (when the query has accents), then
/// articles where the words stand together as a phrase, then title over summary over body
/// matches, then newest first. Returns indices into `docs`.
pub fn search(docs: &[SearchDoc], query: &Query) -> Vec<usize> {
    rank_all(docs, 0..docs.len(), query)
}

fn rank_all(docs: &[SearchDoc], which: impl Iterator<Item = usize>, query: &Query) -> Vec<usize> {
    type Hit = (bool, Option<Field>, Field, DateTime, usize);
    let mut hits: Vec<Hit> = which
        .filter_map(|i| {
            let d = &docs[i];
            d.rank(query)
                .map(|(exact, phrase, field)| (exact, phrase, field, d.published, i))
        })
        .collect();
    hits.sort_by_key(|&(exact, phrase, field, published, _)| {
        (
            Reverse(exact),
            Reverse(phrase),
            Reverse(field),
            Reverse(published),
        )
    });
    hits.into_iter().map(|hit| hit.4).collect()
}

/// Ranks only `candidates` (results of a query that `query` refines) for `query`.
pub fn narrow(docs: &[SearchDoc], candidates: &[usize], query: &Query) -> Vec<usize> {
    rank_all(docs, candidates.iter().copied(), query)
}

/// A run of text, marked when it matches the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub matched: bool,
}

/// Splits `text` into runs, marking every accent-insensitive occurrence of a term.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Segment> {
    let (folded, offsets) = fold_with_offsets(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for start in word_prefix_matches(&folded, term) {
            let end = start + term.len();
            let from = offsets[start];
            // The match ends where the next folded character's source begins.
            let to = offsets.get(end).copied().unwrap_or(text.len());
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

/// About `max_chars` characters of `text` around the first match of any term, cut at spaces.
pub fn excerpt(text: &str, terms: &[String], max_chars: usize) -> String {
    let (folded, offsets) = fold_with_offsets(text);
    let first = terms
        .iter()
        .filter_map(|t| word_prefix_matches(&folded, t).next())
        .min()
        .map_or(0, |i| offsets[i]);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let centre = chars.iter().position(|&(i, _)| i >= first).unwrap_or(0);
    let mut start = centre.saturating_sub(max_chars / 3);
    let mut end = (start + max_chars).min(chars.len());
    // Snap to word boundaries so no word is cut in half.
    while start > 0 && !chars[start - 1].1.is_whitespace() {
        start -= 1;
    }
    while end < chars.len() && !chars[end].1.is_whitespace() {
        end += 1;
    }
    let slice: String = chars[start..end].iter().map(|&(_, c)| c).collect();
    let slice = slice.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&slice);
    if end < chars.len() {
        out.push('…');
    }
    out
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
        assert!(q("chuc di").refines(&q("di")));
        assert!(!q("di").refines(&q("di c")));
        assert!(!q("da").refines(&q("di")));
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

    fn doc(title: &str, summary: &str, body: &str, day: u8) -> SearchDoc {
        let json = format!(
            r#"{{"id":"a","title":{},"category":"c","summary":{},"author":"X",
                "published":"2024-10-{day:02}T08:00","body":[{{"type":"paragraph","text":{}}}]}}"#,
            serde_json::to_string(title).unwrap(),
            serde_json::to_string(summary).unwrap(),
            serde_json::to_string(body).unwrap()
        );
        SearchDoc::new(&serde_json::from_str::<Article>(&json).unwrap())
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
        assert!(docs[1].shows_body(&Query::parse("dang uy").unwrap()));
        assert!(docs[1]
            .excerpt(&Query::parse("dang uy").unwrap(), 80)
            .contains("Đảng ủy"));
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
        let marked: Vec<String> = highlight("Tuyên truyền, Đảng ủy", &["uy".to_owned()])
            .into_iter()
            .filter(|s| s.matched)
            .map(|s| s.text)
            .collect();
        assert_eq!(marked, ["ủy"]);
    }

    #[test]
    fn highlights_map_back_to_the_original_text() {
        let terms = Query::parse("le chan").unwrap().terms;
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
        assert!(highlight("abc", &[]).iter().all(|s| !s.matched));
    }

    #[test]
    fn excerpt_shows_the_matching_part() {
        let body = "Mở đầu dài dòng về nhiều chuyện khác nhau trong quận. ".repeat(6)
            + "Quận ủy phát động Hội thi lần thứ VI với chủ đề Gương sáng đời thường. "
            + &"Phần kết. ".repeat(10);
        let e = excerpt(&body, &Query::parse("guong sang").unwrap().terms, 80);
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        assert!(e.contains("Gương sáng đời thường"), "{e}");
        assert!(e.chars().count() <= 100, "{e}");
    }
}
