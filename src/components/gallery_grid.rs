//! The grid of works on the gallery page.

use leptos::prelude::*;

use super::Picture;
use crate::model::routes::Route;
use crate::model::Work;

/// Thumbnails with title, caption, place and date readable on the page itself. Each
/// thumbnail is a link to the work's own address, which opens the lightbox; its id
/// (`tac-pham-<work-id>`) lets the lightbox hand focus back on close.
#[component]
pub fn GalleryGrid(
    /// The works, in display order.
    works: Vec<Work>,
    /// The collection filter in effect, kept in the links.
    collection: Option<String>,
    /// Called when a reader opens a work from the grid.
    #[prop(default = None)]
    on_open: Option<Callback<()>>,
) -> impl IntoView {
    let items = works
        .into_iter()
        .map(|work| {
            let href = Route::work(&work.id, collection.as_deref()).relative();
            let id = format!("tac-pham-{}", work.id);
            let meta = format!("{} · {}", work.place, work.date.short_vi());
            view! {
                <li class="bt-work">
                    <a class="bt-work__link" id=id href=href on:click=move |_| {
                        if let Some(on_open) = on_open {
                            on_open.run(());
                        }
                    }>
                        <Picture
                            image=work.image.clone()
                            block="bt-work"
                            sizes="(min-width: 72rem) 17rem, (min-width: 48rem) 33vw, 50vw"
                            decorative=true
                            failed_text="Không tải được ảnh"
                        />
                        <span class="bt-work__title">{work.title.to_string()}</span>
                    </a>
                    <p class="bt-work__caption">{work.caption.to_string()}</p>
                    <p class="bt-meta">{meta}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="bt-gallery">{items}</ul> }
}
