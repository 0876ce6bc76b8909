//! The content checker over a whole folder: the sample is clean, and a folder broken in the
//! ways that span files (missing files, missing pictures, wrong picture sizes, a file used
//! twice, a bad article among good ones, a file that is not UTF-8) gives each message at its
//! place. The folder is the sample bulletin, read into memory and then broken.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use ban_tin_le_chan::model::check::{check_folder, ImageCheck, CATALOG_FILE};
use ban_tin_le_chan::model::ContentError;

const PUBLIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public");

fn sample_folder() -> HashMap<String, Vec<u8>> {
    fn walk(dir: &Path, files: &mut HashMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                let site = path
                    .strip_prefix(PUBLIC)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.insert(site, fs::read(&path).unwrap());
            }
        }
    }
    let mut files = HashMap::new();
    walk(Path::new(PUBLIC), &mut files);
    files
}

fn check(files: &HashMap<String, Vec<u8>>) -> Vec<ContentError> {
    check_folder(&|p: &str| files.get(p).cloned(), ImageCheck::Size)
}

fn edit_json(
    files: &mut HashMap<String, Vec<u8>>,
    file: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) {
    let mut value: serde_json::Value = serde_json::from_slice(&files[file]).unwrap();
    edit(&mut value);
    files.insert(file.to_owned(), serde_json::to_vec_pretty(&value).unwrap());
}

#[test]
fn the_sample_folder_has_no_problem() {
    let problems = check(&sample_folder());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_broken_folder_gives_each_problem_at_its_place() {
    let mut files = sample_folder();
    let special = "data/issues/so-dac-biet-10-2024.json";
    // The 12/2024 issue's file is gone; 11/2024 names the 01/2025 file (used twice).
    files.remove("data/issues/so-12-2024.json");
    edit_json(&mut files, CATALOG_FILE, |catalog| {
        let issues = catalog["issues"].as_array_mut().unwrap();
        let jan = issues.iter().find(|i| i["id"] == "so-01-2025").unwrap()["file"].clone();
        issues.iter_mut().find(|i| i["id"] == "so-11-2024").unwrap()["file"] = jan;
    });
    // In the special issue: a picture that is not there, a size that is wrong, and an
    // article with an unknown category among good ones.
    let (missing_src, wrong_src) = {
        let issue: serde_json::Value = serde_json::from_slice(&files[special]).unwrap();
        let src = |i: usize| {
            issue["articles"][i]["image"]["src"]
                .as_str()
                .map(str::to_owned)
        };
        let with_image: Vec<usize> = (0..issue["articles"].as_array().unwrap().len())
            .filter(|&i| src(i).is_some())
            .collect();
        (
            src(with_image[0]).unwrap(),
            (with_image[1], src(with_image[1]).unwrap()),
        )
    };
    files.remove(&missing_src);
    edit_json(&mut files, special, |issue| {
        issue["articles"][wrong_src.0]["image"]["width"] = 999.into();
        issue["articles"][2]["category"] = "van-nghe".into();
    });
    // The gallery file is not UTF-8.
    files.insert(
        "data/gallery/55-nam-di-chuc.json".to_owned(),
        vec![0xff, 0xfe, 0x7b],
    );

    let problems = check(&files);
    let said: Vec<String> = problems
        .iter()
        .map(|p| format!("{} [{}] {}", p.file, p.path, p.message))
        .collect();
    let expect = |file: &str, path: &str, words: &str| {
        let hit = problems
            .iter()
            .find(|p| p.file == file && p.path.starts_with(path) && p.message.contains(words));
        let hit =
            hit.unwrap_or_else(|| panic!("{file} [{path}] {words}\nin:\n{}", said.join("\n")));
        if !path.is_empty() {
            assert!(
                hit.position.is_some() && hit.source_line.is_some(),
                "{hit:?}"
            );
        }
    };
    expect(
        CATALOG_FILE,
        "issues[",
        "không tìm thấy tệp \"data/issues/so-12-2024.json\" của số \"so-12-2024\"",
    );
    expect(CATALOG_FILE, "issues[", "đã dùng cho mục issues[");
    expect(
        special,
        "articles[",
        &format!("không tìm thấy ảnh \"{missing_src}\""),
    );
    expect(
        special,
        &format!("articles[{}].image.width", wrong_src.0),
        &format!("ảnh \"{}\" thật ra có kích thước", wrong_src.1),
    );
    expect(
        special,
        "articles[2].category",
        "chuyên mục \"van-nghe\" không có trong catalog.json",
    );
    expect(
        "data/gallery/55-nam-di-chuc.json",
        "",
        "không phải văn bản UTF-8",
    );
    // 11/2024 now reads the 01/2025 file, which names its own issue.
    expect(
        "data/issues/so-01-2025.json",
        "issue",
        "trỏ tới nó từ số \"so-11-2024\"",
    );
    assert_eq!(problems.len(), 7, "{}", said.join("\n"));
}

#[test]
fn home_features_one_special_issue_at_a_time() {
    let mut files = sample_folder();
    // A second special issue, newer than the launch issue, is featured too; so is a
    // regular issue.
    edit_json(&mut files, CATALOG_FILE, |catalog| {
        let issues = catalog["issues"].as_array_mut().unwrap();
        let dec = issues.iter_mut().find(|i| i["id"] == "so-12-2024").unwrap();
        dec["kind"] = "special".into();
        dec["featured"] = true.into();
        let jan = issues.iter_mut().find(|i| i["id"] == "so-01-2025").unwrap();
        jan["featured"] = true.into();
    });
    let problems = check(&files);
    let at = |id: &str| {
        let catalog: serde_json::Value = serde_json::from_slice(&files[CATALOG_FILE]).unwrap();
        let i = catalog["issues"]
            .as_array()
            .unwrap()
            .iter()
            .position(|i| i["id"] == id)
            .unwrap();
        format!("issues[{i}].featured")
    };
    let said: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.path.to_string(), p.message.clone()))
        .collect();
    assert_eq!(
        said,
        vec![
            (
                at("so-01-2025"),
                "chỉ số đặc biệt mới được giới thiệu ở trang chủ: số \"so-01-2025\" là số thường \
                 kỳ, hãy xóa dòng \"featured\" của số này (số mới nhất luôn đứng đầu trang chủ)"
                    .to_owned()
            ),
            (
                at("so-dac-biet-10-2024"),
                "số \"so-12-2024\" đã được giới thiệu ở trang chủ: mỗi lúc chỉ giới thiệu một số \
                 đặc biệt, hãy xóa dòng \"featured\" ở số \"so-dac-biet-10-2024\" hoặc ở số \
                 \"so-12-2024\""
                    .to_owned()
            ),
        ]
    );
    assert!(problems.iter().all(|p| p.position.is_some()));
    // What home shows meanwhile: the newest featured special issue.
    let catalog = ban_tin_le_chan::model::parse::parse_catalog(
        CATALOG_FILE,
        std::str::from_utf8(&files[CATALOG_FILE]).unwrap(),
    )
    .unwrap();
    assert_eq!(
        catalog.featured_special().unwrap().id.as_str(),
        "so-12-2024"
    );
    assert_eq!(catalog.newest_special().unwrap().id.as_str(), "so-12-2024");
}

#[test]
fn a_phone_or_email_that_would_not_work_is_told_at_its_field() {
    let mut files = sample_folder();
    edit_json(&mut files, CATALOG_FILE, |catalog| {
        catalog["publication"]["phone"] = "0225 ba tám".into();
        catalog["publication"]["email"] = "ban tin@lechan".into();
    });
    let problems = check(&files);
    let said: Vec<(String, &str)> = problems
        .iter()
        .map(|p| (p.path.to_string(), p.message.as_str()))
        .collect();
    assert_eq!(
        said,
        vec![
            (
                "publication.phone".to_owned(),
                "số điện thoại \"0225 ba tám\" không gọi được: chỉ ghi chữ số (8 đến 15 số), dấu \
                 cách, dấu chấm, gạch ngang hoặc ngoặc đơn, có thể bắt đầu bằng +, theo dạng \
                 \"0225 xxx xxxx\""
            ),
            (
                "publication.email".to_owned(),
                "thư điện tử \"ban tin@lechan\" không gửi được: cần dạng tên@tên-miền, chữ không \
                 dấu, không dấu cách, ví dụ \"bantin@example.vn\""
            ),
        ]
    );
    assert!(problems.iter().all(|p| p.position.is_some()));
    // Numbers and addresses as editors write them pass.
    edit_json(&mut files, CATALOG_FILE, |catalog| {
        catalog["publication"]["phone"] = "+84 (225) 000.0000".into();
        catalog["publication"]["email"] = "ban-tin.le_chan@example.gov.vn".into();
    });
    assert_eq!(check(&files), vec![]);
}

#[test]
fn the_command_reports_problems_and_fails() {
    // The binary on the sample: clean, exit 0. (Its problem output is the list above, printed
    // as file:line:column.)
    let exe = env!("CARGO_BIN_EXE_check-content");
    let ok = std::process::Command::new(exe)
        .arg(PUBLIC)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("không có lỗi"));
    let bad_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-content");
    let bad = std::process::Command::new(exe)
        .arg(&bad_dir)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stdout).contains("không tìm thấy tệp catalog.json"));

    // A copy of the sample with one date written the Vietnamese way: the command names the
    // article, the place and the value to write, with the line and its marker.
    let folder = std::env::temp_dir().join(format!("ban-tin-check-{}", std::process::id()));
    let mut files = sample_folder();
    let special = "data/issues/so-dac-biet-10-2024.json";
    edit_json(&mut files, special, |issue| {
        issue["articles"][1]["published"] = "11/10/2024 15:00".into();
    });
    for (path, bytes) in &files {
        let target = folder.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, bytes).unwrap();
    }
    let run = std::process::Command::new(exe)
        .arg(&folder)
        .output()
        .unwrap();
    fs::remove_dir_all(&folder).unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{said}");
    let first = said.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("{special}:"))
            && first.contains(": bài viết “Phát động Hội thi")
            && first.contains("[articles[1].published]")
            && first.ends_with("hãy viết \"2024-10-11T15:00:00+07:00\""),
        "{said}"
    );
    assert!(
        said.lines()
            .nth(1)
            .unwrap()
            .contains("\"published\": \"11/10/2024 15:00\""),
        "{said}"
    );
    assert!(
        said.lines().nth(2).unwrap().trim_end().ends_with('^'),
        "{said}"
    );
}

/// The ways the preview's end-to-end test breaks the special issue
/// (tests/e2e/preview.test.mjs), and a few more: the checker reports each at the same field,
/// names the article by its title (by its id when the title is what is missing), and offers
/// the value to write where one can be guessed.
#[test]
fn the_checker_reports_what_the_preview_reports() {
    let special = "data/issues/so-dac-biet-10-2024.json";
    let original = String::from_utf8(sample_folder()[special].clone()).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&original).unwrap();
    let title = |i: usize| {
        format!(
            "bài viết “{}",
            parsed["articles"][i]["title"].as_str().unwrap()
        )
    };
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = parsed.clone();
        edit(&mut value);
        serde_json::to_string_pretty(&value).unwrap()
    };
    let place_of = |text: &str, needle: &str| {
        let offset = text.find(needle).unwrap();
        ban_tin_le_chan::model::error::line_column(text, offset)
    };
    struct Case {
        text: String,
        path: &'static str,
        words: Vec<&'static str>,
        item: Option<String>,
        at: Option<(usize, usize)>,
    }
    let case = |text: String, path, words: &[&'static str], item: Option<String>| Case {
        text,
        path,
        words: words.to_vec(),
        item,
        at: None,
    };
    let unclosed = original.replacen("2023 – 2024\",", "2023 – 2024,", 1);
    let unclosed_at = place_of(&unclosed, "\"Quận ủy Lê Chân đánh giá");
    let cases = vec![
        Case {
            // The comma goes at the end of line 3, `  "schema_version": 1` (21 characters).
            at: Some((3, 22)),
            ..case(
                original.replacen("\"schema_version\": 1,", "\"schema_version\": 1", 1),
                "",
                &["thiếu dấu phẩy", "thêm \",\" vào cuối dòng này"],
                None,
            )
        },
        case(
            edited(&|v| v["articles"][1]["published"] = 2024.into()),
            "articles[1].published",
            &["sai kiểu dữ liệu"],
            Some(title(1)),
        ),
        case(
            edited(&|v| {
                v["articles"][2].as_object_mut().unwrap().remove("title");
            }),
            "articles[2]",
            &["thiếu trường bắt buộc \"title\""],
            Some("bài viết mã \"phat-bieu-chi-dao\"".to_owned()),
        ),
        case(
            edited(&|v| v["articles"][3]["category"] = "van-nghe".into()),
            "articles[3].category",
            &["Các chuyên mục hiện có: xay-dung-dang"],
            Some(title(3)),
        ),
        case(
            edited(&|v| v["articles"][4]["id"] = v["articles"][0]["id"].clone()),
            "articles[4].id",
            &["bị trùng"],
            Some(title(4)),
        ),
        case(
            edited(&|v| v["articles"][5]["published"] = "2024-02-30T08:00".into()),
            "articles[5].published",
            &["không có ngày 30"],
            Some(title(5)),
        ),
        case(
            edited(&|v| v["articles"][0]["image"]["alt"] = " ".into()),
            "articles[0].image.alt",
            &["không được để trống", "\"alt\" là lời tả ảnh"],
            Some(title(0)),
        ),
        case(
            edited(&|v| {
                v["articles"][0]["image"]["src"] = "images/bai/khong-co-anh-nay.svg".into()
            }),
            "articles[0].image.src",
            &["không tìm thấy ảnh \"images/bai/khong-co-anh-nay.svg\""],
            Some(title(0)),
        ),
        case(
            edited(&|v| {
                let a = v["articles"][6].as_object_mut().unwrap();
                let s = a.remove("summary").unwrap();
                a.insert("sumary".into(), s);
            }),
            "articles[6].sumary",
            &["không có trong định dạng", "Có phải: summary?"],
            Some(title(6)),
        ),
        case(
            edited(
                &|v| v["articles"][7]["image"] = serde_json::json!({"src": "javascript:alert(1)", "width": 10, "height": 10, "alt": "x"}),
            ),
            "articles[7].image.src",
            &["không được chấp nhận"],
            Some(title(7)),
        ),
        // Beyond the preview's ten: a date written the Vietnamese way, a near-miss category,
        // an unclosed string, a picture whose size is not the JSON's.
        case(
            edited(&|v| v["articles"][1]["published"] = "11/10/2024 15:00".into()),
            "articles[1].published",
            &["hãy viết \"2024-10-11T15:00:00+07:00\""],
            Some(title(1)),
        ),
        case(
            edited(&|v| v["articles"][3]["category"] = "xay-dung-dan".into()),
            "articles[3].category",
            &["Có phải: xay-dung-dang?"],
            Some(title(3)),
        ),
        Case {
            at: Some(unclosed_at),
            ..case(
                unclosed,
                "articles[0]",
                &["chuỗi mở bằng dấu \" ở đây chưa được đóng"],
                None,
            )
        },
        case(
            edited(&|v| v["articles"][0]["image"]["width"] = 999.into()),
            "articles[0].image.width",
            &["thật ra có kích thước", "hãy ghi \"width\": "],
            Some(title(0)),
        ),
    ];
    for Case {
        text,
        path,
        words,
        item,
        at,
    } in cases
    {
        let mut files = sample_folder();
        files.insert(special.to_owned(), text.into_bytes());
        let problems = check(&files);
        assert_eq!(problems.len(), 1, "{path}: {problems:#?}");
        let problem = &problems[0];
        assert_eq!(problem.file, special);
        assert_eq!(problem.path, path);
        for words in words {
            assert!(
                problem.message.contains(words),
                "{path}: {words:?} not in {}",
                problem.message
            );
        }
        assert!(
            problem.position.is_some() && problem.source_line.is_some(),
            "{problem:?}"
        );
        if let Some(at) = at {
            assert_eq!(problem.position, Some(at), "{path}: {}", problem.message);
        }
        match (&item, &problem.item) {
            (None, None) => {}
            (Some(expected), Some(found)) => {
                assert!(
                    found.label.starts_with(expected),
                    "{path}: {} is not {expected}",
                    found.label
                );
                // Named before the field in what the checker prints.
                assert!(problem
                    .to_string()
                    .contains(&format!("{}, tại {path}", found.label)));
            }
            _ => panic!("{path}: item {item:?}, found {:?}", problem.item),
        }
    }
}
