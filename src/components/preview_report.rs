//! What the editor preview found in the files it shows.

use leptos::prelude::*;

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
    view! {
        <h2>"Kết quả kiểm tra"</h2>
        <p class=if count == 0 { "bt-preview__ok" } else { "bt-preview__bad" }>{summary}</p>
        {(count > 0).then(|| view! { <ProblemList problems=report.problems /> })}
        {pages}
    }
}
