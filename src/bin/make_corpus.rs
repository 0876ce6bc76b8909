//! Writes a synthetic bulletin in the real content format, for benchmarks: 200 issues × 50
//! articles (10,000 articles) of Vietnamese-like text with accents, every category used.
//!
//! Usage: `cargo run --release --bin make-corpus -- <out-dir> [issues] [articles-per-issue]
//! [--index]` writes `<out-dir>/data/catalog.json` and `<out-dir>/data/issues/*.json`, and
//! with `--index` the build's index of them (`data/chi-muc/`). Deterministic:
//! the same arguments always write the same files. Every file it writes passes the model's
//! own validation before it is saved.

// It runs on the host only (it writes the build's index with `publish`); `cargo test
// --target wasm32…` still builds every binary, so there it is an empty program.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use std::fs;
use std::path::Path;

use ban_tin_le_chan::model::{parse_catalog, parse_issue};
#[cfg(not(target_arch = "wasm32"))]
use ban_tin_le_chan::publish;
use serde_json::{json, Value};

/// Syllables of everyday Vietnamese news prose, with their accents.
const SYLLABLES: &[&str] = &[
    "đảng",
    "bộ",
    "quận",
    "lê",
    "chân",
    "hội",
    "nghị",
    "thực",
    "hiện",
    "kết",
    "luận",
    "chỉ",
    "thị",
    "học",
    "tập",
    "làm",
    "theo",
    "tư",
    "tưởng",
    "đạo",
    "đức",
    "phong",
    "cách",
    "hồ",
    "chí",
    "minh",
    "cán",
    "đảng",
    "viên",
    "nhân",
    "dân",
    "phường",
    "chi",
    "sinh",
    "hoạt",
    "tuyên",
    "truyền",
    "trực",
    "quan",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "thi",
    "đua",
    "khen",
    "thưởng",
    "đại",
    "nhiệm",
    "kỳ",
    "chuyển",
    "đổi",
    "số",
    "bản",
    "tin",
    "điện",
    "tử",
    "gương",
    "sáng",
    "đời",
    "thường",
    "người",
    "tốt",
    "việc",
    "mô",
    "hình",
    "hay",
    "sáng",
    "tạo",
    "hiệu",
    "quả",
    "nâng",
    "cao",
    "chất",
    "lượng",
    "đoàn",
    "kết",
    "thống",
    "nhất",
    "xây",
    "dựng",
    "vững",
    "mạnh",
    "phát",
    "triển",
    "kinh",
    "tế",
    "văn",
    "hóa",
    "xã",
    "hội",
    "an",
    "ninh",
    "trật",
    "tự",
    "khu",
    "phố",
    "tổ",
    "dân",
    "cư",
    "thanh",
    "niên",
    "phụ",
    "nữ",
    "cựu",
    "chiến",
    "binh",
    "trường",
    "học",
    "đường",
    "ngõ",
    "hẻm",
    "chợ",
    "công",
    "viên",
    "môi",
    "trường",
    "sạch",
    "đẹp",
    "kỷ",
    "niệm",
    "truyền",
    "thống",
    "di",
    "chúc",
    "bác",
    "năm",
    "tháng",
    "tuần",
    "sáng",
    "chiều",
    "hải",
    "phòng",
    "thành",
    "ủy",
    "ban",
    "nhiệm",
    "vụ",
    "trọng",
    "tâm",
    "giải",
    "pháp",
    "kế",
    "hoạch",
    "sơ",
    "tổng",
    "nền",
    "nếp",
    "chiều",
    "sâu",
    "thiết",
    "thực",
    "dương",
    "đương",
    "lắng",
    "nghe",
    "ý",
    "kiến",
    "đóng",
    "góp",
];

const CATEGORIES: &[(&str, &str)] = &[
    ("xay-dung-dang", "Xây dựng Đảng"),
    ("hoc-tap-lam-theo-bac", "Học tập và làm theo Bác"),
    ("kiem-tra-giam-sat", "Kiểm tra, giám sát"),
    ("tuyen-truyen", "Tuyên truyền, văn hóa"),
    ("thi-dua-khen-thuong", "Thi đua, khen thưởng"),
    ("dai-hoi-dang", "Hướng tới Đại hội Đảng"),
    ("chuyen-doi-so", "Chuyển đổi số"),
];

/// xorshift64*: small, fast and deterministic; quality is irrelevant here.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut text: Vec<String> = (0..words)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())].to_owned())
        .collect();
    let first = &mut text[0];
    *first = first
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_uppercase().next().unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    text.join(" ")
}

fn paragraph(rng: &mut Rng) -> String {
    let sentences = rng.between(2, 4);
    (0..sentences)
        .map(|_| {
            let words = rng.between(10, 22);
            format!("{}.", sentence(rng, words))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn issue_date(index: usize) -> (u16, u8, u8) {
    // Issues twice a month, oldest first, ending in 2024.
    let months_back = (199 - index.min(199)) / 2;
    let year = 2024 - (months_back / 12) as u16;
    let month = 12 - (months_back % 12) as u8;
    let day = if index.is_multiple_of(2) { 1 } else { 15 };
    (year, month, day)
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let with_index = std::env::args().any(|a| a == "--index");
    let mut args = std::env::args().skip(1).filter(|a| a != "--index");
    let mut files = Vec::new();
    let out = args.next().unwrap_or_else(|| {
        eprintln!("cách dùng: make-corpus <thư-mục-ra> [số-số-báo] [số-bài-mỗi-số] [--index]");
        std::process::exit(2);
    });
    let issues: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let per_issue: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let data = Path::new(&out).join("data");
    fs::create_dir_all(data.join("issues")).expect("cannot create the output folder");
    let mut rng = Rng(0x005E_ED1E_C4A2);

    let entries: Vec<Value> = (0..issues)
        .map(|i| {
            let (y, m, d) = issue_date(i);
            let special = i % 20 == 19;
            json!({
                "id": format!("so-{:03}", i + 1),
                "number": i + 1,
                "title": if special { format!("Bản tin số đặc biệt {}", i + 1) } else { format!("Bản tin số {}", i + 1) },
                "date": format!("{y:04}-{m:02}-{d:02}"),
                "kind": if special { "special" } else { "regular" },
                "cover": { "src": "images/bia/so-11-2024.svg", "width": 600, "height": 800, "alt": format!("Bìa số {}", i + 1) },
                "summary": format!("{}.", sentence(&mut rng, 20)),
                "file": format!("data/issues/so-{:03}.json", i + 1),
            })
        })
        .collect();
    let catalog = json!({
        "schema_version": 1,
        "publication": { "name": "Bản tin điện tử (dữ liệu thử tải)", "publisher": "Bộ sinh dữ liệu thử" },
        "categories": CATEGORIES.iter().map(|(id, name)| json!({
            "id": id, "name": name, "description": format!("Chuyên mục {name}.")
        })).collect::<Vec<_>>(),
        "issues": entries,
        "gallery": [],
    });
    let catalog_text = serde_json::to_string_pretty(&catalog).expect("serialisable");
    let parsed =
        parse_catalog("data/catalog.json", &catalog_text).expect("generated catalog is valid");
    fs::write(data.join("catalog.json"), &catalog_text).expect("cannot write catalog.json");

    let mut articles_total = 0;
    for (i, entry) in parsed.issues.iter().enumerate() {
        let (y, m, d) = issue_date(i);
        let articles: Vec<Value> = (0..per_issue)
            .map(|a| {
                // Every category in turn, then at random, so each is used.
                let category = if a < CATEGORIES.len() { a } else { rng.below(CATEGORIES.len()) };
                let title_words = rng.between(6, 12);
                let summary_words = rng.between(15, 25);
                let paragraphs = rng.between(3, 5);
                json!({
                    "id": format!("bai-{:02}", a + 1),
                    "title": sentence(&mut rng, title_words),
                    "category": CATEGORIES[category].0,
                    "summary": format!("{}.", sentence(&mut rng, summary_words)),
                    "author": "Ban Biên tập",
                    "published": format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:00+07:00", 7 + a / 6, (a * 7) % 60),
                    "body": (0..paragraphs).map(|_| json!({ "type": "paragraph", "text": paragraph(&mut rng) })).collect::<Vec<_>>(),
                })
            })
            .collect();
        articles_total += articles.len();
        let text = serde_json::to_string(&json!({
            "schema_version": 1,
            "issue": entry.id.as_str(),
            "articles": articles,
        }))
        .expect("serialisable");
        let file = parse_issue(&entry.file, &text, &parsed, entry)
            .and_then(|c| c.strict())
            .expect("generated issue is valid");
        fs::write(Path::new(&out).join(entry.file.as_str()), text).expect("cannot write an issue");
        if with_index {
            files.push((entry.clone(), file));
        }
    }
    if with_index {
        write_index(Path::new(&out), &catalog_text, &parsed, &files);
    }
    println!(
        "{issues} số, {articles_total} bài viết → {}",
        data.display()
    );
}

/// The index the build would write beside the content (`index`), for tests that serve a
/// generated bulletin with the app of another build.
#[cfg(not(target_arch = "wasm32"))]
fn write_index(
    out: &Path,
    catalog_text: &str,
    parsed: &ban_tin_le_chan::model::Catalog,
    files: &[(
        ban_tin_le_chan::model::IssueEntry,
        ban_tin_le_chan::model::IssueFile,
    )],
) {
    let issues: Vec<_> = files.iter().map(|(e, f)| (e, f)).collect();
    let texts = ban_tin_le_chan::index::texts(issues.iter().map(|&(e, f)| (e, f)));
    for (path, json) in publish::site_index(catalog_text, parsed, &issues)
        .files()
        .into_iter()
        .chain(texts)
    {
        let path = out.join(path);
        fs::create_dir_all(path.parent().expect("in a folder")).expect("cannot create a folder");
        fs::write(path, json).expect("cannot write an index file");
    }
}
