//! Leptos alone: one component with a signal and a button, mounted to the body.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <h1>"Trang chủ"</h1>
            <button on:click=move |_| set_count.update(|n| *n += 1)>{move || count.get()}</button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
