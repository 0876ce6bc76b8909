//! An image with its caption and credit.

use leptos::prelude::*;

use super::Picture;
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
    let caption = image.caption.clone();
    let credit = image.credit.clone();
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure class="bt-figure">
            <Picture image block="bt-figure" sizes="(min-width: 48rem) 42rem, 100vw" eager />
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
