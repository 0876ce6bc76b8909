//! Entry point: install the panic hook, tidy the address, mount the app. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    ban_tin_le_chan::app::drop_trailing_slash();
    leptos::mount::mount_to_body(ban_tin_le_chan::app::App);
}
