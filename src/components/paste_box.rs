//! The box where an editor pastes the text of a content file.

use leptos::prelude::*;

/// A folded-away box to paste JSON into, with the file it stands for ("Tự nhận ra": known
/// by its fields). Calls `on_paste` with the text and the chosen file (empty: recognise).
#[component]
pub fn PasteBox(
    /// The files the text may stand for (the catalog and every file it names).
    #[prop(into)]
    targets: Signal<Vec<String>>,
    /// Called with the pasted text and the chosen file.
    on_paste: Callback<(String, String)>,
) -> impl IntoView {
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let target = NodeRef::<leptos::html::Select>::new();
    let paste = move |_| {
        let text = pasted
            .get_untracked()
            .map(|t| t.value())
            .unwrap_or_default();
        let file = target
            .get_untracked()
            .map(|s| s.value())
            .unwrap_or_default();
        on_paste.run((text, file));
    };
    let options = move || {
        targets
            .get()
            .into_iter()
            .map(|f| view! { <option value=f.clone()>{f.clone()}</option> })
            .collect_view()
    };
    view! {
        <details class="bt-preview__paste">
            <summary>"Dán nội dung JSON"</summary>
            <label for="dan-json">"Nội dung tệp"</label>
            <textarea id="dan-json" rows="8" spellcheck="false" node_ref=pasted></textarea>
            <label for="dan-vao">"Đoạn dán là tệp"</label>
            <select id="dan-vao" node_ref=target>
                <option value="">"Tự nhận ra"</option>
                {options}
            </select>
            <button class="bt-button" type="button" on:click=paste>
                "Xem trước đoạn đã dán"
            </button>
        </details>
    }
}
