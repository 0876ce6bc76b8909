//! The search's rules, through the files the build writes (`files`), read back from their
//! JSON.

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
fn a_last_letter_after_other_words_waits_for_the_next() {
    let q = |t: &str| Query::parse(t).unwrap();
    assert_eq!(q("di c"), q("di"));
    assert_ne!(q("di ch"), q("di"));
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

/// `articles` searched through the files the build writes (`files`), read back from their
/// JSON: the build numbers articles newest first (a stable sort), and the result is given
/// as indices into `articles`.
fn search(articles: &[Article], query: &Query) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(articles[i].published));
    let (meta, written) = files::build(order.iter().map(|&i| (&articles[i], Some(0))), vec![], 1);
    let read: Vec<(String, files::Shard)> = written
        .iter()
        .map(|(k, s)| {
            (
                k.clone(),
                serde_json::from_str(&serde_json::to_string(s).unwrap()).unwrap(),
            )
        })
        .collect();
    let shard = |syllable: &str| read.iter().find(|(k, _)| k == syllable).map(|(_, s)| s);
    files::ranked(&meta, shard, query)
        .into_iter()
        .map(|hit| order[hit.doc as usize])
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
