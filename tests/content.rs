//! The content contract, natively: the sample bulletin parses and validates, its images exist
//! with the sizes the JSON claims, and each deliberately bad file is refused with the message
//! and the place an editor needs.

use std::fs;
use std::path::Path;

use ban_tin_le_chan::model::check::image_size;
use ban_tin_le_chan::model::{
    parse_catalog, parse_gallery, parse_issue, Block, Catalog, ContentError, Image, IssueKind,
};

const PUBLIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public");

fn read(site_path: &str) -> String {
    fs::read_to_string(Path::new(PUBLIC).join(site_path))
        .unwrap_or_else(|e| panic!("cannot read public/{site_path}: {e}"))
}

fn sample_catalog() -> Catalog {
    parse_catalog("data/catalog.json", &read("data/catalog.json"))
        .unwrap_or_else(|problems| panic!("{}", show(&problems)))
}

fn show(problems: &[ContentError]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}

fn check_image(image: &Image, images: &mut Vec<String>) {
    let path = image.src.as_str();
    assert!(
        Path::new(PUBLIC).join(path).is_file(),
        "missing image public/{path}"
    );
    let bytes = fs::read(Path::new(PUBLIC).join(path)).unwrap();
    assert_eq!(
        image_size(&bytes).unwrap_or_else(|| panic!("no size in public/{path}")),
        (image.width, image.height),
        "the JSON gives {path} a size its file does not have"
    );
    images.push(path.to_owned());
}

#[test]
fn sample_bulletin_parses_validates_and_its_images_match() {
    let catalog = sample_catalog();
    let mut images = Vec::new();
    for entry in &catalog.issues {
        check_image(&entry.cover, &mut images);
        let issue = parse_issue(&entry.file, &read(&entry.file), &catalog, entry)
            .and_then(|checked| checked.strict())
            .unwrap_or_else(|problems| panic!("{}", show(&problems)));
        for article in &issue.articles {
            if let Some(image) = &article.image {
                check_image(image, &mut images);
            }
            for block in &article.body {
                if let Block::Figure { image } = block {
                    check_image(image, &mut images);
                }
            }
        }
    }
    for entry in &catalog.gallery {
        let gallery = parse_gallery(&entry.file, &read(&entry.file), &entry.id)
            .and_then(|checked| checked.strict())
            .unwrap_or_else(|problems| panic!("{}", show(&problems)));
        for work in &gallery.works {
            check_image(&work.image, &mut images);
        }
    }
    // Small images: every kilobyte is paid by a reader on a phone.
    for path in images {
        let size = fs::metadata(Path::new(PUBLIC).join(&path)).unwrap().len();
        assert!(size < 20_000, "public/{path} is {size} bytes");
    }
}

#[test]
fn sample_bulletin_has_what_the_launch_needs() {
    let catalog = sample_catalog();
    let special = catalog.featured_special().expect("a special issue");
    assert_eq!(special.title.as_str(), "Bản tin Đảng bộ quận số đặc biệt");
    assert_eq!(special.date.long_vi(), "Thứ Sáu, 11/10/2024");
    assert_eq!(special.occasions.len(), 3);

    let issue = parse_issue(&special.file, &read(&special.file), &catalog, special)
        .unwrap()
        .value;
    assert!(
        issue.articles.len() >= 8,
        "{} articles",
        issue.articles.len()
    );
    let categories = issue.contents(&catalog).len();
    assert!(categories >= 6, "{categories} categories");
    let text: String = issue
        .articles
        .iter()
        .flat_map(|a| {
            a.body.iter().filter_map(|b| match b {
                Block::Paragraph { text } => Some(text.to_string()),
                _ => None,
            })
        })
        .collect();
    for fact in [
        "Kết luận số 01-KL/TW",
        "Gương sáng đời thường",
        "94 năm",
        "76 năm",
        "55 năm thực hiện Di chúc",
        "40 tập thể và 15 cá nhân",
        "2025 – 2030",
        "Bản tin điện tử",
    ] {
        assert!(
            text.contains(fact),
            "the special issue never mentions {fact:?}"
        );
    }

    let regular = catalog
        .issues
        .iter()
        .filter(|i| i.kind == IssueKind::Regular);
    assert!(regular.count() >= 3);

    let gallery = &catalog.gallery[0];
    let works = parse_gallery(&gallery.file, &read(&gallery.file), &gallery.id)
        .unwrap()
        .value
        .works;
    assert!(works.len() >= 12);
}

/// Which file a bad file stands in for, so it is checked by the right rules.
fn check_bad(name: &str) -> Vec<ContentError> {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/bad-content")
            .join(name),
    )
    .unwrap();
    let catalog = sample_catalog();
    let entry = catalog.issue("so-11-2024").unwrap();
    let result = if name.starts_with("catalog") {
        parse_catalog(name, &text).map(drop)
    } else if name.starts_with("gallery") {
        parse_gallery(name, &text, "55-nam-di-chuc").and_then(|c| c.strict().map(drop))
    } else {
        parse_issue(name, &text, &catalog, entry).and_then(|c| c.strict().map(drop))
    };
    result.expect_err(name)
}

#[test]
fn each_bad_file_is_refused_with_its_place_and_reason() {
    // (file, field path, line, column, words the editor must read)
    let cases: &[(&str, &str, usize, usize, &str)] = &[
        ("issue-missing-comma.json", "", 3, 24, "thiếu dấu phẩy \",\" giữa hai trường: thêm \",\" vào cuối dòng này"),
        ("issue-truncated.json", "articles[0]", 5, 5, "tệp kết thúc giữa chừng: dấu \"{\" mở ở đây chưa được đóng"),
        ("issue-unknown-category.json", "articles[1].category", 18, 19,
         "chuyên mục \"van-nghe\" không có trong catalog.json. Các chuyên mục hiện có: xay-dung-dang, hoc-tap-lam-theo-bac"),
        ("issue-duplicate-article-id.json", "articles[1].id", 16, 13,
         "mã bài viết \"bai-mot\" bị trùng"),
        ("issue-missing-alt.json", "articles[0].image", 12, 16, "thiếu trường bắt buộc \"alt\""),
        ("issue-bad-date.json", "articles[0].published", 11, 20,
         "\"2024-02-30\": tháng 2/2024 không có ngày 30"),
        ("issue-javascript-url.json", "articles[0].image.src", 12, 25,
         "đường dẫn \"javascript:alert(1)\" không được chấp nhận"),
        ("issue-unknown-block-type.json", "articles[0].body[0].type", 12, 27,
         "giá trị \"doan-van\" không hợp lệ. Chỉ nhận: paragraph, heading, quote, list, figure"),
        ("issue-empty-paragraph.json", "articles[0].body[0]", 13, 17, "không được để trống"),
        ("issue-bad-id.json", "articles[0].id", 6, 13, "mã \"Bai Mot\" không hợp lệ"),
        ("issue-wrong-type.json", "articles[0].image.width", 12, 64,
         "sai kiểu dữ liệu: ở đây là chuỗi \"rộng\", cần một số nguyên không âm"),
        ("issue-wrong-issue-id.json", "issue", 3, 12,
         "tệp này ghi mã số \"so-12-2024\" nhưng catalog.json trỏ tới nó từ số \"so-11-2024\""),
        ("issue-misspelt-field.json", "articles[0].sumary", 9, 17,
         "trường \"sumary\" không có trong định dạng"),
        ("catalog-schema-version.json", "schema_version", 2, 21,
         "phiên bản định dạng 2 không được hỗ trợ"),
        ("catalog-duplicate-category.json", "categories[1].id", 6, 13,
         "mã chuyên mục \"xay-dung-dang\" bị trùng"),
        ("catalog-bad-kind.json", "issues[0].kind", 11, 15,
         "giá trị \"dac-biet\" không hợp lệ. Chỉ nhận: regular, special"),
        ("gallery-missing-place.json", "works[0]", 7, 5, "thiếu trường bắt buộc \"place\""),
        ("issue-srcset-bad.json", "articles[0].image.srcset[0].width", 18, 51,
         "chiều rộng 0 không hợp lệ"),
        ("issue-srcset-data-url.json", "articles[0].image.srcset[1].src", 19, 20,
         "đường dẫn \"data:image/png;base64,AAAA\" không được chấp nhận"),
    ];
    let on_disk = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-content"))
        .unwrap()
        .count();
    assert_eq!(
        on_disk,
        cases.len(),
        "every bad file needs its expected message here"
    );

    for &(file, path, line, column, words) in cases {
        let problems = check_bad(file);
        let found = problems.iter().find(|p| p.message.contains(words));
        let Some(problem) = found else {
            panic!(
                "{file}: expected a message with {words:?}, got:\n{}",
                show(&problems)
            );
        };
        assert_eq!(problem.file, file);
        assert_eq!(problem.path, path, "{file}: field path");
        assert_eq!(
            problem.position,
            Some((line, column)),
            "{file}: line and column"
        );
        assert!(
            problem.source_line.is_some(),
            "{file}: the offending line is shown"
        );
        assert!(problem
            .to_string()
            .starts_with(&format!("{file}:{line}:{column}")));
        // A problem inside an article or work names it (the truncated file has none to read).
        let in_item = ["articles[", "works[", "categories[", "issues["]
            .iter()
            .any(|list| path.starts_with(list));
        if in_item && file != "issue-truncated.json" {
            let item = problem
                .item
                .as_ref()
                .unwrap_or_else(|| panic!("{file}: no item"));
            assert!(
                problem.to_string().contains(&item.label),
                "{file}: {problem}"
            );
        }
    }
    // The items are named by title, or by id where the title is missing.
    let named = |file: &str| check_bad(file)[0].item.clone().unwrap().label;
    assert_eq!(
        named("issue-unknown-category.json"),
        "bài viết “Tiêu đề bài bai-hai”"
    );
    assert_eq!(
        named("gallery-missing-place.json"),
        "tác phẩm “Tác phẩm một”"
    );
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(3 * 1024 * 1024));
    let problems = parse_catalog("data/catalog.json", &huge).unwrap_err();
    assert!(
        problems[0].message.contains("tệp quá lớn"),
        "{}",
        show(&problems)
    );
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let problems = parse_catalog("data/catalog.json", &deep).unwrap_err();
    assert!(!problems.is_empty());
}

#[test]
fn one_bad_article_or_work_leaves_the_rest_of_its_file() {
    let catalog = sample_catalog();
    let special = catalog.issue("so-dac-biet-10-2024").unwrap();
    let good = read(&special.file);
    let all = parse_issue(&special.file, &good, &catalog, special)
        .unwrap()
        .value
        .articles
        .len();
    // Break the second article two ways: an unknown category, and a wrong type in another.
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["articles"][1]["category"] = "van-nghe".into();
    value["articles"][3]["published"] = 2024.into();
    let text = serde_json::to_string_pretty(&value).unwrap();
    let checked = parse_issue(&special.file, &text, &catalog, special).unwrap();
    assert_eq!(checked.value.articles.len(), all - 2);
    let places: Vec<(&str, bool)> = checked
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.position.is_some()))
        .collect();
    assert_eq!(
        places,
        [
            ("articles[1].category", true),
            ("articles[3].published", true)
        ]
    );
    assert!(
        checked.problems[1].message.contains("sai kiểu dữ liệu"),
        "{}",
        checked.problems[1]
    );
    // The same for a gallery work.
    let gallery = &catalog.gallery[0];
    let mut value: serde_json::Value = serde_json::from_str(&read(&gallery.file)).unwrap();
    value["works"][0]["image"]["alt"] = "".into();
    let text = serde_json::to_string_pretty(&value).unwrap();
    let checked = parse_gallery(&gallery.file, &text, &gallery.id).unwrap();
    assert_eq!(checked.problems.len(), 1);
    assert_eq!(checked.problems[0].path, "works[0].image.alt");
    assert_eq!(checked.value.works.len(), 11);
}

#[test]
fn too_many_articles_or_works_show_the_first_ones_and_say_where_the_rest_begin() {
    use ban_tin_le_chan::model::parse::limits;
    let catalog = sample_catalog();
    let entry = catalog.issues[0].clone();
    let mut issue: serde_json::Value = serde_json::from_str(&read(entry.file.as_str())).unwrap();
    let article = issue["articles"][0].clone();
    let count = limits::ARTICLES_PER_ISSUE + 50;
    issue["articles"] = (0..count)
        .map(|i| {
            let mut a = article.clone();
            a["id"] = format!("bai-{i}").into();
            a
        })
        .collect();
    let text = serde_json::to_string_pretty(&issue).unwrap();
    let checked = parse_issue("data/issues/x.json", &text, &catalog, &entry).unwrap();
    assert_eq!(checked.value.articles.len(), limits::ARTICLES_PER_ISSUE);
    assert_eq!(checked.problems.len(), 1, "{}", show(&checked.problems));
    let problem = &checked.problems[0];
    assert_eq!(
        problem.path.to_string(),
        format!("articles[{}]", limits::ARTICLES_PER_ISSUE)
    );
    assert!(problem.position.is_some());
    assert_eq!(
        problem.message,
        format!(
            "có {count} bài viết, quá giới hạn 200 bài viết trong một tệp: bài viết thứ 201 trở đi \
             chưa hiển thị; hãy chia sang tệp khác hoặc bớt đi"
        )
    );

    let collection = &catalog.gallery[0];
    let mut gallery: serde_json::Value =
        serde_json::from_str(&read(collection.file.as_str())).unwrap();
    let work = gallery["works"][0].clone();
    gallery["works"] = (0..limits::WORKS_PER_COLLECTION + 1)
        .map(|i| {
            let mut w = work.clone();
            w["id"] = format!("tac-pham-{i}").into();
            w
        })
        .collect();
    let text = serde_json::to_string(&gallery).unwrap();
    let checked = parse_gallery("data/gallery/x.json", &text, collection.id.as_str()).unwrap();
    assert_eq!(checked.value.works.len(), limits::WORKS_PER_COLLECTION);
    assert_eq!(checked.problems.len(), 1, "{}", show(&checked.problems));
    assert!(checked.problems[0]
        .message
        .starts_with("có 501 tác phẩm, quá giới hạn 500"));
}

#[test]
fn a_catalog_with_too_many_issues_is_refused_with_the_count() {
    use ban_tin_le_chan::model::parse::limits;
    let mut catalog: serde_json::Value = serde_json::from_str(&read("data/catalog.json")).unwrap();
    let entry = catalog["issues"][0].clone();
    catalog["issues"] = (0..limits::ISSUES + 1)
        .map(|i| {
            let mut e = entry.clone();
            e["id"] = format!("so-{i}").into();
            e
        })
        .collect();
    let problems = parse_catalog(
        "data/catalog.json",
        &serde_json::to_string(&catalog).unwrap(),
    )
    .unwrap_err();
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    assert_eq!(problems[0].path.to_string(), "issues[1000]");
    assert_eq!(
        problems[0].message,
        "có 1001 số báo, quá giới hạn 1000 số báo trong một tệp; hãy chia sang tệp khác hoặc bớt đi"
    );
}

#[test]
fn every_address_of_the_sample_gets_its_own_page_file() {
    use ban_tin_le_chan::model::check::{check_folder, ImageCheck};
    use ban_tin_le_chan::model::{parse_gallery, parse_issue};
    use ban_tin_le_chan::publish::static_page::Site;
    let read = |path: &str| fs::read_to_string(Path::new(PUBLIC).join(path)).ok();
    let problems = check_folder(
        &|path: &str| read(path).map(String::into_bytes),
        ImageCheck::Skip,
    );
    assert_eq!(problems.len(), 0, "{}", show(&problems));
    let site = Site::load(&read, "").unwrap();
    assert_eq!(site.problem_count(), 0);
    let catalog = site.catalog();
    // Every issue and gallery file reads in full.
    let articles: usize = catalog
        .issues
        .iter()
        .map(|e| {
            parse_issue(&e.file, &read(&e.file).unwrap(), catalog, e)
                .unwrap()
                .value
                .articles
                .len()
        })
        .sum();
    let works: usize = catalog
        .gallery
        .iter()
        .map(|g| {
            parse_gallery(&g.file, &read(&g.file).unwrap(), &g.id)
                .unwrap()
                .value
                .works
                .len()
        })
        .sum();
    let pages = site.pages();
    // Home, categories, the archive and its years, search, issues and their printed
    // copies, articles, gallery, works, preview.
    let years: std::collections::HashSet<_> = catalog.issues.iter().map(|i| i.date.year).collect();
    assert_eq!(
        pages.len(),
        1 + catalog.categories.len()
            + 1
            + years.len()
            + 1
            + catalog.issues.len() * 2
            + articles
            + 1
            + works
            + 1
    );
    let unique: std::collections::HashSet<_> = pages.iter().map(|p| p.file()).collect();
    assert_eq!(unique.len(), pages.len(), "two addresses share a file");
    for page in &pages {
        assert!(
            !page.description.trim().is_empty(),
            "{}: no description",
            page.path
        );
        assert!(
            page.image.is_some() || page.noindex,
            "{}: no share picture",
            page.path
        );
    }
    let article = pages
        .iter()
        .find(|p| p.path == "/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01")
        .unwrap();
    assert!(article.published.is_some());
    assert_eq!(
        article.file(),
        "so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01/index.html"
    );
}

#[test]
fn previous_and_next_follow_the_table_of_contents() {
    let catalog = sample_catalog();
    for entry in &catalog.issues {
        let issue = parse_issue(&entry.file, &read(&entry.file), &catalog, entry)
            .and_then(|checked| checked.strict())
            .unwrap_or_else(|problems| panic!("{}", show(&problems)));
        // "Mục lục" as a reader sees it: the lead story (the file's first article), then
        // each category in the catalog's order with its other articles in the file's.
        let lead = issue.articles[0].id.as_str();
        let mut toc = vec![lead];
        for category in &catalog.categories {
            toc.extend(
                issue
                    .articles
                    .iter()
                    .filter(|a| a.category == category.id && a.id.as_str() != lead)
                    .map(|a| a.id.as_str()),
            );
        }
        assert_eq!(
            toc.len(),
            issue.articles.len(),
            "{}: every article is listed",
            entry.id
        );
        // From the lead story, "Bài sau" walks down the table of contents to its last entry,
        // and "Bài trước" walks back up.
        let mut walked = vec![toc[0]];
        assert_eq!(
            issue.neighbours(&catalog, toc[0]).0.map(|a| a.id.as_str()),
            None
        );
        while let (_, Some(next)) = issue.neighbours(&catalog, walked.last().unwrap()) {
            walked.push(next.id.as_str());
        }
        assert_eq!(walked, toc, "{}", entry.id);
        for pair in toc.windows(2) {
            let previous = issue.neighbours(&catalog, pair[1]).0.map(|a| a.id.as_str());
            assert_eq!(previous, Some(pair[0]), "{}", entry.id);
        }
    }
}
