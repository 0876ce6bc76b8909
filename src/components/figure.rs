//! An image with its caption and credit.

use crate::content;
use leptos::prelude::*;

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
    view! {
        <figure class="bt-figure">
            <img
                class="bt-figure__image"
                src=content::image_url(&src)
                srcset=srcset.clone()
                sizes=srcset.map(|_| "(min-width: 48rem) 42rem, 100vw")
                width=width
                height=height
                alt=alt.to_string()
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
            />
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
