//! The written page's scripts, each a real `.js` file (`src/publish/shell/js/`) holding one arrow
//! function of its `config`, which the page writer fills from the constants the app uses,
//! so neither side spells a key, a class or a word the other relies on: the text size
//! read in the head, the page's own script at the end of the body, and the loader that
//! starts the app (`Bundles::loader`). Each is inlined and named by its hash in the
//! Content-Security-Policy.

use super::trunk::Bundle;
use crate::components::text_size::{STEPS, TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_KEY};
use crate::components::TODAY_CLASS;
use crate::handover::{ANSWERED_BY_PAGE, ANY_PATH, APP_FAILED, ASKED, KEY, STATIC_ROOT};
use crate::model::date::WEEKDAYS;

pub(super) mod js {
    pub const TEXT_SIZE: &str = include_str!("js/text-size.js");
    pub const PAGE: &str = include_str!("js/page.js");
    pub const LOADER: &str = include_str!("js/loader.js");
}

/// `file` (a script of [`js`]) called with `config`: `(config) => {…}` becomes
/// `((config) => {…})({…});`. `config` is ours, but a `<` is written `\u003c` all the same,
/// so nothing in it can close the element.
pub(super) fn call(file: &str, config: &serde_json::Value) -> String {
    let body: String = file
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let config = config.to_string().replace('<', "\\u003c");
    format!("({})({config});", body.trim())
}

/// The written page's own script, the body's last child ([`js::PAGE`]): the
/// masthead's date ([`TODAY_CLASS`]) by the reader's clock, in the words `Date::long_vi`
/// writes, the text size control at the size this device chose, as the app's `TextSize`
/// shows it, and the share sheet's button where the browser has one. A written page cannot
/// know these; the script runs as the page is parsed, before it is painted. It also answers
/// the controls that need no content (`handover::ANSWERED_BY_PAGE`) as their components do,
/// with the same words.
pub fn page_script() -> String {
    use crate::components::share_bar::{
        COPIED, COPY_KEY, NOT_COPIED, SHEET_FAILED, SHEET_KEY, STATUS_KEY, STATUS_SHOWN_CLASS,
    };
    use crate::components::text_size::{
        value_text, CHANGED_EVENT, LARGER_KEY, SMALLER_KEY, VALUE_KEY,
    };
    // JavaScript's getDay() counts from Sunday.
    let sunday_first: Vec<&str> = (0..7).map(|day| WEEKDAYS[(day + 6) % 7]).collect();
    let values: Vec<String> = (0..STEPS.len()).map(value_text).collect();
    let config = serde_json::json!({
        "weekdays": sunday_first,
        "todayClass": TODAY_CLASS,
        "key": KEY,
        "root": STATIC_ROOT,
        "textSize": {
            "attribute": TEXT_SIZE_ATTRIBUTE,
            "storage": TEXT_SIZE_KEY,
            "values": values,
            "smaller": SMALLER_KEY,
            "larger": LARGER_KEY,
            "value": VALUE_KEY,
            "changed": CHANGED_EVENT,
        },
        "share": {
            "copy": COPY_KEY,
            "sheet": SHEET_KEY,
            "status": STATUS_KEY,
            "shown": STATUS_SHOWN_CLASS,
            "copied": COPIED,
            "notCopied": NOT_COPIED,
            "sheetFailed": SHEET_FAILED,
        },
        "print": crate::pages::PRINT_KEY,
        "menu": {
            "key": crate::components::site_header::MENU_KEY,
            "attribute": crate::components::site_header::MENU_ATTRIBUTE,
            "changed": crate::components::site_header::MENU_CHANGED_EVENT,
        },
        "lightbox": {
            "class": crate::components::lightbox::CLASS,
            "keys": {
                "Escape": format!("[{KEY}=\"{}\"]", crate::components::lightbox::CLOSE_KEY),
                "ArrowLeft": "a[rel=prev]",
                "ArrowRight": "a[rel=next]",
            },
        },
    });
    call(js::PAGE, &config)
}

/// The head's script ([`js::TEXT_SIZE`]) that shows the text size this device chose
/// ([`TEXT_SIZE_KEY`] in `localStorage`, set by the article's "Cỡ chữ" buttons) before the
/// page is first painted, so the text does not grow under the reader's eyes.
pub fn text_size_script() -> String {
    let config = serde_json::json!({
        "key": TEXT_SIZE_KEY,
        "attribute": TEXT_SIZE_ATTRIBUTE,
        "steps": STEPS.len(),
        "scripted": crate::components::site_header::SCRIPTED_ATTRIBUTE,
    });
    call(js::TEXT_SIZE, &config)
}

/// What the loader starts the app for: a control only the app answers (every
/// `<button type="button">`, `handover`'s contract, but those the page's own script answers,
/// `handover::ANSWERED_BY_PAGE`), or the search box taking focus.
fn controls() -> String {
    let answered: Vec<String> = ANSWERED_BY_PAGE
        .iter()
        .map(|key| format!("[{KEY}=\"{key}\"]"))
        .collect();
    format!(
        "button[type=button]:not({}), input[type=search]",
        answered.join(", ")
    )
}

/// How long after a tap the loader waits for the app before telling the reader (ms). The
/// first tap is answered in about 3 s on slow 4G (BENCHMARKS.md, "The app on demand").
const PATIENCE_MS: u32 = 10_000;

/// The class of the loader's notice (`style/components.css`).
const NOTICE_CLASS: &str = "bt-app-notice";

/// What the reader is told when the app's code could not be loaded (blocked, offline).
const NOTICE_BLOCKED: &str = "Chưa làm được việc bạn vừa chọn: trang không tải được phần \
    điều khiển (mạng đang gián đoạn hoặc bị chặn). Bạn vẫn đọc được trang này và mở các liên \
    kết như thường.";

/// What the reader is told when the app's code is still on its way after [`PATIENCE_MS`].
const NOTICE_SLOW: &str = "Mạng đang chậm nên việc bạn vừa chọn chưa làm được ngay. Bạn vẫn \
    đọc được trang này và mở các liên kết như thường; bấm Thử lại để chờ thêm.";

/// What the reader is told when the app came but could not load this page's content.
const NOTICE_FAILED: &str = "Chưa làm được việc bạn vừa chọn: không tải được nội dung cần \
    cho việc đó (mạng đang gián đoạn). Bạn vẫn đọc được trang này và mở các liên kết như \
    thường.";

/// The readers' bundle and the editor preview's (`xem-truoc.html`, `--features preview`):
/// readers never download the preview's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundles {
    pub reader: Bundle,
    pub preview: Bundle,
}

impl Bundles {
    /// The inline loader of a page ([`js::LOADER`], which says when it starts the app):
    /// `/xem-truoc` always starts the preview's bundle; every other page starts the
    /// readers' one when the reader asks for it, or the preview's at once while this browser
    /// keeps files an editor opened (`handover::PREVIEW_KEY`), so the editor sees them
    /// on any page they open or reload. It announces the start as Trunk's own loader does.
    pub fn loader(&self, preview_page: bool) -> String {
        let bundle = |b: &Bundle| serde_json::json!({ "js": b.js, "wasm": b.wasm });
        let config = serde_json::json!({
            "previewPage": preview_page,
            "previewKey": crate::handover::PREVIEW_KEY,
            "reader": bundle(&self.reader),
            "preview": bundle(&self.preview),
            "root": STATIC_ROOT,
            "anyPath": ANY_PATH,
            "asked": ASKED,
            "controls": controls(),
            "probe": crate::model::check::CATALOG_FILE,
            "failed": APP_FAILED,
            "patience": PATIENCE_MS,
            "notice": {
                "class": NOTICE_CLASS,
                "blocked": NOTICE_BLOCKED,
                "slow": NOTICE_SLOW,
                "failed": NOTICE_FAILED,
                "retry": "Thử lại",
                "close": "Đóng",
            },
        });
        format!("\nawait {}\n", call(js::LOADER, &config))
    }
}
