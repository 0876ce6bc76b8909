//! The masthead on every page.

use leptos::prelude::*;

use super::{Emblem, SearchBox, SITE_NAME};
use crate::app::use_route;
use crate::model::routes::Route;
use crate::model::Publication;

/// The class of the masthead's date, which a written page's script fills with today. (A
/// `<span>`: an empty `<time>` in the written page would not be valid HTML.)
pub const TODAY_CLASS: &str = "bt-today";

/// The key (`handover::KEY`) of the phone's menu button, which the written page's script
/// answers before any app (`publish/shell/js/page.js`, `handover::ANSWERED_BY_PAGE`).
pub const MENU_KEY: &str = "menu";
/// The id of what the menu button opens: the date, the links, the search box and the
/// categories (always shown on wide screens).
pub const MENU_ID: &str = "bt-menu";
/// The attribute of `<html>` that says the phone's menu is open. The state lives outside
/// the page's own markup, so an app that takes the written page over finds the menu as the
/// reader left it (with the search box in it, which may be what started the app).
pub const MENU_ATTRIBUTE: &str = "data-menu-open";
/// The attribute of `<html>` the head script sets: scripts run, so the phone's menu is
/// behind its button (without scripts it is open and there is no button).
pub const SCRIPTED_ATTRIBUTE: &str = "data-js";
/// The event the written page's script and the app send the window when the menu opened or
/// closed, so an app drawing its copy beside the written page shows the same state.
pub const MENU_CHANGED_EVENT: &str = "ban-tin:menu";

/// Whether the phone's menu is open now.
fn menu_open() -> bool {
    crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.has_attribute(MENU_ATTRIBUTE))
}

/// Opens or closes the phone's menu, as the written page's script does.
fn set_menu_open(open: bool) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = if open {
            html.set_attribute(MENU_ATTRIBUTE, "")
        } else {
            html.remove_attribute(MENU_ATTRIBUTE)
        };
    }
    if let Ok(event) = web_sys::Event::new(MENU_CHANGED_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// `text` with a no-break space inside each of its two-syllable words that the masthead
/// shows ("Đảng bộ", "Lê Chân"), so a narrow screen breaks the name between words and never
/// inside one: the words of the bulletin's and its publisher's names ([`MASTHEAD_WORDS`]),
/// and a proper name (syllables that each start with a capital, after the first syllable).
pub fn keep_words(text: &str) -> String {
    let syllables: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, syllable) in syllables.iter().enumerate() {
        if i > 0 {
            let previous = syllables[i - 1];
            let pair = format!("{} {}", previous, syllable).to_lowercase();
            let word = MASTHEAD_WORDS
                .iter()
                .any(|w| pair.trim_end_matches([',', '.']) == *w);
            let name = i > 1 && capitalised(previous) && capitalised(syllable);
            out.push(if word || name { '\u{a0}' } else { ' ' });
        }
        out.push_str(syllable);
    }
    out
}

/// The publisher as the masthead shows it: its first part ("Quận ủy Lê Chân"), and the
/// rest (", thành phố Hải Phòng"), which the narrowest screens leave out.
fn publisher_parts(publisher: &str) -> impl IntoView {
    let publisher = keep_words(publisher);
    let (first, rest) = match publisher.find(',') {
        Some(at) => (publisher[..at].to_owned(), publisher[at..].to_owned()),
        None => (publisher, String::new()),
    };
    view! {
        {first}
        <span class="bt-header__publisher-rest">{rest}</span>
    }
}

/// The two-syllable words of a Party Committee's and its bulletin's names, in lower case.
pub const MASTHEAD_WORDS: [&str; 14] = [
    "bản tin",
    "điện tử",
    "đảng bộ",
    "đảng ủy",
    "quận ủy",
    "huyện ủy",
    "thành ủy",
    "tỉnh ủy",
    "thành phố",
    "nhân dân",
    "ủy ban",
    "thông tin",
    "tuyên truyền",
    "tuyên giáo",
];

/// Whether `syllable` starts with a capital letter.
fn capitalised(syllable: &str) -> bool {
    syllable.chars().next().is_some_and(char::is_uppercase)
}

/// The emblem, the publisher above the bulletin's name linking home, and on phones a menu
/// button; then today's date, the main navigation, the search box and the categories, which
/// phones show behind the menu button and wide screens in rows below the name.
#[component]
pub fn SiteHeader(
    /// The catalog's `publication`: who publishes the bulletin (the Party Committee), shown
    /// above its name. Until the catalog arrives the site's name shows (the same words, so
    /// the masthead does not change height and push the page down).
    #[prop(into)]
    publication: Signal<Option<Publication>>,
    /// The newest special issue's address, once known.
    #[prop(into)]
    special: Signal<Option<Route>>,
    /// Whether the catalog lists a gallery, to show its link.
    #[prop(into)]
    has_gallery: Signal<bool>,
    /// The catalog's categories (id, name), in its order, once known.
    #[prop(into)]
    categories: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let here = use_route();
    // The reader's today: the app knows it; a written page has it filled in by its own
    // small script (`publish::shell::scripts::page_script`), with the same words.
    let today = crate::dom::today();
    let open = RwSignal::new(menu_open());
    if crate::dom::window().is_some() {
        // The written page's script opened or closed it (the app drawing its copy), or this
        // app did.
        let handle = window_event_listener_untyped(MENU_CHANGED_EVENT, move |_| {
            open.set(menu_open());
        });
        on_cleanup(move || handle.remove());
        // Following a link closes the menu, as a new page would be.
        Effect::new(move |first: Option<()>| {
            here.track();
            if first.is_some() && open.get_untracked() {
                set_menu_open(false);
            }
        });
    }
    // The search page and the page for an unknown address show the search box on phones
    // with the menu closed: it holds what the reader searched for, or is their way on.
    let searching = move || {
        here.with(|here| matches!(here, Some(Route::Search { .. }) | None))
            .then_some("")
    };
    let button = NodeRef::<leptos::html::Button>::new();
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            set_menu_open(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="bt-header" data-search=searching on:keydown=on_keydown>
            <div class="bt-header__inner">
                <Brand publication />
                <button
                    class="bt-header__menu-button"
                    type="button"
                    data-key=MENU_KEY
                    aria-controls=MENU_ID
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    node_ref=button
                    on:click=move |_| set_menu_open(!open.get_untracked())
                >
                    <span class="bt-header__menu-icon" aria-hidden="true"></span>
                    <span class="bt-header__menu-label">"Mục lục"</span>
                </button>
                <div id=MENU_ID class="bt-header__panel">
                    <p class="bt-header__date">
                        <span class=TODAY_CLASS>{today.map(|d| d.long_vi())}</span>
                    </p>
                    <MainNav special has_gallery />
                    <SearchBox />
                    <CategoryNav categories />
                </div>
            </div>
        </header>
    }
}

/// `aria-current="page"` on a link to `link` where the reader is there (home only on home).
fn current(here: Memo<Option<Route>>, link: Route) -> impl Fn() -> Option<&'static str> {
    move || {
        here.with(|here| here.as_ref().is_some_and(|h| link.contains(h)))
            .then_some("page")
    }
}

/// The emblem, the publisher and the bulletin's name, leading home.
#[component]
fn Brand(publication: Signal<Option<Publication>>) -> impl IntoView {
    view! {
        <a href=Route::HOME.relative() class="bt-header__brand">
            <Emblem />
            <span class="bt-header__titles">
                <span class="bt-header__publisher">
                    {move || {
                        publication.with(|p| p.as_ref().map(|p| publisher_parts(&p.publisher)))
                    }}
                </span>
                <span class="bt-header__name">
                    {move || {
                        keep_words(
                            &publication
                                .with(|p| p.as_ref().map(|p| p.name.to_string()))
                                .unwrap_or_else(|| SITE_NAME.to_owned()),
                        )
                    }}
                </span>
            </span>
        </a>
    }
}

/// The main links: home, the archive, the newest special issue and the gallery (once the
/// catalog says there are such).
#[component]
fn MainNav(special: Signal<Option<Route>>, has_gallery: Signal<bool>) -> impl IntoView {
    let here = use_route();
    let current = move |link: Route| current(here, link);
    view! {
        <nav class="bt-header__nav" aria-label="Điều hướng chính">
            <ul>
                <li>
                    <a href=Route::HOME.relative() aria-current=current(Route::HOME)>
                        "Trang chủ"
                    </a>
                </li>
                <li>
                    <a href=Route::ARCHIVE.relative() aria-current=current(Route::ARCHIVE)>
                        "Lưu trữ"
                    </a>
                </li>
                {move || {
                    special
                        .get()
                        .map(|route| {
                            view! {
                                <li>
                                    <a href=route.relative() aria-current=current(route.clone())>
                                        "Số đặc biệt"
                                    </a>
                                </li>
                            }
                        })
                }}
                {move || {
                    has_gallery
                        .get()
                        .then(|| {
                            view! {
                                <li>
                                    <a
                                        href=Route::gallery(None).relative()
                                        aria-current=current(Route::gallery(None))
                                    >
                                        "Trưng bày"
                                    </a>
                                </li>
                            }
                        })
                }}
            </ul>
        </nav>
    }
}

/// The categories' links, in the catalog's order.
#[component]
fn CategoryNav(categories: Signal<Vec<(String, String)>>) -> impl IntoView {
    let here = use_route();
    let links = move || {
        categories
            .get()
            .into_iter()
            .map(|(id, name)| {
                let route = Route::category(&id);
                view! {
                    <li>
                        <a href=route.relative() aria-current=current(here, route.clone())>{name}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="bt-header__categories" aria-label="Chuyên mục">
            <ul>{links}</ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::keep_words;

    #[test]
    fn the_masthead_breaks_between_words_only() {
        assert_eq!(
            keep_words("Bản tin điện tử Đảng bộ quận Lê Chân"),
            "Bản\u{a0}tin điện\u{a0}tử Đảng\u{a0}bộ quận Lê\u{a0}Chân"
        );
        assert_eq!(
            keep_words("Quận ủy Lê Chân, thành phố Hải Phòng"),
            "Quận\u{a0}ủy Lê\u{a0}Chân, thành\u{a0}phố Hải\u{a0}Phòng"
        );
        assert_eq!(keep_words("Bản tin"), "Bản\u{a0}tin");
        assert_eq!(keep_words(""), "");
    }
}
