//! Entry point: install the panic hook and mount the app. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ban_tin_le_chan::app::App);
}
