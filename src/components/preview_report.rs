//! What the editor preview found in the files it shows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ProblemList;
use crate::model::check::FolderReport;
use crate::model::routes::Route;

/// The check's result (no problem, or every problem with its place) and the way into the
/// previewed pages: home, each issue newest first, the gallery.
#[component]
pub fn PreviewReport(
    /// The check of every file the app would show now.
    report: FolderReport,
) -> impl IntoView {
    let count = report.problems.len();
    let summary = if count == 0 {
        "Không có lỗi: mọi tệp và ảnh đều hợp lệ.".to_owned()
    } else {
        format!(
            "Có {count} lỗi. Phần hợp lệ vẫn hiển thị; mỗi bài viết hay tác phẩm có lỗi được \
             bỏ ra và nêu dưới đây."
        )
    };
    let pages = report.catalog.map(|catalog| {
        let issues = catalog
            .issues_newest_first()
            .into_iter()
            .map(|i| {
                let (href, title) = (Route::issue(&i.id).relative(), i.title.to_string());
                view! { <li><a href=href>{title}</a></li> }
            })
            .collect_view();
        let gallery = (!catalog.gallery.is_empty()).then(|| {
            view! { <li><a href=Route::gallery(None).relative()>"Trưng bày"</a></li> }
        });
        view! {
            <h2>"Xem các trang"</h2>
            <ul class="bt-preview__pages">
                <li><a href=Route::HOME.relative()>"Trang chủ"</a></li>
                {issues}
                {gallery}
            </ul>
        }
    });
    // Arriving from an issue page's link to one problem (`xem-truoc#loi-…`): show it and
    // put the keyboard there once the report is in the document (a frame after it renders).
    Effect::new(move |_| show_linked_problem(10));
    view! {
        <h2>"Kết quả kiểm tra"</h2>
        <p class=if count == 0 { "bt-preview__ok" } else { "bt-preview__bad" }>{summary}</p>
        {(count > 0).then(|| view! { <ProblemList problems=report.problems /> })}
        {pages}
    }
}

/// Scrolls to the problem the address's fragment names and focuses it, trying again on the
/// next `frames` animation frames until it is in the document.
fn show_linked_problem(frames: u32) {
    let Some(document) = crate::dom::window().and_then(|w| w.document()) else {
        return;
    };
    let hash = document
        .location()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| id.starts_with("loi-")) else {
        return;
    };
    match document.get_element_by_id(id) {
        Some(element) => {
            element.scroll_into_view();
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
        None if frames > 0 => request_animation_frame(move || show_linked_problem(frames - 1)),
        None => {}
    }
}
