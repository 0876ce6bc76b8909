//! A strip of the gallery's works on the special issue's page, leading into the gallery.

use leptos::prelude::*;

use super::{HighlightedText, Picture};
use crate::model::routes::Route;
use crate::model::Work;
use crate::search::Query;

/// How many works the strip shows.
pub const STRIP_WORKS: usize = 4;

/// The first works of the gallery's first collection, each a thumbnail linking to the work,
/// and a link to the whole gallery. Nothing without works.
#[component]
pub fn GalleryStrip(
    /// The collection's title.
    title: String,
    /// Its works, in display order (the strip shows the first [`STRIP_WORKS`]).
    works: Vec<Work>,
) -> impl IntoView {
    (!works.is_empty()).then(|| {
        let total = works.len();
        let items = works
            .into_iter()
            .take(STRIP_WORKS)
            .map(|work| view! { <StripWork work query=None /> })
            .collect_view();
        view! {
            <section class="bt-strip" aria-labelledby="trung-bay-so-dac-biet">
                <h2 id="trung-bay-so-dac-biet" class="bt-section__title">{title}</h2>
                <ul class="bt-strip__works">{items}</ul>
                <p class="bt-more">
                    <a href=Route::gallery(None).relative()>{format!("Xem cả {total} tác phẩm trưng bày")}</a>
                </p>
            </section>
        }
    })
}

/// One work of a strip: its thumbnail and title (and, with `place`, where it stands) linking
/// to it in the gallery, the words of `query` marked (the search's works, `FoundWorks`).
#[component]
pub fn StripWork(
    work: Work,
    /// The search whose words to mark (`None` shows the text as it is).
    query: Option<Query>,
    /// Whether to show where the work stands.
    #[prop(default = false)]
    place: bool,
) -> impl IntoView {
    let place = place.then(|| {
        view! {
            <span class="bt-strip__place">
                <HighlightedText text=work.place.to_string() query=query.clone() />
            </span>
        }
    });
    view! {
        <li>
            <a class="bt-strip__link" href=Route::work(&work.id, None).relative()>
                <Picture
                    image=work.image.clone()
                    block="bt-strip"
                    sizes="(min-width: 48rem) 10rem, 25vw"
                    decorative=true
                    failed_text="Không tải được ảnh"
                />
                <span class="bt-strip__title">
                    <HighlightedText text=work.title.to_string() query />
                </span>
                {place}
            </a>
        </li>
    }
}
