//! An issue's cover.

use leptos::prelude::*;

use crate::content;
use crate::model::Image;

/// The cover of an issue at its true size: first on screen (the special issue's hero, an
/// issue's masthead) it loads at once with high priority; in a list of issues it loads when
/// scrolled near and says nothing the card's title does not (`alt=""`).
#[component]
pub fn Cover(
    /// The cover as the catalog describes it.
    image: Image,
    /// Its class (`bt-hero__cover`, `bt-masthead__cover`, `bt-issue-card__cover`).
    class: &'static str,
    /// In a list of issues, under the title.
    #[prop(optional)]
    in_list: bool,
) -> impl IntoView {
    let alt = if in_list {
        String::new()
    } else {
        image.alt.to_string()
    };
    view! {
        <img
            class=class
            src=content::image_url(&image.src)
            width=image.width
            height=image.height
            alt=alt
            fetchpriority=(!in_list).then_some("high")
            loading=in_list.then_some("lazy")
            decoding=in_list.then_some("async")
        />
    }
}
