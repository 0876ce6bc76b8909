//! The grid of works on the gallery page.

use leptos::prelude::*;

use crate::app::{relative, work_href};
use crate::content;
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
    on_open: Callback<()>,
) -> impl IntoView {
    let items = works
        .into_iter()
        .map(|work| {
            let href = relative(&work_href(&work.id, collection.as_deref()));
            let id = format!("tac-pham-{}", work.id);
            let failed = RwSignal::new(false);
            let (width, height) = (work.image.width, work.image.height);
            let src = content::image_url(&work.image.src);
            let srcset = content::srcset(&work.image);
            let meta = format!("{} · {}", work.place, work.date.short_vi());
            view! {
                <li class="bt-work">
                    <a class="bt-work__link" id=id href=href on:click=move |_| on_open.run(())>
                        <Show
                            when=move || !failed.get()
                            fallback=move || {
                                view! {
                                    <span
                                        class="bt-work__failed"
                                        style:aspect-ratio=format!("{width} / {height}")
                                    >
                                        "Không tải được ảnh"
                                    </span>
                                }
                            }
                        >
                            <img
                                class="bt-work__image"
                                src=src.clone()
                                srcset=srcset.clone()
                                sizes=srcset
                                    .as_ref()
                                    .map(|_| "(min-width: 72rem) 17rem, (min-width: 48rem) 33vw, 50vw")
                                width=width
                                height=height
                                alt=""
                                loading="lazy"
                                decoding="async"
                                on:error=move |_| failed.set(true)
                            />
                        </Show>
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
