//! The gallery's works a search found, listed as works after its articles.

use leptos::prelude::*;

use super::gallery_strip::StripWork;
use crate::model::routes::Route;
use crate::model::Work;
use crate::search::Query;

/// The most works shown; past them, a link to the whole gallery.
const SHOWN: usize = 8;

/// The works found, each a thumbnail with its title and place (the searched words marked)
/// linking to the work in the gallery. Nothing when none was found.
#[component]
pub fn FoundWorks(
    /// The works found, best first.
    works: Vec<Work>,
    /// The search whose words to mark.
    query: Option<Query>,
) -> impl IntoView {
    (!works.is_empty()).then(|| {
        let count = works.len();
        let items = works
            .into_iter()
            .take(SHOWN)
            .map(|work| view! { <StripWork work query=query.clone() place=true /> })
            .collect_view();
        view! {
            <section class="bt-strip bt-found-works" aria-labelledby="tac-pham-tim-thay">
                <h2 id="tac-pham-tim-thay" class="bt-section__title">
                    {format!("Công trình tuyên truyền trực quan ({count})")}
                </h2>
                <ul class="bt-strip__works">{items}</ul>
                {(count > SHOWN).then(|| view! {
                    <p class="bt-more">
                        <a href=Route::gallery(None).relative()>"Xem cả phòng trưng bày"</a>
                    </p>
                })}
            </section>
        }
    })
}
