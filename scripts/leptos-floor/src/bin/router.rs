//! Leptos with its router: two routes, a signal, a list of links.
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

#[component]
fn Home() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <h1>"Trang chủ"</h1>
            <button on:click=move |_| set_count.update(|n| *n += 1)>{move || count.get()}</button>
            <ul>
                {(0..3)
                    .map(|i| view! { <li><a href=format!("/so/{i}")>{i}</a></li> })
                    .collect_view()}
            </ul>
        </main>
    }
}

#[component]
fn Issue() -> impl IntoView {
    let params = use_params_map();
    view! { <main><h1>{move || params.read().get("id").unwrap_or_default()}</h1></main> }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Không tìm thấy">
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/so/:id") view=Issue />
                </Routes>
            </Router>
        }
    });
}
