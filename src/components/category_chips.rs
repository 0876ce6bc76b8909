//! Filter chips for categories.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::model::Category;

/// A "Tất cả" chip and one chip per category that has articles, each with its count. The
/// active chip carries `aria-current="true"`. Chips are links, so each filter has an address
/// and Back/Forward step through filter changes.
#[component]
pub fn CategoryChips(
    /// Categories in display order.
    categories: Vec<Category>,
    /// Articles per category id.
    counts: HashMap<String, usize>,
    /// Articles in all categories.
    total: usize,
    /// The active category, if any.
    active: Option<String>,
    /// The address that selects a category (`None`: all).
    href: Callback<Option<String>, String>,
) -> impl IntoView {
    let chip = |label: String, id: Option<String>, count: usize| {
        let current = active == id;
        let link = href.run(id);
        view! {
            <li>
                <a class="bt-chip" href=link aria-current=current.then_some("true")>
                    {label}
                    " "
                    <span class="bt-chip__count">{format!("({count})")}</span>
                </a>
            </li>
        }
    };
    let mut items = vec![chip("Tất cả".to_owned(), None, total)];
    for category in &categories {
        let count = counts.get(category.id.as_str()).copied().unwrap_or(0);
        if count > 0 || active.as_deref() == Some(category.id.as_str()) {
            items.push(chip(
                category.name.to_string(),
                Some(category.id.to_string()),
                count,
            ));
        }
    }
    view! {
        <nav class="bt-chips" aria-label="Lọc theo chuyên mục">
            <ul>{items}</ul>
        </nav>
    }
}
