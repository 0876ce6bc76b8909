//! The shell's tests: over what Trunk really builds (`trunk-output.html`, the readers'
//! `index.html` of a release build; `trunk-output-preview.html`, the preview's), each page
//! as `Shell::page` writes it.

use super::head::shorten;
use super::*;
use crate::components::text_size::TEXT_SIZE_KEY;
use crate::handover::{ANSWERED_BY_PAGE, ANY_PATH, APP_FAILED, ASKED, STATIC_ROOT};
use crate::model::types::Image;
use crate::publish::pages::ArticleFacts;

const TRUNK: &str = include_str!("trunk-output.html");
const TRUNK_PREVIEW: &str = include_str!("trunk-output-preview.html");

fn page(title: &str, description: &str) -> PageMeta {
    PageMeta {
        route: None,
        path: "/so/so-11-2024".to_owned(),
        title: title.to_owned(),
        description: description.to_owned(),
        image: None,
        published: None,
        noindex: false,
        modified: None,
        article: None,
    }
}

fn shell() -> Shell {
    let trunk = TrunkOutput::read("index.html", TRUNK).unwrap();
    let preview = TrunkOutput::read("xem-truoc/index.html", TRUNK_PREVIEW).unwrap();
    Shell::new(trunk, preview.bundle, "https://a.vn/ban-tin/")
}

/// A page as the shell writes it, with `body` drawn.
fn written(title: &str, description: &str) -> String {
    shell().page(
        &page(title, description),
        None,
        Some("<div id=\"bt-static\">Bài</div>"),
        false,
    )
}

/// The contents of every inline `<script>` (one without `src`) in `html`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    found
}

/// The `config` a script was called with: the JSON after its function.
fn config_of(script: &str) -> serde_json::Value {
    let start = script.rfind(")({").unwrap() + 2;
    serde_json::from_str(script[start..].trim_end_matches(';').trim_end_matches(')')).unwrap()
}

#[test]
fn trunks_output_is_read_for_what_the_shell_takes_from_it() {
    let trunk = TrunkOutput::read("index.html", TRUNK).unwrap();
    assert_eq!(trunk.base, "/");
    assert_eq!(trunk.html_attributes, "lang=\"vi\"");
    assert!(trunk.published());
    // The viewport before the title; the theme, the fonts' preloads, six styles with their
    // integrity, the icon, the manifest and the home-screen icon after it.
    assert_eq!(trunk.before_title.len(), 1);
    assert!(trunk.before_title[0].contains("name=\"viewport\""));
    let styles = trunk
        .after_title
        .iter()
        .filter(|t| t.contains("rel=\"stylesheet\""))
        .count();
    assert_eq!(styles, 6);
    assert!(trunk
        .after_title
        .iter()
        .all(|t| !t.contains("stylesheet") || t.contains("integrity=\"sha384-")));
    for kind in [
        "theme-color",
        "as=\"font\"",
        "rel=\"icon\"",
        "rel=\"manifest\"",
        "apple-touch-icon",
    ] {
        assert!(trunk.after_title.iter().any(|t| t.contains(kind)), "{kind}");
    }
    // The bundle, from the module preload and the wasm preload, not from the loader.
    assert_eq!(trunk.bundle.js, "/ban-tin-le-chan-cb8d24fce1022cfb.js");
    assert_eq!(
        trunk.bundle.wasm,
        "/ban-tin-le-chan-cb8d24fce1022cfb_bg.wasm"
    );
    assert!(trunk
        .bundle
        .preload
        .starts_with("<link rel=\"modulepreload\""));
    assert!(trunk.bundle.preload.contains("integrity=\"sha384-"));
    assert_eq!(
        trunk.bundle.files("/"),
        [
            "ban-tin-le-chan-cb8d24fce1022cfb.js",
            "ban-tin-le-chan-cb8d24fce1022cfb_bg.wasm"
        ]
    );
    assert!(trunk.noscript.unwrap().contains("cần JavaScript"));
    let preview = TrunkOutput::read("xem-truoc/index.html", TRUNK_PREVIEW).unwrap();
    assert_eq!(
        preview.bundle.files("/"),
        [
            "xem-truoc/ban-tin-le-chan-721fac09e607b77a.js",
            "xem-truoc/ban-tin-le-chan-721fac09e607b77a_bg.wasm"
        ]
    );
    // Trunk's loader may be written any way: the shell never reads it.
    let reworded = TRUNK
        .replace("module_or_path", "wasm_path")
        .replace("import init", "import start");
    assert_eq!(
        TrunkOutput::read("index.html", &reworded).unwrap().bundle,
        TrunkOutput::read("index.html", TRUNK).unwrap().bundle
    );
}

#[test]
fn a_trunk_that_writes_its_output_otherwise_stops_the_build_with_what_changed() {
    let said = |html: &str| TrunkOutput::read("index.html", html).unwrap_err();
    let unknown = said(&TRUNK.replace("</head>", "<script src=\"/moi.js\"></script></head>"));
    assert!(
        unknown.starts_with(
            "index.html: Trunk viết phần mà trình viết trang không biết: <script src=\"/moi.js\">"
        ),
        "{unknown}"
    );
    assert!(unknown.contains("src/publish/shell/trunk.rs"), "{unknown}");
    let prefetch = said(&TRUNK.replace("rel=\"manifest\"", "rel=\"prefetch\""));
    assert!(prefetch.contains("rel=\"prefetch\""), "{prefetch}");
    // The bundle's preloads gone: nothing says which files the app is.
    let start = TRUNK.find("<link rel=\"modulepreload\"").unwrap();
    let end = TRUNK.find("</head>").unwrap();
    let without = format!("{}{}", &TRUNK[..start], &TRUNK[end..]);
    assert!(said(&without).contains("modulepreload"));
    // Something in the body besides the notice.
    assert!(said(&TRUNK.replace("<noscript>", "<div></div><noscript>")).contains("<div>"));
    // Text outside any element.
    assert!(said(&TRUNK.replace("<body>", "<body>chữ")).contains("chữ"));
    assert!(TrunkOutput::read("index.html", "<html><head>").is_err());
}

#[test]
fn the_head_replaces_title_and_description_and_keeps_the_rest() {
    let html = written("Hội nghị", "Tóm tắt");
    assert!(html.contains("<title>Hội nghị – Bản tin điện tử Đảng bộ quận Lê Chân</title>"));
    assert!(html.contains(r#"<meta name="description" content="Tóm tắt" />"#));
    assert!(html.contains(r#"<link rel="canonical" href="https://a.vn/ban-tin/so/so-11-2024" />"#));
    assert!(html.contains(r#"<meta property="og:title" content="Hội nghị" />"#));
    assert!(!html.contains("<title>Bản tin điện tử Đảng bộ quận Lê Chân</title>"));
    assert!(!html.contains("các số bản tin, bài viết theo chuyên mục và số đặc biệt."));
    assert_eq!(html.matches("<title>").count(), 1);
    assert_eq!(html.matches("name=\"description\"").count(), 1);
    // Trunk's styles, icon and manifest are kept, after the page's tags.
    let title = html.find("<title>").unwrap();
    assert!(html.find("rel=\"stylesheet\"").unwrap() > title);
    assert!(html.contains("<link rel=\"icon\" href=\"/favicon-f373e8d7027ddd32.svg\"/>"));
    assert!(html.find("name=\"viewport\"").unwrap() < title);
    assert!(html
        .starts_with("<!doctype html>\n<html data-site-url=\"https://a.vn/ban-tin\" lang=\"vi\">"));
}

#[test]
fn content_cannot_break_out_of_a_tag() {
    let hostile = "\"><script>alert(1)</script>\u{7}'";
    let html = written(hostile, hostile);
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39;"));
}

#[test]
fn the_page_script_goes_last_in_the_body_with_the_words_and_keys_the_app_uses() {
    let html = written("Bài", "Tóm tắt");
    let body = &html[html.find("<body>").unwrap()..];
    let scripts = inline_scripts(body);
    assert_eq!(scripts.len(), 1);
    assert!(body.find("bt-static") < body.find("<script>"));
    assert!(html.ends_with("</script>\n  </body>\n</html>\n"));
    // The file's own function, its comments left out.
    assert!(scripts[0].starts_with("((config) => {"), "{}", scripts[0]);
    assert!(!scripts[0].contains("\n//") && !scripts[0].contains("  // "));
    let config = config_of(scripts[0]);
    // JavaScript's getDay() is 0 on Sunday: the names start there.
    assert_eq!(config["weekdays"][0], "Chủ nhật");
    assert_eq!(config["weekdays"][1], "Thứ Hai");
    assert_eq!(config["todayClass"], "bt-today");
    assert_eq!(config["key"], "data-key");
    assert_eq!(config["textSize"]["values"][2], "Cỡ chữ 150%");
    assert_eq!(config["textSize"]["smaller"], "text-smaller");
    assert_eq!(config["textSize"]["storage"], TEXT_SIZE_KEY);
    // It answers what `handover::ANSWERED_BY_PAGE` names, with the components' words.
    let answered = [
        &config["menu"]["key"],
        &config["textSize"]["smaller"],
        &config["textSize"]["larger"],
        &config["share"]["copy"],
        &config["share"]["sheet"],
        &config["print"],
    ];
    assert_eq!(answered.map(|key| key.as_str().unwrap()), ANSWERED_BY_PAGE);
    assert_eq!(config["share"]["copied"], "Đã sao chép liên kết.");
    assert_eq!(config["root"], STATIC_ROOT);
}

#[test]
fn the_text_size_script_reads_this_devices_choice_in_the_head() {
    let html = written("Bài", "Tóm tắt");
    let head = &html[..html.find("</head>").unwrap()];
    let script = inline_scripts(head)
        .into_iter()
        .find(|s| s.contains("localStorage.getItem(config.key)"))
        .unwrap();
    let config = config_of(script);
    assert_eq!(config["key"], "ban-tin-le-chan:co-chu");
    assert_eq!(config["attribute"], "data-co-chu");
    // And that scripts run: the phone's menu is a button, not open.
    assert_eq!(config["scripted"], "data-js");
    assert!(script.contains("setAttribute(config.scripted"));
    // Only the steps base.css has a rule for.
    assert_eq!(config["steps"], 5);
}

#[test]
fn the_policy_comes_first_and_names_every_inline_script() {
    let shell = shell();
    for preview_page in [false, true] {
        let html = shell.page(&page("Bài", "Tóm tắt"), None, None, preview_page);
        let policy = html.find("Content-Security-Policy").unwrap();
        assert!(html.find("<meta charset").unwrap() < policy);
        assert!(policy < html.find("<script").unwrap());
        assert!(policy < html.find("<link").unwrap());
        assert!(!html.contains("script-src 'self' 'unsafe-inline'"));
        for script in inline_scripts(&html) {
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
            assert!(html.contains(&format!("'sha256-{hash}'")), "{script}");
        }
    }
    // `trunk serve`'s build: its live-reload script kept, no policy, no service worker.
    let serve = TRUNK.replace(
        "</head>",
        "<script>const address = '{{__TRUNK_ADDRESS__}}/.well-known/trunk/ws';</script></head>",
    );
    let trunk = TrunkOutput::read("index.html", &serve).unwrap();
    assert!(!trunk.published());
    let shell = Shell::new(
        trunk,
        shell.bundles().preview.clone(),
        "http://127.0.0.1:8080",
    );
    let html = shell.page(&page("Bài", "Tóm tắt"), None, None, false);
    assert!(html.contains(".well-known/trunk/ws"));
    assert!(!html.contains("Content-Security-Policy") && !html.contains("sw-register.js"));
}

#[test]
fn only_the_previews_page_preloads_its_module_and_never_the_wasm() {
    let shell = shell();
    let reader = shell.page(&page("Bài", "Tóm tắt"), None, None, false);
    assert!(!reader.contains("modulepreload"), "{reader}");
    assert!(!reader.contains("application/wasm") && !reader.contains("_bg.wasm\" "));
    let preview = shell.page(&page("Xem trước", "Tóm tắt"), None, None, true);
    let preload = preview
        .find("rel=\"modulepreload\" href=\"/xem-truoc/")
        .unwrap();
    // Before the loader that imports the same file.
    assert!(preload < preview.find("<script type=\"module\">").unwrap());
    assert!(!preview.contains("application/wasm"));
}

#[test]
fn static_content_replaces_the_script_notice() {
    let shell = shell();
    let drawn = shell.page(
        &page("Bài", "Tóm tắt"),
        None,
        Some("<div id=\"bt-static\">Bài</div>"),
        false,
    );
    assert!(drawn.contains("<body><div id=\"bt-static\">Bài</div>"));
    assert!(!drawn.contains("<noscript>"));
    let not_drawn = shell.page(&page("Bài", "Tóm tắt"), None, None, false);
    assert!(not_drawn.contains("<body><noscript>"));
}

#[test]
fn the_worker_registration_comes_last_in_the_head() {
    let html = written("Bài", "Tóm tắt");
    assert!(html.contains("<script src=\"sw-register.js\" defer></script>\n  </head>"));
}

#[test]
fn readers_pages_start_the_previews_bundle_only_while_an_editor_has_files_open() {
    let shell = shell();
    let page_html = shell.page(&page("Bài", "Tóm tắt"), None, None, false);
    let loaders: Vec<&str> = inline_scripts(&page_html)
        .into_iter()
        .filter(|s| s.contains("TrunkApplicationStarted"))
        .collect();
    assert_eq!(loaders.len(), 1, "Trunk's loader is replaced: {page_html}");
    assert!(!page_html.contains("import init, * as bindings"));
    assert!(loaders[0].starts_with("\nawait (async (config) => {"));
    assert!(loaders[0].contains("localStorage.getItem(config.previewKey) !== null"));
    let config = config_of(loaders[0].trim());
    assert_eq!(config["previewPage"], false);
    assert_eq!(config["previewKey"], "ban-tin-le-chan:xem-truoc");
    assert_eq!(
        config["reader"]["js"],
        "/ban-tin-le-chan-cb8d24fce1022cfb.js"
    );
    assert_eq!(
        config["reader"]["wasm"],
        "/ban-tin-le-chan-cb8d24fce1022cfb_bg.wasm"
    );
    assert_eq!(
        config["preview"]["js"],
        "/xem-truoc/ban-tin-le-chan-721fac09e607b77a.js"
    );
    // The contract's names, from the constants the app uses.
    assert_eq!(config["root"], STATIC_ROOT);
    assert_eq!(config["anyPath"], ANY_PATH);
    assert_eq!(config["asked"], ASKED);
    assert_eq!(config["failed"], APP_FAILED);
    assert_eq!(
        config["controls"],
        "button[type=button]:not([data-key=\"menu\"], [data-key=\"text-smaller\"], \
         [data-key=\"text-larger\"], [data-key=\"share-copy\"], [data-key=\"share-sheet\"], [data-key=\"print\"]), \
         input[type=search]"
    );
    assert_eq!(config["probe"], "data/catalog.json");
    assert!(config["notice"]["blocked"]
        .as_str()
        .unwrap()
        .contains("Bạn vẫn đọc được trang này"));
    let preview = shell.page(&page("Xem trước", "Tóm tắt"), None, None, true);
    let loader = inline_scripts(&preview)
        .into_iter()
        .find(|s| s.contains("TrunkApplicationStarted"))
        .unwrap();
    assert_eq!(config_of(loader.trim())["previewPage"], true);
}

#[test]
fn absolute_addresses_join_the_site_url_once() {
    assert_eq!(
        absolute("https://a.vn/ban-tin/", "/so/x"),
        "https://a.vn/ban-tin/so/x"
    );
    assert_eq!(
        absolute("https://a.vn", "images/a.svg"),
        "https://a.vn/images/a.svg"
    );
    assert_eq!(absolute("https://a.vn/", "/"), "https://a.vn/");
}

#[test]
fn long_descriptions_are_cut_at_a_word() {
    let long = "Một hai ba bốn năm. ".repeat(20);
    let short = shorten(&long, 40);
    assert!(short.chars().count() <= 41, "{short}");
    assert!(short.ends_with('…'));
    assert!(!short.contains("  "));
    assert_eq!(shorten("Ngắn gọn.", 40), "Ngắn gọn.");
}

#[test]
fn share_previews_get_a_raster_picture() {
    let image = |src: &str| Image {
        src: serde_json::from_value(serde_json::json!(src)).unwrap(),
        width: 600,
        height: 800,
        alt: serde_json::from_value(serde_json::json!("Bìa")).unwrap(),
        caption: None,
        credit: None,
        srcset: Vec::new(),
    };
    let jpeg_beside = |path: &str| (path == "images/bia/a.jpg").then_some((1200, 1600));
    assert_eq!(
        share_picture(&image("images/bia/a.svg"), jpeg_beside),
        Some(SharePicture {
            src: "images/bia/a.jpg".to_owned(),
            width: 1200,
            height: 1600
        })
    );
    assert_eq!(share_picture(&image("images/bia/b.svg"), jpeg_beside), None);
    let png = share_picture(&image("images/bia/c.png"), |_| None).unwrap();
    assert_eq!((png.src.as_str(), png.width), ("images/bia/c.png", 600));
    let mut page = page("Bài", "Tóm tắt");
    page.image = Some(image("images/bia/a.svg"));
    let picture = share_picture(page.image.as_ref().unwrap(), jpeg_beside);
    let tags = head_tags(&page, picture.as_ref(), "https://a.vn");
    assert!(
        tags.contains(r#"<meta property="og:image" content="https://a.vn/images/bia/a.jpg" />"#)
    );
    assert!(tags.contains(r#"<meta property="og:image:width" content="1200" />"#));
    assert!(head_tags(&page, None, "https://a.vn").contains(r#"content="summary" />"#));
}

#[test]
fn articles_carry_their_section_and_news_article_data_that_content_cannot_break() {
    let mut article = page("</script><script>alert(1)</script><!--", "Tóm tắt");
    article.published = Some("2024-10-11T14:31".to_owned());
    article.article = Some(ArticleFacts {
        section: Some("Xây dựng Đảng".to_owned()),
        category: "xay-dung-dang".to_owned(),
        author: "Ban Biên tập".to_owned(),
        publisher: "Quận ủy Lê Chân".to_owned(),
        published: "2024-10-11T14:31:00+07:00".to_owned(),
    });
    let tags = head_tags(&article, None, "https://a.vn");
    assert!(tags.contains(r#"<meta property="og:type" content="article" />"#));
    assert!(tags.contains(r#"<meta property="article:section" content="Xây dựng Đảng" />"#));
    let start = tags.find(r#"<script type="application/ld+json">"#).unwrap();
    let body = &tags[start + r#"<script type="application/ld+json">"#.len()..];
    // The element ends where it should, and nowhere earlier.
    assert_eq!(tags.matches("</script>").count(), 1, "{tags}");
    assert!(!body.contains("<!--"));
    let json = &body[..body.find("</script>").unwrap()];
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["headline"], "</script><script>alert(1)</script><!--");
    assert_eq!(data["datePublished"], "2024-10-11T14:31:00+07:00");
    assert_eq!(data["articleSection"], "Xây dựng Đảng");
    assert_eq!(data["mainEntityOfPage"], "https://a.vn/so/so-11-2024");
    // A plain page has neither.
    assert!(!head_tags(&page("Số 11", "Tóm tắt"), None, "https://a.vn").contains("ld+json"));
}

#[test]
fn the_scripts_are_javascript_that_node_accepts() {
    // Each file is one arrow function: `node --check` parses it as a module.
    let Ok(status) = std::process::Command::new("node").arg("--version").output() else {
        return; // No Node on this machine: the end-to-end tests run them anyway.
    };
    assert!(status.status.success());
    for (name, file) in [
        ("text-size", scripts::js::TEXT_SIZE),
        ("page", scripts::js::PAGE),
        ("loader", scripts::js::LOADER),
    ] {
        let path = std::env::temp_dir().join(format!("ban-tin-{name}-{}.mjs", std::process::id()));
        std::fs::write(&path, format!("export default {file}")).unwrap();
        let out = std::process::Command::new("node")
            .arg("--check")
            .arg(&path)
            .output()
            .unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(
            out.status.success(),
            "{name}.js: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_preview_is_built_as_the_readers_bundle_is() {
    // Both HTML files Trunk builds name the bundle and wasm-opt's settings: the same.
    let root = env!("CARGO_MANIFEST_DIR");
    let rust_link = |file: &str| {
        let html = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        let start = html.find("rel=\"rust\"").unwrap();
        let end = html[start..].find("/>").unwrap() + start;
        html[start..end].to_owned()
    };
    let attribute = |link: &str, name: &str| {
        let start = link
            .find(&format!("{name}=\""))
            .map(|i| i + name.len() + 2)?;
        Some(link[start..start + link[start..].find('"')?].to_owned())
    };
    let (reader, preview) = (rust_link("index.html"), rust_link("xem-truoc.html"));
    for name in ["data-bin", "data-wasm-opt", "data-wasm-opt-params"] {
        assert_eq!(
            attribute(&reader, name),
            attribute(&preview, name),
            "{name}"
        );
    }
    let folder = crate::model::routes::segment::PREVIEW;
    assert_eq!(
        attribute(&preview, "data-target-path").as_deref(),
        Some(folder)
    );
    assert_eq!(
        attribute(&preview, "data-cargo-features").as_deref(),
        Some("preview")
    );
    assert_eq!(attribute(&reader, "data-cargo-features"), None);
}
