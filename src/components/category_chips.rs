//! Filter chips for categories.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::routes::Route;
use crate::model::Category;

/// A "Tất cả" chip and one chip per category that has articles, each with its count. The
/// active chip carries `aria-current="true"` (and may come first: `active_first`). Chips are links, so each filter has an address
/// and Back/Forward step through filter changes.
///
/// Counts, the active chip and the addresses may change while the chips stay in the page (the
/// home feed updates them on every keystroke of a search): chips are keyed by category and
/// only their changing parts are updated.
#[component]
pub fn CategoryChips(
    /// Categories in display order.
    categories: Vec<Category>,
    /// Articles per category id.
    #[prop(into)]
    counts: Signal<HashMap<String, usize>>,
    /// Articles in all categories.
    #[prop(into)]
    total: Signal<usize>,
    /// The active category, if any.
    #[prop(into)]
    active: Signal<Option<String>>,
    /// The address that selects a category (`None`: all); may read signals.
    href: Callback<Option<String>, Route>,
    /// The active chip right after "Tất cả" (a category's page, whose chip would otherwise
    /// lie beyond a phone's screen in the sideways row); the search page keeps the chips in
    /// place as its filter changes.
    #[prop(optional)]
    active_first: bool,
) -> impl IntoView {
    let categories = Arc::new(categories);
    let shown = {
        let categories = categories.clone();
        // `try_`: the search page redraws its results, chips included, when a search
        // changes; a chip list being dropped may still be asked once, and finds nothing.
        Memo::new(move |_| {
            let active = active.try_get().flatten();
            counts
                .try_with(|counts| {
                    let mut ids = vec![None];
                    ids.extend(
                        categories
                            .iter()
                            .filter(|c| {
                                counts.get(c.id.as_str()).is_some_and(|&n| n > 0)
                                    || active.as_deref() == Some(c.id.as_str())
                            })
                            .map(|c| Some(c.id.to_string())),
                    );
                    if let Some(at) = active_first
                        .then(|| ids.iter().position(|id| id.is_some() && *id == active))
                        .flatten()
                    {
                        let chip = ids.remove(at);
                        ids.insert(1, chip);
                    }
                    ids
                })
                .unwrap_or_default()
        })
    };
    let chip = move |id: Option<String>| {
        let label = match &id {
            None => "Tất cả".to_owned(),
            Some(id) => categories
                .iter()
                .find(|c| c.id.as_str() == id)
                .map(|c| c.name.to_string())
                .unwrap_or_default(),
        };
        let count = {
            let id = id.clone();
            move || {
                let n = match &id {
                    None => total.try_get().unwrap_or(0),
                    Some(id) => counts
                        .try_with(|c| c.get(id).copied().unwrap_or(0))
                        .unwrap_or(0),
                };
                format!("({n})")
            }
        };
        let current = {
            let id = id.clone();
            move || {
                active
                    .try_with(|a| *a == id)
                    .unwrap_or(false)
                    .then_some("true")
            }
        };
        view! {
            <li>
                <a class="bt-chip" href=move || href.try_run(id.clone()).unwrap_or(Route::HOME).relative() aria-current=current>
                    {label}
                    " "
                    <span class="bt-chip__count">{count}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="bt-chips" aria-label="Lọc theo chuyên mục">
            <ul>
                <For each=move || shown.try_get().unwrap_or_default() key=|id| id.clone() let(id)>
                    {chip(id)}
                </For>
            </ul>
        </nav>
    }
}
