//! A picture from content, and the box that takes its place when it does not load.

use leptos::prelude::*;

use crate::content;
use crate::model::Image;

/// A picture with its true size reserved (no layout shift), its text alternative and its
/// other sizes. When it fails to load, a box of the same shape says so in words.
#[component]
pub fn Picture(
    /// The picture as the content describes it.
    image: Image,
    /// The BEM block it belongs to: the picture is `<block>__image`, the failed box
    /// `<block>__failed`.
    block: &'static str,
    /// The `sizes` of a picture with other sizes.
    #[prop(optional)]
    sizes: Option<&'static str>,
    /// Load at once (the first picture on screen) instead of when scrolled near.
    #[prop(optional)]
    eager: bool,
    /// The text beside it says what it shows (a thumbnail under its title): `alt=""`.
    #[prop(optional)]
    decorative: bool,
    /// What the failed box says; by default "Không tải được ảnh." and the picture's alt.
    #[prop(optional, into)]
    failed_text: Option<String>,
    /// The failure is all there is on screen (the lightbox): it is announced, and the box
    /// keeps no picture's shape.
    #[prop(optional)]
    announce: bool,
    /// A CSS transform (the lightbox's zoom and pan); the picture is then not draggable.
    #[prop(optional, into)]
    transform: Option<Signal<String>>,
    /// Whether the picture is zoomed, as `data-zoomed` (the lightbox).
    #[prop(optional, into)]
    zoomed: Option<Signal<bool>>,
) -> impl IntoView {
    let srcset = content::srcset(&image);
    let sizes = srcset.as_ref().and(sizes);
    let Image {
        src,
        width,
        height,
        alt,
        ..
    } = image;
    let failed = RwSignal::new(false);
    let failed_text = failed_text.unwrap_or_else(|| format!("Không tải được ảnh. {alt}"));
    let shape = (!announce).then(|| format!("{width} / {height}"));
    let alt = if decorative {
        String::new()
    } else {
        alt.to_string()
    };
    view! {
        <Show
            when=move || !failed.get()
            fallback=move || {
                view! {
                    <span
                        class=format!("{block}__failed")
                        role=announce.then_some("alert")
                        style:aspect-ratio=shape.clone()
                    >
                        {failed_text.clone()}
                    </span>
                }
            }
        >
            <img
                class=format!("{block}__image")
                src=content::image_url(&src)
                srcset=srcset.clone()
                sizes=sizes
                width=width
                height=height
                alt=alt.clone()
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
                draggable=transform.map(|_| "false")
                data-zoomed=move || zoomed.map(|z| if z.get() { "true" } else { "false" })
                style:transform=move || transform.map(|t| t.get())
                on:error=move |_| failed.set(true)
            />
        </Show>
    }
}
