//! A failed load, told to the reader and to the editor.

use leptos::prelude::*;

use super::DocumentTitle;
use crate::content::LoadError;
use crate::model::ContentError;
use crate::readiness;

/// Says what failed, in Vietnamese, names the file and each problem's place in it (field
/// path, line and column, the line itself with a marker), and offers "Thử lại".
#[component]
pub fn LoadErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
    /// When the error is the whole page: the browser tab's title for it.
    #[prop(optional, into)]
    page_title: Option<String>,
) -> impl IntoView {
    readiness::count_failure();
    let problems = error.problems().to_vec();
    let has_problems = !problems.is_empty();
    view! {
        {page_title.map(|text| view! { <DocumentTitle text /> })}
        <section class="bt-error" role="alert">
            <h2 class="bt-error__title">"Chưa tải được nội dung"</h2>
            <p>{error.to_string()}</p>
            {has_problems
                .then(|| {
                    view! {
                        <p>"Chi tiết dành cho biên tập viên:"</p>
                        <ProblemList problems />
                    }
                })}
            <button class="bt-button" type="button" on:click=move |_| on_retry.run(())>
                "Thử lại"
            </button>
        </section>
    }
}

/// Content problems, each with its place and the offending line.
#[component]
pub fn ProblemList(problems: Vec<ContentError>) -> impl IntoView {
    let items = problems
        .into_iter()
        .map(|problem| view! { <ProblemItem problem /> })
        .collect_view();
    view! { <ul class="bt-error__problems">{items}</ul> }
}

/// Some items of a file were left out because they have errors: says how many to the reader,
/// and lists the problems for the editor. Nothing when there are none.
#[component]
pub fn PartialNotice(
    /// The problems of the items left out.
    problems: Vec<ContentError>,
    /// What the items are, e.g. "bài viết", "tác phẩm".
    what: &'static str,
) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let count = problems.len();
        view! {
            <section class="bt-notice" role="status">
                <p>
                    {format!(
                        "Một số {what} chưa hiển thị được vì có lỗi nội dung ({count} lỗi). \
                         Phần còn lại vẫn đọc bình thường."
                    )}
                </p>
                <details>
                    <summary>"Chi tiết dành cho biên tập viên"</summary>
                    <ProblemList problems />
                </details>
            </section>
        }
    })
}

/// One problem: where, what, and the line with a marker under the column.
#[component]
fn ProblemItem(problem: ContentError) -> impl IntoView {
    let mut place = problem.file.clone();
    if let Some(at) = problem.place_vi() {
        place.push_str(", ");
        place.push_str(&at);
    }
    if !problem.path.is_empty() {
        place.push_str(", trường ");
        place.push_str(&problem.path);
    }
    let excerpt = problem.source_line.clone().map(|line| {
        let column = problem.position.map_or(1, |(_, c)| c);
        let marker = format!("{}^", " ".repeat(column.saturating_sub(1)));
        // A long line scrolls sideways (wrapping would move the marker off its column), so
        // the block takes keyboard focus to be scrolled.
        view! {
            <pre class="bt-error__source" tabindex="0" role="group" aria-label="Dòng có lỗi; dấu ^ chỉ chỗ sai">
                <code>{line} "\n" {marker}</code>
            </pre>
        }
    });
    view! {
        <li>
            <p class="bt-error__place">{place}</p>
            <p>{problem.message.clone()}</p>
            {excerpt}
        </li>
    }
}
