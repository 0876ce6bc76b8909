//! `/xem-truoc`: the editor preview. An editor opens a content folder, single files (picker
//! or drag and drop) or pasted JSON; the bulletin then shows those files with the real pages
//! in this browser only, and this page lists every problem in them with the same rules as
//! the content checker. Reading and placing the files is `content::preview` (rules in
//! `model::preview`); the report is `PreviewReport`.

use leptos::prelude::*;

use crate::components::{
    file_list, titles, DocumentTitle, FilePicker, Loading, PasteBox, PreviewReport, ProblemList,
};
use crate::content::{preview, Store};
use crate::model::check::CATALOG_FILE;
use crate::model::ContentError;

/// The preview page.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let store = Store::use_store();
    let report = store.preview_report();
    let previewing = store.previewing();
    // Files that could not be placed in the site, with why.
    let refused = RwSignal::new(Vec::<ContentError>::new());
    // Set when the last paste could not be opened: its refusal then stands in place of the
    // report, which is about the files opened before and would read as the paste's.
    let paste_refused = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let busy = RwSignal::new(false);

    let open_files = move |files: Vec<web_sys::File>, folder: bool| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let catalog = report.await.catalog;
            let (opened, problems) = preview::read_files(files, folder, catalog).await;
            status.set(opened);
            refused.set(problems);
            paste_refused.set(false);
            busy.set(false);
        });
    };
    let on_paste = Callback::new(move |(text, target): (String, String)| {
        if text.trim().is_empty() {
            status.set("Ô dán đang trống: hãy dán nội dung một tệp JSON vào ô.".to_owned());
            return;
        }
        leptos::task::spawn_local(async move {
            let catalog = report.await.catalog;
            match preview::paste(text, target, catalog).await {
                Ok(path) => {
                    status.set(format!("Đã mở đoạn đã dán làm tệp {path}."));
                    refused.set(Vec::new());
                    paste_refused.set(false);
                }
                Err(problem) => {
                    status.set(String::new());
                    refused.set(vec![problem]);
                    paste_refused.set(true);
                }
            }
        });
    });
    let targets = Signal::derive(move || {
        let mut files = vec![CATALOG_FILE.to_owned()];
        if let Some(catalog) = report.get().and_then(|r| r.catalog) {
            files.extend(catalog.files().into_iter().map(str::to_owned));
        }
        files
    });
    let close = move |_| {
        preview::close();
        status.set("Đã thoát xem trước: trang hiện lại nội dung của trang web.".to_owned());
        refused.set(Vec::new());
        paste_refused.set(false);
    };

    view! {
        <DocumentTitle text=titles::PREVIEW />
        <section class="bt-preview" aria-labelledby="tieu-de-xem-truoc">
            <h1 id="tieu-de-xem-truoc" class="bt-page-title">"Xem trước nội dung"</h1>
            <p class="bt-lead">
                "Mở các tệp nội dung trên máy của bạn để xem bản tin đúng như bạn đọc sẽ thấy, trước khi xuất bản. Tệp không được gửi đi đâu: chúng chỉ nằm trong trình duyệt này."
            </p>
            <OpenFiles on_files=Callback::new(move |(files, folder)| open_files(files, folder)) />
            <PasteBox targets on_paste />
            <p class="bt-preview__status" role="status">
                {move || if busy.get() { "Đang đọc tệp…".to_owned() } else { status.get() }}
            </p>
            {move || {
                let refused = refused.get();
                (!refused.is_empty()).then(|| view! {
                    <div class="bt-error" role="alert">
                        <h2 class="bt-error__title">"Chưa mở được"</h2>
                        <ProblemList problems=refused />
                    </div>
                })
            }}
            <OpenedFiles opened=store.opened() />
            <Show when=move || !paste_refused.get()>
                <Transition fallback=|| view! { <Loading text="Đang kiểm tra nội dung…".to_owned() /> }>
                    {move || Suspend::new(async move {
                        let report = report.await;
                        view! { <PreviewReport report /> }
                    })}
                </Transition>
            </Show>
            <Show when=move || previewing.get()>
                <p>
                    <button class="bt-button bt-button--secondary" type="button" on:click=close>
                        "Thoát xem trước"
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// The ways to open files: a folder, single files, or dropped ones. `on_files` gets the
/// files and whether they are a whole folder.
#[component]
fn OpenFiles(on_files: Callback<(Vec<web_sys::File>, bool)>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
            on_files.run((file_list(&list), false));
        }
    };
    view! {
    <div class="bt-preview__open">
        <FilePicker
            id="mo-thu-muc"
            label="Mở thư mục nội dung"
            hint="Thư mục có data/catalog.json và images/ (ví dụ thư mục public)."
            folder=true
            on_files=Callback::new(move |files| on_files.run((files, true)))
        />
        <FilePicker
            id="mo-tep"
            label="Mở tệp"
            hint="Một hay nhiều tệp JSON hoặc ảnh; tệp mở lại sẽ thay bản trước."
            accept=".json,application/json,image/*"
            on_files=Callback::new(move |files| on_files.run((files, false)))
        />
    </div>
    <div
        class="bt-dropzone"
        class:bt-dropzone--active=move || dragging.get()
        on:dragover=move |e: web_sys::DragEvent| {
            e.prevent_default();
            dragging.set(true);
        }
        on:dragleave=move |_| dragging.set(false)
        on:drop=on_drop
    >
        <p>"Hoặc kéo thả tệp JSON và ảnh vào đây."</p>
    </div>
    }
}

/// The JSON files and pictures the preview shows in place of the site's.
#[component]
fn OpenedFiles(
    /// The site paths of the opened JSON files and pictures.
    opened: Signal<(Vec<String>, Vec<String>)>,
) -> impl IntoView {
    move || {
        let (json, images) = opened.get();
        (!json.is_empty() || !images.is_empty()).then(|| {
            let items = json
                .into_iter()
                .map(|f| view! { <li><code>{f}</code></li> })
                .collect_view();
            let images = (!images.is_empty()).then(|| format!("và {} ảnh.", images.len()));
            view! {
                <h2>"Đang xem trước"</h2>
                <ul class="bt-preview__files">{items}</ul>
                {images.map(|text| view! { <p>{text}</p> })}
            }
        })
    }
}
