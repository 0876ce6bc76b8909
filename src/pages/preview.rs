//! `/xem-truoc`: the editor preview. An editor opens a content folder, single files (picker
//! or drag and drop) or pasted JSON; the bulletin then shows those files with the real pages
//! in this browser only, and this page lists every problem in them with the same rules as
//! the content checker.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::{gallery_href, issue_href, relative};
use crate::components::{DocumentTitle, ProblemList};
use crate::content::{self, preview};
use crate::model::check::{check_folder_report, FolderReport, ImageCheck, CATALOG_FILE};
use crate::model::preview::{place_json, site_path_in_folder};
use crate::model::site::titles;
use crate::model::{parse_catalog, Catalog, ContentError};

/// The preview page.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let generation = preview::generation();
    let report = LocalResource::new({
        let generation = generation.clone();
        move || {
            generation.track();
            check_preview()
        }
    });
    // Files that could not be placed in the site, with why.
    let refused = RwSignal::new(Vec::<ContentError>::new());
    let status = RwSignal::new(String::new());
    let busy = RwSignal::new(false);

    let open_files = move |files: Vec<web_sys::File>, folder: bool| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let catalog = report.await.catalog;
            let (opened, problems) = read_files(files, folder, catalog).await;
            status.set(opened);
            refused.set(problems);
            busy.set(false);
        });
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let folder_input = NodeRef::<leptos::html::Input>::new();
    let from_input = move |input: NodeRef<leptos::html::Input>, folder: bool| {
        if let Some(list) = input.get_untracked().and_then(|i| i.files()) {
            open_files(file_list(&list), folder);
        }
        if let Some(element) = input.get_untracked() {
            // Choosing the same files again must fire `change` again (re-open after saving).
            element.set_value("");
        }
    };
    // `webkitdirectory` (a folder picker in every current browser) has no typed setter here.
    Effect::new(move |_| {
        if let Some(input) = folder_input.get() {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    let dragging = RwSignal::new(false);
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
            open_files(file_list(&list), false);
        }
    };

    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let paste_target = NodeRef::<leptos::html::Select>::new();
    let on_paste = move |_| {
        let text = pasted
            .get_untracked()
            .map(|t| t.value())
            .unwrap_or_default();
        if text.trim().is_empty() {
            status.set("Ô dán đang trống: hãy dán nội dung một tệp JSON vào ô.".to_owned());
            return;
        }
        let target = paste_target
            .get_untracked()
            .map(|s| s.value())
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let catalog = report.await.catalog;
            let name = "(đoạn đã dán)";
            let place = if target.is_empty() {
                place_json(name, &text, catalog.as_ref())
            } else {
                Ok(target)
            };
            match place {
                Ok(path) => {
                    status.set(format!("Đã mở đoạn đã dán làm tệp {path}."));
                    refused.set(Vec::new());
                    preview::open(vec![(path, text)], Vec::new(), false).await;
                }
                Err(why) => refused.set(vec![ContentError::whole_file(name, why)]),
            }
        });
    };
    let targets = move || {
        let catalog = report.get().and_then(|r| r.catalog);
        let mut files = vec![CATALOG_FILE.to_owned()];
        if let Some(c) = catalog {
            files.extend(c.issues.iter().map(|i| i.file.to_string()));
            files.extend(c.gallery.iter().map(|g| g.file.to_string()));
        }
        files
            .into_iter()
            .map(|f| view! { <option value=f.clone()>{f.clone()}</option> })
            .collect_view()
    };

    let active = {
        let generation = generation.clone();
        move || {
            generation.track();
            preview::is_active()
        }
    };
    let opened = {
        let generation = generation.clone();
        move || {
            generation.track();
            let (json, images) = preview::opened();
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
    };
    let close = move |_| {
        preview::close();
        status.set("Đã thoát xem trước: trang hiện lại nội dung của trang web.".to_owned());
        refused.set(Vec::new());
    };

    view! {
        <DocumentTitle text=titles::PREVIEW />
        <section class="bt-preview" aria-labelledby="xem-truoc">
            <h1 id="xem-truoc" class="bt-page-title">"Xem trước nội dung"</h1>
            <p class="bt-lead">
                "Mở các tệp nội dung trên máy của bạn để xem bản tin đúng như bạn đọc sẽ thấy, trước khi xuất bản. Tệp không được gửi đi đâu: chúng chỉ nằm trong trình duyệt này."
            </p>
            <div class="bt-preview__open">
                <FilePicker
                    id="mo-thu-muc"
                    label="Mở thư mục nội dung"
                    hint="Thư mục có data/catalog.json và images/ (ví dụ thư mục public)."
                    input=folder_input
                    on_change=Callback::new(move |()| from_input(folder_input, true))
                />
                <FilePicker
                    id="mo-tep"
                    label="Mở tệp"
                    hint="Một hay nhiều tệp JSON hoặc ảnh; tệp mở lại sẽ thay bản trước."
                    accept=".json,application/json,image/*"
                    input=file_input
                    on_change=Callback::new(move |()| from_input(file_input, false))
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
            <details class="bt-preview__paste">
                <summary>"Dán nội dung JSON"</summary>
                <label for="dan-json">"Nội dung tệp"</label>
                <textarea id="dan-json" rows="8" spellcheck="false" node_ref=pasted></textarea>
                <label for="dan-vao">"Đoạn dán là tệp"</label>
                <select id="dan-vao" node_ref=paste_target>
                    <option value="">"Tự nhận ra"</option>
                    {targets}
                </select>
                <button class="bt-button" type="button" on:click=on_paste>
                    "Xem trước đoạn đã dán"
                </button>
            </details>
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
            {opened}
            <Transition fallback=|| view! { <p class="bt-loading" role="status">"Đang kiểm tra nội dung…"</p> }>
                {move || Suspend::new(async move {
                    let report = report.await;
                    view! { <ReportView report /> }
                })}
            </Transition>
            <Show when=active>
                <p>
                    <button class="bt-button bt-button--secondary" type="button" on:click=close>
                        "Thoát xem trước"
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// A file input that looks like a button: the input stays focusable for the keyboard and
/// its label shows the focus.
#[component]
fn FilePicker(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    #[prop(optional)] accept: Option<&'static str>,
    input: NodeRef<leptos::html::Input>,
    on_change: Callback<()>,
) -> impl IntoView {
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
                on:change=move |_| on_change.run(())
            />
            <p class="bt-meta">{hint}</p>
        </div>
    }
}

/// The check's result and the way into the previewed pages.
#[component]
fn ReportView(report: FolderReport) -> impl IntoView {
    let count = report.problems.len();
    let summary = if count == 0 {
        "Không có lỗi: mọi tệp và ảnh đều hợp lệ.".to_owned()
    } else {
        format!(
            "Có {count} lỗi. Phần hợp lệ vẫn hiển thị; mỗi bài viết hay tác phẩm có lỗi được \
             bỏ ra và nêu dưới đây."
        )
    };
    let pages = report.catalog.map(|catalog| {
        let issues = catalog
            .issues_newest_first()
            .into_iter()
            .map(|i| (issue_href(&i.id), i.title.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(href, title)| view! { <li><a href=relative(&href)>{title}</a></li> })
            .collect_view();
        let gallery = (!catalog.gallery.is_empty()).then(|| {
            view! { <li><a href=relative(&gallery_href(None))>"Trưng bày"</a></li> }
        });
        view! {
            <h2>"Xem các trang"</h2>
            <ul class="bt-preview__pages">
                <li><a href=relative("/")>"Trang chủ"</a></li>
                {issues}
                {gallery}
            </ul>
        }
    });
    view! {
        <h2>"Kết quả kiểm tra"</h2>
        <p class=if count == 0 { "bt-preview__ok" } else { "bt-preview__bad" }>{summary}</p>
        {(count > 0).then(|| view! { <ProblemList problems=report.problems /> })}
        {pages}
    }
}

fn file_list(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the chosen files into the preview. Returns what to tell the editor and the files
/// that could not be placed.
async fn read_files(
    files: Vec<web_sys::File>,
    folder: bool,
    catalog: Option<Catalog>,
) -> (String, Vec<ContentError>) {
    let mut json = Vec::new();
    let mut images = Vec::new();
    let mut refused = Vec::new();
    let mut ignored = 0;
    let mut catalog = catalog;
    let mut texts = Vec::new();
    let mut single_images = Vec::new();
    for file in files {
        let name = file.name();
        let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let is_json = name.to_lowercase().ends_with(".json");
        let is_image = file.type_().starts_with("image/");
        if folder {
            match site_path_in_folder(&relative) {
                Some(path) if is_json && path.starts_with("data/") => {
                    texts.push((name, Some(path), file));
                }
                Some(path) if is_image && path.starts_with("images/") => {
                    images.push((path, web_sys::Blob::from(file)));
                }
                _ => ignored += 1,
            }
        } else if is_json {
            texts.push((name, None, file));
        } else if is_image {
            single_images.push(file);
        } else {
            refused.push(ContentError::whole_file(
                &name,
                "chỉ mở được tệp JSON và tệp ảnh",
            ));
        }
    }
    // Read every JSON text.
    let mut read = Vec::new();
    for (name, path, file) in texts {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => read.push((name, path, text)),
            None => refused.push(ContentError::whole_file(&name, "không đọc được tệp")),
        }
    }
    if !folder {
        // Single files: a catalog among them places the others.
        if let Some((_, _, text)) = read
            .iter()
            .find(|(n, _, t)| n.ends_with("catalog.json") || t.contains("\"publication\""))
        {
            if let Ok(c) = parse_catalog(CATALOG_FILE, text) {
                catalog = Some(c);
            }
        }
    }
    for (name, path, text) in read {
        let path = match path {
            Some(path) => Ok(path),
            None => place_json(&name, &text, catalog.as_ref()),
        };
        match path {
            Ok(path) => json.push((path, text)),
            Err(why) => refused.push(ContentError::whole_file(&name, why)),
        }
    }
    // A picture opened alone goes where the content names a picture of the same file name.
    if !single_images.is_empty() {
        let named = pictures_named(&json).await;
        for file in single_images {
            let name = file.name();
            match named.get(name.as_str()) {
                Some(path) => images.push((path.clone(), web_sys::Blob::from(file))),
                None => refused.push(ContentError::whole_file(
                    &name,
                    "không có bài viết, số báo hay tác phẩm nào dùng ảnh mang tên này: hãy mở cả \
                     thư mục nội dung, hoặc kiểm tra đường dẫn \"src\" trong JSON",
                )),
            }
        }
    }
    let mut said = format!("Đã mở {} tệp JSON", json.len());
    if !images.is_empty() {
        said.push_str(&format!(" và {} ảnh", images.len()));
    }
    said.push('.');
    if ignored > 0 {
        said.push_str(&format!(
            " Bỏ qua {ignored} tệp không thuộc data/ hay images/."
        ));
    }
    if folder && !json.iter().any(|(p, _)| p == CATALOG_FILE) {
        refused.push(ContentError::whole_file(
            CATALOG_FILE,
            "thư mục đã chọn không có data/catalog.json: hãy chọn thư mục chứa thư mục data \
             (ví dụ thư mục public của dự án)",
        ));
        return (said, refused);
    }
    if !json.is_empty() || !images.is_empty() {
        preview::open(json, images, folder).await;
    }
    (said, refused)
}

/// The site path of every picture the content names, by its file name.
async fn pictures_named(opened: &[(String, String)]) -> HashMap<String, String> {
    let files = gather(opened).await;
    check_folder_report(&|p: &str| files.get(p).cloned(), ImageCheck::Skip)
        .pictures
        .into_iter()
        .map(|p| {
            let name = p.src.rsplit('/').next().unwrap_or(&p.src).to_owned();
            (name, p.src)
        })
        .collect()
}

/// The catalog and every file it names, as the app would load them now (opened copies
/// first, then the site's), with `extra` files not yet opened in their place.
async fn gather(extra: &[(String, String)]) -> HashMap<String, Vec<u8>> {
    let mut files: HashMap<String, Vec<u8>> = extra
        .iter()
        .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
        .collect();
    let load = |path: String| async move {
        content::file_text(&path)
            .await
            .ok()
            .map(|t| (path, t.into_bytes()))
    };
    if !files.contains_key(CATALOG_FILE) {
        if let Some((path, text)) = load(CATALOG_FILE.to_owned()).await {
            files.insert(path, text);
        }
    }
    let catalog = files
        .get(CATALOG_FILE)
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|t| parse_catalog(CATALOG_FILE, t).ok());
    if let Some(catalog) = catalog {
        let loads: Vec<_> = catalog
            .issues
            .iter()
            .map(|i| i.file.to_string())
            .chain(catalog.gallery.iter().map(|g| g.file.to_string()))
            .filter(|p| !files.contains_key(p))
            .map(load)
            .collect();
        for (path, text) in futures::future::join_all(loads).await.into_iter().flatten() {
            files.insert(path, text);
        }
    }
    files
}

/// Checks what the app would show now: the same rules as `check-content`, and each picture
/// asked of the browser (a picture that does not load is a problem at its `src`).
async fn check_preview() -> FolderReport {
    let files = gather(&[]).await;
    let mut report = check_folder_report(&|p: &str| files.get(p).cloned(), ImageCheck::Skip);
    let mut seen = HashSet::new();
    let probes: Vec<_> = std::mem::take(&mut report.pictures)
        .into_iter()
        .filter(|picture| seen.insert(picture.src.clone()))
        .map(|picture| async move {
            (!loads(&content::image_url(&picture.src)).await).then_some(picture.if_missing)
        })
        .collect();
    report.problems.extend(
        futures::future::join_all(probes)
            .await
            .into_iter()
            .flatten(),
    );
    report
}

/// Whether the browser can load and decode the picture at `url`.
async fn loads(url: &str) -> bool {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return false;
    };
    image.set_src(url);
    JsFuture::from(image.decode()).await.is_ok()
}
