//! A file input that looks like a button.

use leptos::prelude::*;

/// A labelled file input for one or more files (or a whole folder): the input stays
/// focusable for the keyboard and its button-like label shows the focus. Calls `on_files`
/// with what was chosen, and clears the choice so choosing the same files again (after
/// saving them) opens them again.
#[component]
pub fn FilePicker(
    /// The input's id (its label points at it).
    id: &'static str,
    /// What the button says.
    label: &'static str,
    /// One line under it: what to choose.
    hint: &'static str,
    /// The file types offered, as the `accept` attribute.
    #[prop(optional)]
    accept: Option<&'static str>,
    /// Choose a folder rather than files.
    #[prop(optional)]
    folder: bool,
    /// Called with the chosen files.
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    // `webkitdirectory` (a folder picker in every current browser) has no typed setter here.
    Effect::new(move |_| {
        if let Some(element) = input.get().filter(|_| folder) {
            let _ = element.set_attribute("webkitdirectory", "");
        }
    });
    let on_change = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        if let Some(list) = element.files() {
            on_files.run(file_list(&list));
        }
        element.set_value("");
    };
    view! {
        <div class="bt-preview__choice">
            <label class="bt-button" for=id>{label}</label>
            <input
                id=id
                class="bt-visually-hidden-input"
                type="file"
                accept=accept
                multiple=true
                node_ref=input
                on:change=on_change
            />
            <p class="bt-meta">{hint}</p>
        </div>
    }
}

/// The files of a browser's file list.
pub fn file_list(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
