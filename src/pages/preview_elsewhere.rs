//! `/xem-truoc` in the readers' bundle, which has no editor preview: the preview is its own
//! page with its own wasm (`xem-truoc.html`), so reaching its address inside the readers'
//! app (Back, a link) loads that page from the host. The build writes it and it never
//! loads the readers' bundle; but offline, a service worker that never kept it answers with
//! the home page's file, which would start this bundle here again: then, no reload, and the
//! editor is told why.

use leptos::prelude::*;

use crate::app::current_site_path;
use crate::components::{titles, Loading};
use crate::dom;
use crate::model::routes::Route;
use crate::pages::not_found::MessagePage;

/// Loads the preview's own page in place of this one.
#[component]
pub fn PreviewPage() -> impl IntoView {
    if Route::parse(&current_site_path(&dom::loaded_at()), "") == Some(Route::Preview) {
        return view! {
            <MessagePage
                title=titles::PREVIEW
                heading="Chưa mở được trang xem trước"
                text="Trang xem trước cần mạng ở lần mở đầu tiên trên máy này. Hãy kết nối mạng rồi tải lại trang.".to_owned()
            />
        }
        .into_any();
    }
    if let Some(window) = dom::window() {
        let _ = window.location().reload();
    }
    view! { <Loading /> }.into_any()
}
