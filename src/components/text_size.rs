//! "Cỡ chữ": the reader's text size, A− and A+, kept on this device.

use leptos::prelude::*;

/// Where this device keeps the chosen size (`localStorage`): a step of [`STEPS`].
pub const TEXT_SIZE_KEY: &str = "ban-tin-le-chan:co-chu";
/// The attribute on `<html>` that `style/base.css` scales the text by: `data-co-chu="2"`.
pub const TEXT_SIZE_ATTRIBUTE: &str = "data-co-chu";
/// The sizes, in per cent of the browser's own (step 0); `base.css` has one rule for each.
pub const STEPS: [u32; 5] = [100, 125, 150, 175, 200];

/// The keys (`data-key`, `handover::KEY`) of the control's parts, which the written page's
/// script (`publish::shell::scripts::page_script`) sets to this device's size before the first
/// paint, and the hand-over matches a pressed button by.
pub const SMALLER_KEY: &str = "text-smaller";
pub const LARGER_KEY: &str = "text-larger";
pub const VALUE_KEY: &str = "text-size";
/// The event the written page's script sends the window when the reader changed the size
/// there (`publish/shell/js/page.js`, which answers these buttons before any app): an app already
/// drawing its copy beside the written page shows the new size.
pub const CHANGED_EVENT: &str = "ban-tin:co-chu";

/// What the control says of `step`: "Cỡ chữ 150%".
pub fn value_text(step: usize) -> String {
    format!("Cỡ chữ {}%", STEPS.get(step).copied().unwrap_or(STEPS[0]))
}

/// The step the page shows now: the attribute a written page's script set from this
/// device's choice (`publish::shell::scripts::text_size_script`), or the default.
fn current() -> usize {
    crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute(TEXT_SIZE_ATTRIBUTE))
        .and_then(|step| step.parse::<usize>().ok())
        .filter(|&step| step < STEPS.len())
        .unwrap_or(0)
}

/// Shows `step` and keeps it on this device (a browser that refuses storage still shows it).
fn choose(step: usize) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute(TEXT_SIZE_ATTRIBUTE, &step.to_string());
    }
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = if step == 0 {
            storage.remove_item(TEXT_SIZE_KEY)
        } else {
            storage.set_item(TEXT_SIZE_KEY, &step.to_string())
        };
    }
}

/// Two buttons that make the text smaller or larger, and the size in words for screen
/// readers.
#[component]
pub fn TextSize() -> impl IntoView {
    let step = RwSignal::new(current());
    // Only in a browser: the page writer has no window to listen to.
    if crate::dom::window().is_some() {
        let changed = window_event_listener_untyped(CHANGED_EVENT, move |_| step.set(current()));
        on_cleanup(move || changed.remove());
    }
    let change = move |by: isize| {
        let next = step
            .get_untracked()
            .saturating_add_signed(by)
            .min(STEPS.len() - 1);
        step.set(next);
        choose(next);
    };
    view! {
        <div class="bt-text-size" role="group" aria-label="Cỡ chữ">
            <button
                type="button"
                class="bt-text-size__button"
                data-key=SMALLER_KEY
                disabled=move || step.get() == 0
                on:click=move |_| change(-1)
            >
                "A−"
                <span class="bt-visually-hidden">" Chữ nhỏ hơn"</span>
            </button>
            <button
                type="button"
                class="bt-text-size__button"
                data-key=LARGER_KEY
                disabled=move || step.get() == STEPS.len() - 1
                on:click=move |_| change(1)
            >
                "A+"
                <span class="bt-visually-hidden">" Chữ lớn hơn"</span>
            </button>
            <span class="bt-text-size__value" data-key=VALUE_KEY role="status">
                {move || value_text(step.get())}
            </span>
        </div>
    }
}
