//! The one shape every page has around its content: the loading status while it loads, the
//! page once it has, "not found" when the content has no such thing, and the error with
//! "Thử lại" when the load failed.

use leptos::prelude::*;

use crate::components::{LoadErrorPanel, Loading};
use crate::content::LoadError;
use crate::pages::NotFoundPage;
use crate::readiness;

/// Shows what `resource` loaded through `view`, which returns `None` when the address names
/// nothing in it (the "not found" page shows then). Signals `view` reads draw it again when
/// they change.
#[component]
pub fn Loaded<T, V, F>(
    /// The load, from the content store.
    resource: LocalResource<Result<T, LoadError>>,
    /// Draws the loaded content; `None`: not found.
    view: F,
    /// When a failure is the whole page: the browser tab's title for it.
    #[prop(optional, into)]
    error_title: Option<String>,
    /// What the loading status says, when more than "Đang tải nội dung…" (a progress count).
    #[prop(optional, into)]
    loading: Option<Signal<String>>,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> Option<V> + Clone + Send + Sync + 'static,
{
    // The hand-over waits for it (`readiness`).
    readiness::track_load(move || resource.try_with(Option::is_none).unwrap_or(false));
    let retry = Callback::new(move |()| resource.refetch());
    let fallback = move || match loading {
        Some(text) => view! { <Loading text /> }.into_any(),
        None => view! { <Loading /> }.into_any(),
    };
    view! {
        <Transition fallback>
            {move || {
                let view = view.clone();
                let error_title = error_title.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(loaded) => match view(loaded) {
                            Some(page) => page.into_any(),
                            None => view! { <NotFoundPage /> }.into_any(),
                        },
                        Err(error) => match error_title {
                            Some(page_title) => view! { <LoadErrorPanel error on_retry=retry page_title /> }.into_any(),
                            None => view! { <LoadErrorPanel error on_retry=retry /> }.into_any(),
                        },
                    }
                })
            }}
        </Transition>
    }
}
