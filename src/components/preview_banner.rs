//! The mark on every page while the editor preview is on.

use leptos::prelude::*;

use crate::content::preview;
use crate::model::routes::Route;

/// Says, on every page, that this browser shows an editor's own files, with the way back to
/// the preview page and out of the preview.
#[component]
pub fn PreviewBanner(
    /// Whether the preview is on.
    #[prop(into)]
    active: Signal<bool>,
) -> impl IntoView {
    view! {
        <Show when=move || active.get()>
            <aside class="bt-preview-banner" aria-label="Chế độ xem trước">
                <p>
                    <strong>"Bản xem trước."</strong>
                    " Trang đang hiện nội dung mở từ máy của bạn; bạn đọc chưa thấy nội dung này."
                </p>
                <p class="bt-preview-banner__actions">
                    <a href=Route::Preview.relative()>"Tệp và lỗi"</a>
                    <button type="button" class="bt-link-button" on:click=move |_| preview::close()>
                        "Thoát xem trước"
                    </button>
                </p>
            </aside>
        </Show>
    }
}
