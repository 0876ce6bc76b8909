//! The page's address on paper: the full public address and its QR code, so a printout
//! leads back to the page.

use leptos::prelude::*;

use crate::model::routes::{absolute, qr_code_path, relative};

/// The size a printed QR code is drawn at, in CSS px (about 2.5 cm on paper).
pub const QR_SIZE_PX: u32 = 96;

/// "Địa chỉ: https://…/so/x/y" and the address's QR code (`publish::qr`, a file the build
/// writes), under a printed article or work.
#[component]
pub fn PrintAddress(
    /// The site path of the page (`/so/x/y`).
    #[prop(into)]
    path: Signal<String>,
    /// Words before the address.
    #[prop(into)]
    label: String,
    /// Whether the code is shown only on paper: it is then fetched after the page's own
    /// pictures. Not lazily: a lazy picture outside the screen is still missing when the
    /// reader prints (Chromium's PDF of an article had an empty box where the code goes).
    #[prop(optional)]
    paper_only: bool,
) -> impl IntoView {
    let url = Memo::new(move |_| absolute(&crate::app::site_url(), &path.get()));
    let size = QR_SIZE_PX;
    // A page the build did not write (the editor's preview, a gallery's work added to its
    // file since) has no code yet: the address is printed without it, not with a broken
    // picture.
    let missing = RwSignal::new(None::<String>);
    view! {
        <div class="bt-print-address">
            <img
                class="bt-print-address__code"
                src=move || relative(&qr_code_path(&path.get()))
                alt="Mã QR của địa chỉ này"
                width=size
                height=size
                fetchpriority=paper_only.then_some("low")
                hidden=move || missing.with(|m| m.as_ref() == Some(&path.get()))
                on:error=move |_| missing.set(Some(path.get_untracked()))
            />
            <p class="bt-print-address__text">
                {label} " " <a href=move || relative(&path.get())>{move || url.get()}</a>
            </p>
        </div>
    }
}
