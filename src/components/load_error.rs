//! A failed load, told to the reader and to the editor.

use leptos::prelude::*;

use super::DocumentTitle;
use crate::content::LoadError;
use crate::model::routes::Route;
use crate::model::ContentError;
use crate::readiness;

/// Says what failed in a reader's words ("Chưa tải được Bản tin … số 11"), offers "Thử lại"
/// and the way home, and keeps for the editors, behind "Chi tiết dành cho biên tập viên",
/// the file and each problem's place in it (field path, line and column, the line itself
/// with a marker).
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
    // The page's own heading when the failure is all the page has.
    let heading = error.heading();
    let heading = if page_title.is_some() {
        view! { <h1 class="bt-error__title">{heading}</h1> }.into_any()
    } else {
        view! { <h2 class="bt-error__title">{heading}</h2> }.into_any()
    };
    view! {
        {page_title.map(|text| view! { <DocumentTitle text /> })}
        <section class="bt-error" role="alert">
            {heading}
            <p>{error.to_string()}</p>
            <p class="bt-error__actions">
                <button class="bt-button" type="button" data-key="retry" on:click=move |_| on_retry.run(())>
                    "Thử lại"
                </button>
                <a class="bt-button bt-button--secondary" href=Route::HOME.relative()>
                    "Về trang chủ"
                </a>
            </p>
            // The file, and each problem's field, line and column, for the editors.
            <details class="bt-error__details">
                <summary>"Chi tiết dành cho biên tập viên"</summary>
                <p class="bt-error__detail">{format!("Tệp {}", error.file())}</p>
                {has_problems.then(|| view! { <ProblemList problems /> })}
            </details>
        </section>
    }
}

/// Content problems, each with the item it is in, its place and the offending line. The
/// first problem of each item (or of each file) carries the id that links point to
/// (`ContentError::anchor`).
#[component]
pub fn ProblemList(problems: Vec<ContentError>) -> impl IntoView {
    let mut anchored = std::collections::HashSet::new();
    let items = problems
        .into_iter()
        .map(|problem| {
            let anchor = problem.anchor();
            let id = anchored.insert(anchor.clone()).then_some(anchor);
            view! { <ProblemItem problem id /> }
        })
        .collect_view();
    view! { <ul class="bt-error__problems">{items}</ul> }
}

/// Some items of a file were left out because they have errors: says how many to the reader,
/// and lists the problems for the editor. In the editor's preview it also names each item
/// left out, with a link to its problems in the preview's report. Nothing when there are
/// none.
#[component]
pub fn PartialNotice(
    /// The problems of the items left out.
    problems: Vec<ContentError>,
    /// What the items are, e.g. "bài viết", "tác phẩm".
    what: &'static str,
    /// Whether this is the editor's preview.
    #[prop(optional, into)]
    previewing: Signal<bool>,
) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let count = problems.len();
        // Each item left out once, in the file's order, with the anchor of its first problem.
        let mut seen = std::collections::HashSet::new();
        let left_out: Vec<(String, String)> = problems
            .iter()
            .filter_map(|p| {
                let item = p.item.as_ref()?;
                let anchor = p.anchor();
                seen.insert(anchor.clone()).then(|| {
                    let name = item
                        .title
                        .as_ref()
                        .map_or_else(|| item.label.clone(), |t| format!("“{t}”"));
                    (name, anchor)
                })
            })
            .collect();
        let named = move || {
            (previewing.get() && !left_out.is_empty()).then(|| {
                let rows = left_out
                    .iter()
                    .map(|(name, anchor)| {
                        let href = Route::Preview.relative_to(anchor);
                        view! {
                            <li>
                                {name.clone()} " "
                                <a href=href>"Xem lỗi trong báo cáo"</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p>{format!("Chưa hiển thị {} {what} vì có lỗi nội dung:", left_out.len())}</p>
                    <ul class="bt-notice__items">{rows}</ul>
                }
            })
        };
        view! {
            <section class="bt-notice" role="status">
                <Show
                    when=move || previewing.get()
                    fallback=move || view! {
                        <p>
                            {format!(
                                "Một số {what} chưa hiển thị được vì có lỗi nội dung ({count} lỗi). \
                                 Phần còn lại vẫn đọc bình thường."
                            )}
                        </p>
                    }
                >
                    {named.clone()}
                </Show>
                <details>
                    <summary>"Chi tiết dành cho biên tập viên"</summary>
                    <ProblemList problems=problems.clone() />
                </details>
            </section>
        }
    })
}

/// One problem: which item, where, what, and the line with a marker under the column.
#[component]
fn ProblemItem(
    problem: ContentError,
    /// The element id links to this problem use, if it carries one.
    id: Option<String>,
) -> impl IntoView {
    let item = problem.item.as_ref().map(|item| {
        let mut label = item.label.clone();
        if let Some(first) = label.chars().next() {
            label.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        view! { <p class="bt-error__item">{label}</p> }
    });
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
    let focusable = id.as_ref().map(|_| "-1");
    view! {
        <li id=id tabindex=focusable>
            {item}
            <p class="bt-error__place">{place}</p>
            <p>{problem.message.clone()}</p>
            {excerpt}
        </li>
    }
}
