//! An image with its caption and credit.

use leptos::prelude::*;

use crate::content;
use crate::model::Image;

/// A picture from content, with its true size reserved (no layout shift), its text
/// alternative, and caption and credit under it when the editor gave them.
#[component]
pub fn Figure(
    /// The image as the content describes it.
    image: Image,
    /// Load at once (the first picture on screen) instead of when scrolled near.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let srcset = content::srcset(&image);
    let Image {
        src,
        width,
        height,
        alt,
        caption,
        credit,
        ..
    } = image;
    let has_caption = caption.is_some() || credit.is_some();
    let failed = RwSignal::new(false);
    // Same box as the picture (no jump), and what it showed, in words.
    let failed_text = format!("Không tải được ảnh. {alt}");
    view! {
        <figure class="bt-figure">
            <Show
                when=move || !failed.get()
                fallback=move || {
                    view! {
                        <p class="bt-figure__failed" style:aspect-ratio=format!("{width} / {height}")>
                            {failed_text.clone()}
                        </p>
                    }
                }
            >
                <img
                    class="bt-figure__image"
                    src=content::image_url(&src)
                    srcset=srcset.clone()
                    sizes=srcset.as_ref().map(|_| "(min-width: 48rem) 42rem, 100vw")
                    width=width
                    height=height
                    alt=alt.to_string()
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                    on:error=move |_| failed.set(true)
                />
            </Show>
            {has_caption
                .then(|| {
                    view! {
                        <figcaption class="bt-figure__caption">
                            {caption.map(|c| view! { <span>{c.to_string()}</span> })}
                            {credit
                                .map(|c| {
                                    view! { <span class="bt-figure__credit">{c.to_string()}</span> }
                                })}
                        </figcaption>
                    }
                })}
        </figure>
    }
}
