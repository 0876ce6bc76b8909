//! The pages the build writes (`static_page`): the app's components rendered on the host
//! from the bundled bulletin, as `prerender` puts them in each address's file.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use ban_tin_le_chan::publish::static_page::Site;

const ARTICLE: &str = "/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01";

fn read_public(path: &str) -> Option<String> {
    std::fs::read_to_string(Path::new("public").join(path)).ok()
}

#[test]
fn an_article_page_carries_its_text_and_frame() {
    let site = Site::load(&read_public, "").expect("the sample catalog loads");
    let html = site.page(ARTICLE).expect("the article has a page");
    assert!(html.starts_with(r#"<div id="bt-static" class="bt-root" data-path="/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01">"#));
    assert!(html.contains(r#"<h1 class="bt-page-title">Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW năm 2023 – 2024</h1>"#));
    assert!(html.contains("Sáng 11/10/2024, Quận ủy Lê Chân tổ chức hội nghị"));
    assert!(html.contains(r#"<main id="noi-dung" tabindex="-1" class="bt-main">"#));
    // Links are relative to <base>, so the page works under any sub-path.
    assert!(html.contains(r#"href="so/so-dac-biet-10-2024""#), "{html}");
    assert!(!html.contains(r#"href="/so/"#));
    assert!(html.contains(r#"<footer class="bt-footer">"#));
}

#[test]
fn every_kind_of_page_is_written_and_unknown_ones_are_not() {
    let site = Site::load(&read_public, "/ban-tin").expect("the sample catalog loads");
    for (path, text) in [
        ("/", "Các số trước"),
        ("/so/so-11-2024", "Mục lục"),
        ("/trung-bay", "Công trình tuyên truyền trực quan"),
        (
            "/trung-bay/di-chuc-thieng-lieng",
            "Công trình tuyên truyền trực quan",
        ),
        ("/404", "Không tìm thấy trang"),
    ] {
        let html = site
            .page(path)
            .unwrap_or_else(|| panic!("{path} has no page"));
        assert!(html.contains(text), "{path}: {text}");
    }
    // 404.html's page stands for any address.
    assert!(site.page("/404").unwrap().contains(r#"data-path="*""#));
    // The masthead marks where the reader is, under the sub-path too.
    let gallery = site.page("/trung-bay").unwrap();
    assert!(
        gallery.contains(r#"<a href="trung-bay" aria-current="page">"#),
        "{gallery}"
    );
    assert_eq!(site.page("/so/khong-co-so-nay"), None);
    assert_eq!(site.page("/so/so-11-2024/khong-co-bai-nay"), None);
    assert_eq!(
        site.page("/xem-truoc"),
        None,
        "the preview has no static form"
    );
}

#[test]
fn content_is_text_in_the_written_page_never_markup() {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let read = |path: &str| {
        let text = read_public(path)?;
        Some(if path.ends_with("so-dac-biet-10-2024.json") {
            text.replacen(
                "Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW năm 2023 – 2024",
                hostile,
                1,
            )
        } else {
            text
        })
    };
    let site = Site::load(&read, "").unwrap();
    let html = site.page(ARTICLE).unwrap();
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img src=x"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
    );
}

#[test]
fn a_broken_issue_file_loses_its_pages_not_the_others() {
    let read = |path: &str| {
        let text = read_public(path)?;
        Some(if path.ends_with("so-11-2024.json") {
            text[..text.len() / 2].to_owned()
        } else {
            text
        })
    };
    let site = Site::load(&read, "").unwrap();
    assert_eq!(site.page("/so/so-11-2024"), None);
    assert!(site.page(ARTICLE).is_some());
    // The home page names the issue that failed, as the app does.
    let home = site.page("/").unwrap();
    assert!(home.contains("Một số số báo chưa tải được"), "{home}");
}

#[test]
fn feeds_carry_the_newest_articles_as_text_and_lose_only_a_broken_file() {
    // As written in the JSON file: `\u0007` is a control character once read.
    let hostile = "<script>alert(1)</script> & \\u0007 ]]>";
    let read = |path: &str| {
        let text = read_public(path)?;
        Some(if path.ends_with("so-01-2025.json") {
            text.replacen("Đón xuân, nhớ lời Bác dặn về đoàn kết", hostile, 1)
        } else if path.ends_with("so-11-2024.json") {
            text[..text.len() / 2].to_owned()
        } else {
            text
        })
    };
    let site = Site::load(&read, "/ban-tin").unwrap();
    let feeds = site.feeds("https://lechan.vn/ban-tin");
    assert_eq!(feeds.len(), 1 + site.catalog().categories.len());
    let all = &feeds[0];
    assert_eq!(all.path, "/atom.xml");
    assert!(all.xml.contains(
        r#"<link rel="self" type="application/atom+xml" href="https://lechan.vn/ban-tin/atom.xml"/>"#
    ));
    // Content is text: escaped, with no control character left for XML to refuse.
    assert!(!all.xml.contains("<script>"));
    assert!(!all.xml.contains('\u{7}'));
    assert!(all
        .xml
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;   ]]&gt;"));
    // The newest first, at most 20, none from the broken file.
    let published: Vec<&str> = all
        .xml
        .match_indices("<published>")
        .map(|(i, _)| &all.xml[i + 11..i + 36])
        .collect();
    // The sample has fewer than 20 articles: all of those that loaded.
    assert_eq!(published.len(), all.xml.matches("<entry>").count());
    assert!(published.len() > 10);
    assert!(published.windows(2).all(|w| w[0] >= w[1]), "{published:?}");
    assert!(!all.xml.contains("/so/so-11-2024/"));
    assert!(all
        .xml
        .contains("https://lechan.vn/ban-tin/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01"));
    let category = feeds
        .iter()
        .find(|f| f.path == "/chuyen-muc/xay-dung-dang/atom.xml")
        .unwrap();
    assert!(category.xml.contains("<entry>"));
    assert_eq!(
        category.xml.matches("<category term=").count(),
        category
            .xml
            .matches(r#"<category term="xay-dung-dang""#)
            .count()
    );
}

#[test]
fn the_masthead_names_the_party_committee_and_the_footer_shows_what_the_catalog_gives() {
    // The sample: the publisher only, no contact the seed report does not give.
    let site = Site::load(&read_public, "").unwrap();
    let home = site.page("/").unwrap();
    // Its words of two syllables held together (no-break spaces); the part after the comma
    // is the one the narrowest screens leave to screen readers.
    assert!(home.contains(
        "<span class=\"bt-header__publisher\">Quận\u{a0}ủy Lê\u{a0}Chân<span \
         class=\"bt-header__publisher-rest\">, thành\u{a0}phố Hải\u{a0}Phòng</span></span>\
         <span class=\"bt-header__name\">Bản\u{a0}tin điện\u{a0}tử Đảng\u{a0}bộ quận \
         Lê\u{a0}Chân</span>"
    ));
    assert!(home.contains(r#"class="bt-emblem""#), "{home}");
    // The written page leaves today's date to its script (`html::with_page_script`).
    assert!(
        home.contains(r#"<span class="bt-today"><!----></span>"#),
        "{home}"
    );
    let footer = &home[home.find(r#"<footer class="bt-footer">"#).unwrap()..];
    assert!(
        footer.contains("<dt>Cơ quan xuất bản</dt><dd>Quận ủy Lê Chân, thành phố Hải Phòng</dd>")
    );
    for absent in [
        "Chịu trách nhiệm",
        "Địa chỉ",
        "Điện thoại",
        "Thư điện tử",
        "Giấy phép",
    ] {
        assert!(!footer.contains(absent), "{absent} in {footer}");
    }
    // Every field a catalog can give.
    let read = |path: &str| {
        let text = read_public(path)?;
        Some(if path == "data/catalog.json" {
            let mut catalog: serde_json::Value = serde_json::from_str(&text).unwrap();
            let publication = catalog["publication"].as_object_mut().unwrap();
            for (key, value) in [
                ("responsible", "Ban Tuyên giáo Quận ủy"),
                ("address", "Số 1 phố Ví Dụ, quận Lê Chân"),
                ("phone", "+84 (225) 000-0000"),
                ("email", "bantin@example.vn"),
                ("licence", "Giấy phép số 0/GP-VD"),
            ] {
                publication.insert(key.to_owned(), value.into());
            }
            catalog.to_string()
        } else {
            text
        })
    };
    let site = Site::load(&read, "").unwrap();
    let page = site.page(ARTICLE).unwrap();
    let footer = &page[page.find(r#"<footer class="bt-footer">"#).unwrap()..];
    for line in [
        "<dt>Chịu trách nhiệm nội dung</dt><dd>Ban Tuyên giáo Quận ủy</dd>",
        "<dt>Địa chỉ</dt><dd>Số 1 phố Ví Dụ, quận Lê Chân</dd>",
        r#"<dt>Điện thoại</dt><dd><a href="tel:+842250000000">+84 (225) 000-0000</a></dd>"#,
        r#"<dt>Thư điện tử</dt><dd><a href="mailto:bantin@example.vn">bantin@example.vn</a></dd>"#,
        "<dt>Giấy phép</dt><dd>Giấy phép số 0/GP-VD</dd>",
    ] {
        assert!(footer.contains(line), "{line} not in {footer}");
    }
}

#[test]
fn an_article_ends_with_three_others_of_its_category_from_the_index() {
    let site = Site::load(&read_public, "").unwrap();
    let html = site.page(ARTICLE).unwrap();
    let related = &html[html
        .find(r#"class="bt-related""#)
        .expect("the article has its category's other articles")..];
    assert!(related.contains("Cùng chuyên mục Học tập và làm theo Bác"));
    // The category's newest three, this article left out.
    let links: Vec<&str> = related
        .split(r#"<li class="bt-related__item"><a href=""#)
        .skip(1)
        .map(|item| &item[..item.find('"').unwrap()])
        .collect();
    assert_eq!(
        links,
        [
            "so/so-01-2025/boi-duong-guong-nguoi-tot",
            "so/so-12-2024/so-ket-tong-ket-ket-luan-01",
            "so/so-11-2024/dieu-lam-nen-guong-sang",
        ]
    );
}

#[test]
fn an_issue_prints_whole_in_the_order_bai_sau_walks() {
    use ban_tin_le_chan::model::parse_issue;
    let site = Site::load(&read_public, "").expect("the sample catalog loads");
    let catalog = site.catalog();
    for entry in &catalog.issues {
        let file = parse_issue(
            &entry.file,
            &read_public(&entry.file).unwrap(),
            catalog,
            entry,
        )
        .unwrap()
        .value;
        let html = site
            .page(&format!("/ban-in/{}", entry.id))
            .unwrap_or_else(|| panic!("{} has no printed copy", entry.id));
        assert!(html.contains(&format!(
            r#"<h1 class="bt-page-title">{}</h1>"#,
            entry.title
        )));
        // From the lead story, "Bài sau" to the end: the printed copy has each article,
        // whole, in that order, and its contents line links to it.
        let mut order = vec![&file.articles[0]];
        while let (_, Some(next)) = file.neighbours(catalog, &order.last().unwrap().id) {
            order.push(next);
        }
        assert_eq!(order.len(), file.articles.len());
        let mut at = 0;
        for article in &order {
            let link = format!(r#"href="ban-in/{}#bai-{}""#, entry.id, article.id);
            assert!(html.contains(&link), "{}: {link}", entry.id);
            let title = format!(
                r#"<h2 id="bai-{}-tieu-de" class="bt-print-article__title">{}</h2>"#,
                article.id, article.title
            );
            let found = html[at..]
                .find(&title)
                .unwrap_or_else(|| panic!("{}: {} missing or out of order", entry.id, article.id));
            at += found + title.len();
            // Its body's first paragraph is there in full.
            if let Some(ban_tin_le_chan::model::Block::Paragraph { text }) = article.body.first() {
                assert!(html.contains(&format!("<p>{text}</p>")), "{}", article.id);
            }
        }
        // Under each article's own h2, the body's headings are h3.
        assert!(
            !html.contains("<h2>"),
            "{}: a body heading stayed h2",
            entry.id
        );
    }
    // The issue's page offers it.
    let issue = site.page("/so/so-11-2024").unwrap();
    assert!(issue.contains(r#"href="ban-in/so-11-2024""#), "{issue}");
    assert!(issue.contains("In hoặc lưu PDF cả số"));
    assert_eq!(site.page("/ban-in/khong-co-so-nay"), None);
}

#[test]
fn share_links_and_the_printed_address_carry_the_pages_public_address() {
    let mut site = Site::load(&read_public, "").unwrap();
    site.set_site_url("https://lechan.haiphong.gov.vn/ban-tin/");
    let html = site.page(ARTICLE).unwrap();
    let address =
        "https://lechan.haiphong.gov.vn/ban-tin/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01";
    let encoded = "https%3A%2F%2Flechan.haiphong.gov.vn%2Fban-tin%2Fso%2Fso-dac-biet-10-2024%2Fhoi-nghi-ket-luan-01";
    assert!(
        html.contains(&format!(
            r#"href="https://sp.zalo.me/share_to_zalo?url={encoded}""#
        )),
        "{html}"
    );
    assert!(html.contains(&format!(
        r#"href="https://www.facebook.com/sharer/sharer.php?u={encoded}""#
    )));
    // On paper: the whole address, and its QR code beside it (a file the build writes).
    assert!(
        html.contains(&format!(
            r#"<a href="so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01">{address}</a>"#
        )),
        "{html}"
    );
    assert!(html.contains(r#"src="ma-qr/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01.svg""#));
    assert!(
        !html.contains("?url=\"") && !html.contains("?u=\""),
        "no share link without its address"
    );
    // The address the page's script copies and gives the share sheet.
    assert!(html.contains(&format!(r#"data-url="{address}""#)), "{html}");
}

#[test]
fn every_article_of_the_printed_issue_ends_with_its_address_and_qr_code() {
    let mut site = Site::load(&read_public, "").unwrap();
    site.set_site_url("https://a.vn");
    let html = site.page("/ban-in/so-dac-biet-10-2024").unwrap();
    let articles = html.matches(r#"class="bt-print-article""#).count();
    assert!(articles > 3, "{articles}");
    assert_eq!(
        html.matches(r#"class="bt-print-address__text">Đọc trên bản tin:"#)
            .count(),
        articles
    );
    assert_eq!(
        html.matches(">https://a.vn/so/so-dac-biet-10-2024/")
            .count(),
        articles
    );
    assert_eq!(
        html.matches(r#"src="ma-qr/so/so-dac-biet-10-2024/"#)
            .count(),
        articles
    );
}

#[test]
fn a_works_address_is_written_as_the_work_open_over_the_gallery() {
    let mut site = Site::load(&read_public, "").unwrap();
    site.set_site_url("https://a.vn");
    let html = site.page("/trung-bay/hoc-tap-va-lam-theo-bac").unwrap();
    let dialog = &html[html
        .find(r#"role="dialog""#)
        .expect("the lightbox is written")..];
    assert!(dialog.contains(r#"role="dialog""#) && dialog.contains("autofocus"));
    assert!(
        dialog.contains(r#"<p class="bt-lightbox__counter">2 / "#),
        "{dialog}"
    );
    // Its picture large, then title, caption, place and date, and its share bar.
    assert!(
        dialog.contains(r#"class="bt-zoom-stage__image""#),
        "{dialog}"
    );
    assert!(dialog.contains(
        r#"<h2 id="bt-lightbox-title" class="bt-lightbox__title">Học tập và làm theo Bác</h2>"#
    ));
    assert!(dialog.contains(r#"<p class="bt-lightbox__meta">Phường An Biên · 08/10/2024"#));
    assert!(dialog
        .contains("share_to_zalo?url=https%3A%2F%2Fa.vn%2Ftrung-bay%2Fhoc-tap-va-lam-theo-bac"));
    // Previous, next and close are links to pages the build writes.
    assert!(
        dialog.contains(r#"href="trung-bay/di-chuc-thieng-lieng" rel="prev""#),
        "{dialog}"
    );
    assert!(dialog.contains(r#"href="trung-bay/doan-ket-la-suc-manh" rel="next""#));
    assert!(dialog.contains(r#"href="trung-bay" aria-label="Đóng""#));
    // The gallery itself has no dialog.
    assert!(!site.page("/trung-bay").unwrap().contains("bt-lightbox"));
}

#[test]
fn every_control_only_the_app_answers_carries_a_key() {
    // The hand-over finds a pressed button's twin by its key (`handover::KEY`).
    let site = Site::load(&read_public, "").unwrap();
    for path in [
        ARTICLE,
        "/",
        "/trung-bay/doan-ket-la-suc-manh",
        "/ban-in/so-dac-biet-10-2024",
        "/chuyen-muc/xay-dung-dang",
    ] {
        let html = site.page(path).unwrap();
        let buttons: Vec<&str> = html
            .split("<button")
            .skip(1)
            .map(|b| &b[..b.find('>').unwrap()])
            .collect();
        assert!(!buttons.is_empty(), "{path}");
        // A form's own button works without the app.
        for button in buttons
            .into_iter()
            .filter(|b| !b.contains(r#"type="submit""#))
        {
            assert!(
                button.contains(r#"type="button""#) && button.contains("data-key=\""),
                "{path}: <button{button}>"
            );
        }
    }
}
