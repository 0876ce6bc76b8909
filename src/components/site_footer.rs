//! The footer on every page.

use leptos::prelude::*;

/// Who publishes the bulletin.
#[component]
pub fn SiteFooter(
    /// The publisher's name, once the catalog arrives.
    #[prop(into)]
    publisher: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <footer class="bt-footer">
            <div class="bt-footer__inner">
                <p>{move || publisher.get().unwrap_or_default()}</p>
                <p>"Bản tin điện tử Đảng bộ quận Lê Chân, thành phố Hải Phòng."</p>
            </div>
        </footer>
    }
}
