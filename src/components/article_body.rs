//! The body of an article, block by block, as plain text nodes.

use leptos::prelude::*;

use super::Figure;
use crate::model::Block;

/// Renders an article's blocks. Every string becomes a text node: content never reaches the
/// page as HTML.
#[component]
pub fn ArticleBody(
    /// The blocks in reading order.
    blocks: Vec<Block>,
    /// One of many articles on a page (an issue's printed copy), under its own `h2`: its
    /// headings one level down, and its pictures loaded at once so that they print.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let blocks = blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{text.to_string()}</p> }.into_any(),
            Block::Heading { text } if nested => view! { <h3>{text.to_string()}</h3> }.into_any(),
            Block::Heading { text } => view! { <h2>{text.to_string()}</h2> }.into_any(),
            Block::Quote { text, attribution } => view! {
                <figure class="bt-quote">
                    <blockquote>
                        <p>{text.to_string()}</p>
                    </blockquote>
                    {attribution
                        .map(|a| view! { <figcaption>"— " {a.to_string()}</figcaption> })}
                </figure>
            }
            .into_any(),
            Block::List { ordered, items } => {
                let items = items
                    .into_iter()
                    .map(|item| view! { <li>{item.to_string()}</li> })
                    .collect_view();
                if ordered {
                    view! { <ol>{items}</ol> }.into_any()
                } else {
                    view! { <ul>{items}</ul> }.into_any()
                }
            }
            Block::Figure { image } => view! { <Figure image eager=nested /> }.into_any(),
        })
        .collect_view();
    view! { <div class="bt-prose">{blocks}</div> }
}
