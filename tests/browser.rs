//! Components in a real browser (`wasm-bindgen-test` in headless Chromium): each mounts,
//! renders its data as a reader would see it, and keeps content as inert text.
#![cfg(target_arch = "wasm32")]

use ban_tin_le_chan::components::{ArticleBody, Figure, IssueCard, LoadErrorPanel, Loading};
use ban_tin_le_chan::content::LoadError;
use ban_tin_le_chan::model::{parse_catalog, Block, ContentError, Image};
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CATALOG: &str = include_str!("../public/data/catalog.json");

/// A fresh element attached to the page, to mount one component into.
fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn article_body_renders_every_block_kind() {
    let blocks: Vec<Block> = serde_json::from_str(
        r#"[
        { "type": "paragraph", "text": "Sáng 11/10, Quận ủy Lê Chân tổ chức hội nghị." },
        { "type": "heading", "text": "Ba sự kiện" },
        { "type": "quote", "text": "Đoàn kết là sức mạnh.", "attribution": "Chủ tịch Hồ Chí Minh" },
        { "type": "list", "ordered": true, "items": ["Một", "Hai"] },
        { "type": "figure", "image": { "src": "images/a.svg", "width": 800, "height": 600,
          "alt": "Pano đỏ", "caption": "Pano trên phố", "credit": "Ảnh: Ban Biên tập" } }
    ]"#,
    )
    .unwrap();
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <ArticleBody blocks /> });
    assert_eq!(
        text(&root, "p"),
        "Sáng 11/10, Quận ủy Lê Chân tổ chức hội nghị."
    );
    assert_eq!(text(&root, "h2"), "Ba sự kiện");
    assert_eq!(text(&root, "blockquote"), "Đoàn kết là sức mạnh.");
    assert_eq!(
        text(&root, ".bt-quote figcaption"),
        "— Chủ tịch Hồ Chí Minh"
    );
    assert_eq!(count(&root, "ol > li"), 2);
    let img = root.query_selector("img").unwrap().unwrap();
    assert_eq!(img.get_attribute("alt").as_deref(), Some("Pano đỏ"));
    assert_eq!(img.get_attribute("width").as_deref(), Some("800"));
    assert_eq!(img.get_attribute("height").as_deref(), Some("600"));
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert!(text(&root, "figcaption.bt-figure__caption").contains("Ảnh: Ban Biên tập"));
}

#[wasm_bindgen_test]
async fn raster_figure_offers_its_sizes() {
    let image: Image = serde_json::from_str(
        r#"{ "src": "images/anh-960.jpg", "width": 960, "height": 640, "alt": "Hội nghị",
             "srcset": [ { "src": "images/anh-480.jpg", "width": 480 },
                         { "src": "images/anh-960.jpg", "width": 960 } ] }"#,
    )
    .unwrap();
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <Figure image /> });
    let img = root.query_selector("img").unwrap().unwrap();
    assert_eq!(
        img.get_attribute("srcset").as_deref(),
        Some("images/anh-480.jpg 480w, images/anh-960.jpg 960w")
    );
    assert!(img.get_attribute("sizes").is_some());
}

#[wasm_bindgen_test]
async fn vector_figure_has_no_srcset() {
    let image: Image =
        serde_json::from_str(r#"{ "src": "images/a.svg", "width": 10, "height": 10, "alt": "A" }"#)
            .unwrap();
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <Figure image /> });
    let img = root.query_selector("img").unwrap().unwrap();
    assert_eq!(img.get_attribute("srcset"), None);
    assert_eq!(img.get_attribute("sizes"), None);
}

#[wasm_bindgen_test]
async fn markup_in_content_stays_text() {
    let blocks: Vec<Block> = serde_json::from_str(
        r#"[{ "type": "paragraph", "text": "<script>window.__pwned = 1</script><img src=x onerror=alert(1)>" }]"#,
    )
    .unwrap();
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <ArticleBody blocks /> });
    assert_eq!(count(&root, "script"), 0);
    assert_eq!(count(&root, "img"), 0);
    assert!(text(&root, "p").starts_with("<script>"));
}

#[wasm_bindgen_test]
async fn figure_without_caption_has_no_empty_figcaption() {
    let image: Image = serde_json::from_str(
        r#"{ "src": "images/a.svg", "width": 10, "height": 10, "alt": "Ảnh" }"#,
    )
    .unwrap();
    let root = host();
    let _handle =
        leptos::mount::mount_to(root.clone(), move || view! { <Figure image eager=true /> });
    assert_eq!(count(&root, "figcaption"), 0);
    let img = root.query_selector("img").unwrap().unwrap();
    assert_eq!(img.get_attribute("loading").as_deref(), Some("eager"));
}

#[wasm_bindgen_test]
async fn special_issue_card_has_badge_and_link() {
    let catalog = parse_catalog("data/catalog.json", CATALOG).unwrap();
    let special = catalog.featured_special().unwrap().clone();
    let regular = catalog.issue("so-11-2024").unwrap().clone();
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Router>
                <IssueCard entry=special />
                <IssueCard entry=regular />
            </Router>
        }
    });
    assert_eq!(count(&root, ".bt-badge"), 1);
    assert_eq!(text(&root, ".bt-badge"), "Số đặc biệt");
    let link = root.query_selector("h3 a").unwrap().unwrap();
    // Relative to the page's <base>, so it works wherever the site is deployed.
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("so/so-dac-biet-10-2024")
    );
    assert_eq!(
        link.text_content().unwrap(),
        "Bản tin Đảng bộ quận số đặc biệt"
    );
    assert!(root.text_content().unwrap().contains("Số 11 · 15/11/2024"));
}

#[wasm_bindgen_test]
async fn loading_state_is_announced() {
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <Loading /> });
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), "Đang tải nội dung…");
}

#[wasm_bindgen_test]
async fn error_panel_names_file_place_and_retries() {
    let text_of_file = "{\n  \"articles\": [\n    { \"category\": \"van-nghe\" }\n  ]\n}";
    let problem = ContentError::at(
        "data/issues/so-11-2024.json",
        text_of_file,
        &ban_tin_le_chan::model::FieldPath::root()
            .key("articles")
            .index(0)
            .key("category"),
        "chuyên mục \"van-nghe\" không có trong catalog.json",
    );
    let error = LoadError::Content {
        file: "data/issues/so-11-2024.json".into(),
        problems: vec![problem],
    }
    .of_issue("Bản tin Đảng bộ quận số 11");
    let retries = RwSignal::new(0);
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <LoadErrorPanel error on_retry=Callback::new(move |()| retries.update(|n| *n += 1)) /> }
    });
    assert_eq!(count(&root, "[role=alert]"), 1);
    // The reader reads which issue, in its own title, and a way on; the places are for the
    // editors, behind a disclosure.
    assert_eq!(
        text(&root, ".bt-error__title"),
        "Chưa tải được Bản tin Đảng bộ quận số 11"
    );
    assert!(text(&root, "[role=alert] > p:not([class])")
        .contains("Số bản tin này có lỗi nội dung nên chưa hiển thị được."));
    assert_eq!(count(&root, "a[href='./']"), 1);
    assert_eq!(
        text(&root, "details.bt-error__details > summary"),
        "Chi tiết dành cho biên tập viên"
    );
    assert_eq!(count(&root, "details[open]"), 0);
    assert_eq!(
        text(&root, ".bt-error__place"),
        "data/issues/so-11-2024.json, dòng 3, cột 19, trường articles[0].category"
    );
    assert_eq!(
        text(&root, ".bt-error__source"),
        "    { \"category\": \"van-nghe\" }\n                  ^"
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Thử lại");
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn network_error_says_what_failed() {
    let error = LoadError::Status {
        file: "data/catalog.json".into(),
        status: 404,
    };
    let root = host();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <LoadErrorPanel error on_retry=Callback::new(|()| {}) /> }
    });
    let all = root.text_content().unwrap();
    // The reader is told what could not be shown in plain words; the file is for editors.
    assert!(all.contains(
        "Máy chủ chưa gửi được danh sách các số bản tin (mã lỗi 404). Vui lòng thử lại sau ít phút."
    ));
    assert_eq!(
        text(&root, ".bt-error__title"),
        "Chưa tải được danh sách các số bản tin"
    );
    assert_eq!(text(&root, ".bt-error__detail"), "Tệp data/catalog.json");
    assert_eq!(count(&root, ".bt-error__problems"), 0);
}
