//! Sharing a page: the phone's own share sheet where the browser has one, copying the link,
//! Zalo and Facebook; and the page's address printed under the article on paper.

use leptos::prelude::*;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use wasm_bindgen::JsCast;

use super::PrintAddress;
use crate::model::routes::absolute;

/// What `encodeURIComponent` leaves as it is, so shared addresses stay readable.
const URL_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');
use wasm_bindgen_futures::JsFuture;

/// The keys (`handover::KEY`) of the copy and share-sheet buttons and of the status line,
/// which the written page's script answers and fills before any app (`publish/shell/js/page.js`).
pub const COPY_KEY: &str = "share-copy";
pub const SHEET_KEY: &str = "share-sheet";
pub const STATUS_KEY: &str = "share-status";
/// The status line's class while it says something.
pub const STATUS_SHOWN_CLASS: &str = "bt-share__status--shown";
/// What the status line says after a copy, or before the address when it failed, and when
/// the share sheet could not open.
pub const COPIED: &str = "Đã sao chép liên kết.";
pub const NOT_COPIED: &str = "Không sao chép được. Liên kết: ";
pub const SHEET_FAILED: &str = "Không mở được bảng chia sẻ của máy. Hãy sao chép liên kết.";

/// The share buttons for the page at `path` (a site path such as `/so/x/y`). The address is
/// the page's public one (`app::site_url`), so the page as written already shares it, and
/// Zalo and Facebook get it before any app runs.
#[component]
pub fn ShareBar(
    /// What is shared, for the share sheet's title.
    #[prop(into)]
    title: Signal<String>,
    /// The site path of what is shared.
    #[prop(into)]
    path: Signal<String>,
) -> impl IntoView {
    let url = Memo::new(move |_| absolute(&crate::app::site_url(), &path.get()));
    let can_share = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    // Only a browser knows whether it has a share sheet; a new address clears the status.
    Effect::new(move |_| {
        url.track();
        status.set(String::new());
        if let Some(window) = crate::dom::window() {
            let navigator = window.navigator();
            can_share.set(js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false));
        }
    });
    let encoded = move || utf8_percent_encode(&url.get(), URL_COMPONENT).to_string();
    let share = move |_| share_sheet(&title.get_untracked(), &url.get_untracked(), status);
    let copy = move |_| copy_link(url.get_untracked(), status);
    // A network's own share page, in a new tab, with the encoded address.
    let network = move |name: &'static str, address: fn(&str) -> String| {
        view! {
            <li>
                <a
                    class="bt-share__button"
                    href=move || address(&encoded())
                    target="_blank"
                    rel="noopener noreferrer"
                >
                    {name}
                    <span class="bt-visually-hidden">" (mở trang mới)"</span>
                </a>
            </li>
        }
    };
    view! {
        // The address and title, for the written page's script (page.js) to share.
        <section class="bt-share" aria-label="Chia sẻ" data-url=url data-title=title>
            <ul class="bt-share__list">
                <li>
                    <button class="bt-share__button" type="button" data-key=COPY_KEY on:click=copy>
                        // One inline run: as separate flex items the space before
                        // "liên kết" was dropped ("Sao chépliên kết").
                        <span>"Sao chép" <span class="bt-share__more">" liên kết"</span></span>
                    </button>
                </li>
                {network("Zalo", |url| format!("https://sp.zalo.me/share_to_zalo?url={url}"))}
                {network("Facebook", |url| format!("https://www.facebook.com/sharer/sharer.php?u={url}"))}
                // Shown where the browser has a share sheet, which the page as written
                // cannot know: its script shows it before the first paint (page.js).
                <li hidden=move || !can_share.get()>
                    <button class="bt-share__button" type="button" data-key=SHEET_KEY on:click=share>
                        "Chia sẻ…"
                    </button>
                </li>
            </ul>
            <p
                class="bt-share__status"
                class=(STATUS_SHOWN_CLASS, move || status.with(|s| !s.is_empty()))
                data-key=STATUS_KEY
                role="status"
            >
                {move || status.get()}
            </p>
        </section>
        <div class="bt-print-only">
            <PrintAddress path label="Địa chỉ:" paper_only=true />
        </div>
    }
}

/// Opens the browser's share sheet with `title` and `url`; `status` says when it failed
/// (a reader who closes the sheet is not an error worth a message).
fn share_sheet(title: &str, url: &str, status: RwSignal<String>) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = JsFuture::from(promise).await {
            let name = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
                .unwrap_or_default();
            if name != "AbortError" {
                status.set(SHEET_FAILED.to_owned());
            }
        }
    });
}

/// Copies `link` to the clipboard; `status` says it was, or gives the link to copy by hand.
fn copy_link(link: String, status: RwSignal<String>) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => status.set(COPIED.to_owned()),
            Err(_) => status.set(format!("{NOT_COPIED}{link}")),
        }
    });
}
